// The engine's networks, as far as builds need them.
import type { EngineClient } from './client';

/**
 * The network a build's RUN steps get when none was chosen: the engine's default, except on a Docker engine started
 * without its bridge (`dockerd --bridge=none`), where BuildKit fails with "network bridge not found": there, none.
 */
export async function defaultBuildNetwork(client: EngineClient, signal?: AbortSignal): Promise<'none' | undefined> {
  if (client.isPodman) return undefined;
  const networks = await client.json<{ Name: string }[]>('GET', '/networks', {
    query: { filters: JSON.stringify({ name: ['bridge'] }) },
    ...(signal ? { signal } : {}),
  });
  return networks.some((network) => network.Name === 'bridge') ? undefined : 'none';
}

/** Whether a build failed because its RUN steps cannot have the network asked for (missing, or not for BuildKit). */
export function isMissingNetwork(message: string): boolean {
  return /network [^\s:]+ not found|network mode "[^"]*" not supported by buildkit|No such network/i.test(message);
}
