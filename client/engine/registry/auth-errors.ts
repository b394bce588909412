// Engine messages that mean a registry refused us (wrong or missing credentials), whichever part of the engine
// reports them (a pull, the classic builder, BuildKit's resolver), and which registry they are about.
import { parseImageReference } from './reference';

const refusal =
  /unauthorized|authentication required|no basic auth credentials|incorrect username or password|access (?:to the resource )?is denied|may require 'docker login'|\b40[13] (?:Unauthorized|Forbidden)\b|failed to authorize/i;

export function isAuthFailure(message: string): boolean {
  return refusal.test(message);
}

/** The registry of the first of these images that the message names; else the first one not on Docker Hub. */
export function registryInMessage(message: string, images: readonly string[]): string {
  const registries = images.map((image) => parseImageReference(image).registry);
  const named = registries.find((registry) => registry !== 'docker.io' && message.includes(registry));
  return named ?? registries.find((registry) => registry !== 'docker.io') ?? registries[0] ?? 'docker.io';
}

/** Params of the `registryAuth` message and its hint. */
export function authParams(registry: string, detail: string, config: string): Record<string, string> {
  return { registry, detail, config };
}
