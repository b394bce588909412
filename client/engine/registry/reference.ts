// Image references as the docker CLI normalises them (distribution/reference): which registry an image comes from,
// and the key its credentials have in the docker config.

/** Docker Hub's key in `config.json` (`auths`, `credHelpers`, credential helpers). */
export const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const hubHosts = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

export interface ImageReference {
  /** `docker.io`, or a host with its port (`127.0.0.1:5000`, `registry.example.com`). */
  registry: string;
  /** The repository without the registry: `library/busybox`, `team/app`. */
  repository: string;
  tag?: string;
  digest?: string;
}

/** Splits a reference the way the docker CLI does; the first component is a registry when it looks like a host. */
export function parseImageReference(ref: string): ImageReference {
  const at = ref.indexOf('@');
  const digest = at === -1 ? undefined : ref.slice(at + 1);
  const named = at === -1 ? ref : ref.slice(0, at);
  const colon = named.lastIndexOf(':');
  const tagged = colon > named.lastIndexOf('/');
  const name = tagged ? named.slice(0, colon) : named;
  const tag = tagged ? named.slice(colon + 1) : undefined;
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const isHost = first !== '' && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
  const registry = isHost ? first : 'docker.io';
  const path = isHost ? name.slice(slash + 1) : name;
  const repository = registry === 'docker.io' && !path.includes('/') ? `library/${path}` : path;
  return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/** The key a registry's credentials are stored under: Docker Hub's URL, or the host itself. */
export function credentialKey(host: string): string {
  return hubHosts.has(host) ? DOCKER_HUB_KEY : host;
}

/** A config key as a bare host: `https://reg.example.com/v1/` → `reg.example.com` (the CLI's ConvertToHostname). */
export function hostOfKey(key: string): string {
  return key.replace(/^https?:\/\//, '').split('/')[0] ?? key;
}
