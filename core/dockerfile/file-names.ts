// Which files are Dockerfiles by name, as the extension's language association (package.json) has it: `Dockerfile`,
// `Containerfile`, `Dockerfile.dev`, `Containerfile.dev`, `app.Dockerfile`, `app.dockerfile`, `app.containerfile`;
// never a `.dockerignore`.

export const DOCKERFILE_GLOB =
  '**/{Dockerfile,Containerfile,Dockerfile.*,Containerfile.*,*.Dockerfile,*.dockerfile,*.containerfile}';

export function isDockerfileName(name: string): boolean {
  if (name.endsWith('.dockerignore')) return false;
  return (
    name === 'Dockerfile' ||
    name === 'Containerfile' ||
    name.startsWith('Dockerfile.') ||
    name.startsWith('Containerfile.') ||
    name.endsWith('.Dockerfile') ||
    name.endsWith('.dockerfile') ||
    name.endsWith('.containerfile')
  );
}

/** Folders a search for a project's Dockerfiles does not enter: hidden ones (`.git`) and installed dependencies. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}
