// "How to fix": a short, localized guide to connecting a container engine, shown as a Markdown preview.
import * as vscode from 'vscode';
import type { EngineState } from './core/engine-access';

export function engineGuide(state: EngineState): string {
  const t = vscode.l10n.t;
  const problem =
    state.kind === 'unreachable' ? [`> ${state.message}`, state.hint ? `>\n> ${state.hint}` : '', ''] : [];
  return [
    `# ${t('Connecting Dockerfile Studio to a container engine')}`,
    '',
    ...problem,
    t(
      'Building and running images needs a Docker or Podman engine. Checking and editing Dockerfiles works without one.',
    ),
    '',
    `## ${t('1. Start the engine')}`,
    `- ${t('Linux: {0}', '`sudo systemctl start docker`')}`,
    `- ${t('macOS and Windows: start Docker Desktop and wait until it says it is running.')}`,
    `- ${t('Podman: {0}, then set the engine host below to {1}.', '`systemctl --user enable --now podman.socket`', '`unix:///run/user/<uid>/podman/podman.sock`')}`,
    '',
    `## ${t('2. Allow your user to use it (Linux)')}`,
    `- ${t('A "permission denied" error means your user may not open the socket: run {0}, then log out and in again.', '`sudo usermod -aG docker $USER`')}`,
    '',
    `## ${t('3. Point Dockerfile Studio at the engine')}`,
    `- ${t('Dockerfile Studio follows {0}, then the current docker context, then the default socket.', '`DOCKER_HOST`')}`,
    `- ${t('To choose another engine, set {0} in your user settings (for example {1} or {2}). Workspace settings cannot change it, so a cloned repository never redirects your builds.', '`dockerfileStudio.engine.host`', '`unix:///var/run/docker.sock`', '`ssh://user@host`')}`,
    '',
    `## ${t('4. Check again')}`,
    `- ${t('Click the engine item in the status bar, or run "Dockerfile Studio: Check Container Engine".')}`,
    '',
  ].join('\n');
}
