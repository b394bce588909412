// `check --use-engine`: the base images' environment and platform from the local engine, as `docker build --check`
// knows them. Bounded: a few seconds to connect, one inspect per image; an engine that does not answer changes nothing.
import { baseImages, type Platform } from '../../core/dockerfile/global-args';
import { parse } from '../../core/parser';
import { imageFactsOf } from '../../core/rules/image-facts';
import type { ImageFacts, ValidateOptions } from '../../core/rules';
import { EngineClient } from '../engine/client';
import { resolveEngineEndpoint } from '../engine/connection';
import { inspectImage } from '../engine/images';
import type { CliIo } from './io';

const TIMEOUT_MS = 3000;

export interface LocalImages {
  /** The options that tell the rules what the engine knows of this Dockerfile's base images. */
  optionsFor(text: string, buildArgs: Record<string, string>): Promise<Pick<ValidateOptions, 'images' | 'platform'>>;
  close(): void;
}

/** A connection to the engine the docker CLI would use; undefined when none answers. */
export async function localImages(io: CliIo): Promise<LocalImages | undefined> {
  let client: EngineClient;
  try {
    client = await EngineClient.connect(resolveEngineEndpoint({ env: io.env }), {
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return undefined;
  }
  const platform = await enginePlatform(client);
  const known = new Map<string, ImageFacts | undefined>();
  return {
    async optionsFor(text, buildArgs) {
      const images = new Map<string, ImageFacts>();
      for (const { ref } of baseImages(parse(text), { buildArgs, platform })) {
        if (!known.has(ref)) known.set(ref, await inspected(client, ref));
        const facts = known.get(ref);
        if (facts) images.set(ref, facts);
      }
      return platform ? { images, platform } : { images };
    },
    close: () => client.close(),
  };
}

/** The platform the engine builds for by default (its own), from `GET /version`. */
export async function enginePlatform(client: EngineClient): Promise<Platform | undefined> {
  try {
    const version = await client.json<{ Os?: string; Arch?: string }>('GET', '/version', {
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return version.Os && version.Arch ? { os: version.Os, architecture: version.Arch } : undefined;
  } catch {
    return undefined;
  }
}

async function inspected(client: EngineClient, ref: string): Promise<ImageFacts | undefined> {
  try {
    return imageFactsOf(await inspectImage(client, ref, { signal: AbortSignal.timeout(TIMEOUT_MS) }));
  } catch {
    return undefined;
  }
}
