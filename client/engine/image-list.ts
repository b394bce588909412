// Local images as `docker images` lists them, and `docker rmi`: removing a tag or an image, refusing images in use.
import type { EngineClient } from './client';
import { isEngineError } from './errors';
import { defineCatalog, translate, type Localized } from '../../core/l10n';
import { resolveLocale } from './messages';

export interface LocalImage {
  /** `sha256:…` */
  id: string;
  /** `repo:tag` references; empty for a dangling image (`<none>:<none>`). */
  tags: string[];
  /** Seconds since the epoch. */
  created: number;
  /** Bytes, shared layers included (what `docker images` shows). */
  size: number;
  labels: Record<string, string>;
}

interface ImageSummary {
  Id: string;
  RepoTags?: string[] | null;
  Created?: number;
  Size?: number;
  Labels?: Record<string, string> | null;
}

/** Every local image with a name or none (`docker images`, intermediate images of classic builds left out). */
export async function listImages(client: EngineClient, opts: { signal?: AbortSignal } = {}): Promise<LocalImage[]> {
  const summaries = await client.json<ImageSummary[] | undefined>('GET', '/images/json', opts);
  return (summaries ?? []).map((summary) => ({
    id: summary.Id,
    // Docker writes a dangling image's tags as `<none>:<none>`; Podman leaves them null.
    tags: (summary.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>'),
    created: summary.Created ?? 0,
    size: summary.Size ?? 0,
    labels: summary.Labels ?? {},
  }));
}

export interface Removed {
  untagged: string[];
  deleted: string[];
}

/**
 * Removes a tag (`repo:tag`: the image goes with its last tag) or an untagged image (by ID), never forcing: an image
 * that a container uses, running or stopped, is refused with an ImageRemoveError saying which container.
 */
export async function removeImage(
  client: EngineClient,
  ref: string,
  opts: { signal?: AbortSignal } = {},
): Promise<Removed> {
  try {
    const answer = await client.json<{ Untagged?: string; Deleted?: string }[] | undefined>(
      'DELETE',
      `/images/${encodeURIComponent(ref)}`,
      opts,
    );
    return {
      untagged: (answer ?? []).flatMap((item) => (item.Untagged ? [item.Untagged] : [])),
      deleted: (answer ?? []).flatMap((item) => (item.Deleted ? [item.Deleted] : [])),
    };
  } catch (error) {
    throw refusal(error, ref, client) ?? error;
  }
}

export type ImageRemoveRefusal = 'in-use' | 'many-tags';

function refusal(error: unknown, ref: string, client: EngineClient): ImageRemoveError | undefined {
  if (!isEngineError(error) || (error.status !== 409 && error.status !== 500)) return undefined;
  const detail = error.engineMessage ?? '';
  const cli = client.isPodman ? 'podman' : 'docker';
  const user = /container ([0-9a-f]{12,64})|used by ([0-9a-f]{12,64})/.exec(detail);
  const container = (user?.[1] ?? user?.[2])?.slice(0, 12);
  if (container && /in use|is using|being used|used by/.test(detail))
    return new ImageRemoveError('in-use', { image: ref, container, cli, detail }, client.locale, error);
  if (/multiple repositories|more than one tag/.test(detail))
    return new ImageRemoveError('many-tags', { image: ref, cli, detail }, client.locale, error);
  return undefined;
}

const removeMessages = defineCatalog(
  'image-remove',
  {
    'in-use': 'The image {image} was not removed: the container {container} uses it (running or stopped).',
    'in-use.hint': 'Remove that container first (the Containers view, or "{cli} rm -f {container}"), then try again.',
    'many-tags': 'The image {image} has several tags, so it cannot be removed by its ID alone.',
    'many-tags.hint': 'Remove its tags one by one; the image goes with the last one.',
  },
  {
    'in-use':
      '이미지 {image}을(를) 삭제하지 않았습니다. 컨테이너 {container}이(가) 이 이미지를 쓰고 있습니다(실행 중이거나 중지됨).',
    'in-use.hint': '먼저 그 컨테이너를 삭제한 뒤(컨테이너 보기, 또는 "{cli} rm -f {container}") 다시 시도하세요.',
    'many-tags': '이미지 {image}에는 태그가 여러 개 있어서 ID만으로는 삭제할 수 없습니다.',
    'many-tags.hint': '태그를 하나씩 삭제하세요. 마지막 태그를 삭제하면 이미지도 함께 삭제됩니다.',
  },
);

/** The engine refused to remove an image; `kind` says why, the text what to do. */
export class ImageRemoveError extends Error implements Localized {
  readonly engineMessage: string;

  constructor(
    readonly kind: ImageRemoveRefusal,
    private readonly params: Record<string, string>,
    locale: string | undefined,
    cause: unknown,
  ) {
    super(translate(removeMessages, resolveLocale(locale), kind, params), { cause });
    this.name = 'ImageRemoveError';
    this.engineMessage = params.detail ?? '';
  }

  localized(locale: string): { message: string; hint: string } {
    const which = resolveLocale(locale);
    return {
      message: translate(removeMessages, which, this.kind, this.params),
      hint: translate(removeMessages, which, `${this.kind}.hint`, this.params),
    };
  }
}
