// Image references as the docker CLI normalises them (distribution/reference): which registry an image comes from.
// Plain data: no Node APIs.

const hubHosts = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** The host names Docker Hub answers to. */
export function isDockerHub(host: string): boolean {
  return hubHosts.has(host);
}

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
