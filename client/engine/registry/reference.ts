// The key a registry's credentials have in the docker config; references are split in core.
import { isDockerHub } from '../../../core/dockerfile/image-reference';

export { parseImageReference, type ImageReference } from '../../../core/dockerfile/image-reference';

/** Docker Hub's key in `config.json` (`auths`, `credHelpers`, credential helpers). */
export const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';

/** The key a registry's credentials are stored under: Docker Hub's URL, or the host itself. */
export function credentialKey(host: string): string {
  return isDockerHub(host) ? DOCKER_HUB_KEY : host;
}

/** A config key as a bare host: `https://reg.example.com/v1/` → `reg.example.com` (the CLI's ConvertToHostname). */
export function hostOfKey(key: string): string {
  return key.replace(/^https?:\/\//, '').split('/')[0] ?? key;
}
