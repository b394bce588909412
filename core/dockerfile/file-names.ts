// Which files are Dockerfiles: the names the extension's language contribution claims (package.json), for finding
// every Dockerfile of a workspace. Plain data: no Node APIs.

/** A glob for `findFiles`; its matches still go through `isDockerfileName` (it also matches `Dockerfile.dockerignore`). */
export const DOCKERFILE_GLOB =
  '**/{Dockerfile,Containerfile,Dockerfile.*,Containerfile.*,*.Dockerfile,*.dockerfile,*.containerfile}';

const DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\..+)?$|.\.(?:dockerfile|containerfile)$/i;

/** True for a file name (no folder) that names a Dockerfile; `Dockerfile.dockerignore` is an ignore file. */
export function isDockerfileName(name: string): boolean {
  return DOCKERFILE_NAME.test(name) && !name.toLowerCase().endsWith('.dockerignore');
}
