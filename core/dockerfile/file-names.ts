// Which files are Dockerfiles by name, as the extension's language association and the docker CLI's habits have it:
// `Dockerfile`, `Containerfile`, `app.Dockerfile`, `Dockerfile.dev`, `app.dockerfile`; never a `.dockerignore`.

export const DOCKERFILE_GLOB = '**/{Dockerfile,Containerfile,*.Dockerfile,Dockerfile.*,*.dockerfile}';

export function isDockerfileName(name: string): boolean {
  if (name.endsWith('.dockerignore')) return false;
  return (
    name === 'Dockerfile' ||
    name === 'Containerfile' ||
    name.startsWith('Dockerfile.') ||
    name.endsWith('.Dockerfile') ||
    name.endsWith('.dockerfile')
  );
}
