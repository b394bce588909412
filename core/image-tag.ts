// The one check of a build's image tag (`build -t`, the Build Image prompt): the image reference grammar, with no
// digest, and what is wrong said in English or Korean.
import { defineCatalog, translate, type Locale } from './l10n';
import { validateReference, type ReferenceProblem } from './rules/reference';

const messages = defineCatalog(
  'image-tag',
  {
    empty: 'The image name is empty. Use dockerid/repo:version.',
    uppercase: 'Image names must be lower-case: e.g. dockerid/repo:1.0, not DockerId/Repo:1.0.',
    invalidFormat: 'Use only lower-case letters, digits, ".", "_", "-" and "/" in the name, e.g. dockerid/repo:1.0.',
    invalidDomain: 'The registry part before the first "/" is not a valid host name or port.',
    invalidTag:
      'The tag after ":" may hold up to 128 letters, digits, "_", "." and "-", and must not start with "." or "-".',
    digest: 'A build tag cannot have a digest (@sha256:…). Use name:tag, e.g. dockerid/repo:1.0.',
    nameTooLong: 'The image name is longer than 255 characters.',
    hexIdentifier: 'A 64-character hex string is an image ID and cannot be used as a name.',
  },
  {
    empty: '이미지 이름이 비어 있습니다. dockerid/repo:version 형식을 쓰세요.',
    uppercase: '이미지 이름은 소문자여야 합니다. 예: DockerId/Repo:1.0이 아니라 dockerid/repo:1.0',
    invalidFormat: '이름에는 소문자, 숫자, ".", "_", "-", "/"만 쓸 수 있습니다. 예: dockerid/repo:1.0',
    invalidDomain: '첫 "/" 앞의 레지스트리 부분이 올바른 호스트 이름이나 포트가 아닙니다.',
    invalidTag:
      '":" 뒤의 태그는 영문자, 숫자, "_", ".", "-"로 최대 128자까지 쓸 수 있고 "."이나 "-"로 시작할 수 없습니다.',
    digest: '빌드 태그에는 다이제스트(@sha256:…)를 붙일 수 없습니다. 이름:태그 형식을 쓰세요. 예: dockerid/repo:1.0',
    nameTooLong: '이미지 이름이 255자보다 깁니다.',
    hexIdentifier: '64자리 16진수 문자열은 이미지 ID이므로 이름으로 쓸 수 없습니다.',
  },
);

const KEYS: Record<ReferenceProblem, keyof typeof messages.en> = {
  empty: 'empty',
  uppercase: 'uppercase',
  invalidFormat: 'invalidFormat',
  invalidDomain: 'invalidDomain',
  invalidTag: 'invalidTag',
  invalidDigest: 'digest',
  unsupportedDigest: 'digest',
  nameTooLong: 'nameTooLong',
  hexIdentifier: 'hexIdentifier',
};

/** What is wrong with `tag` as the name of a built image (`name[:tag]`), or undefined when it is fine. */
export function imageTagProblem(tag: string, locale: Locale): string | undefined {
  const result = validateReference(tag);
  if (!result.ok) return translate(messages, locale, KEYS[result.code]);
  if (result.digest !== undefined) return translate(messages, locale, 'digest');
  return undefined;
}

/** The tag a build gets when the user has not chosen one: `<folder>:latest`, the folder's name made a valid name. */
export function defaultTagFor(folderName: string): string {
  const name = folderName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .replace(/[._-]{2,}/g, '-');
  return `${name || 'image'}:latest`;
}
