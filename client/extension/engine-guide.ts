// "How to fix": a short, localized guide to connecting a container engine, shown as a Markdown preview.
import { t } from './l10n';
import type { EngineState } from './core/engine-access';

export function engineGuide(state: EngineState): string {
  const problem =
    state.kind === 'unreachable' ? [`> ${state.message}`, state.hint ? `>\n> ${state.hint}` : '', ''] : [];
  return [
    `# ${t('guideTitle')}`,
    '',
    ...problem,
    t('guideIntro'),
    '',
    `## ${t('guideStart')}`,
    `- ${t('guideStartLinux', { command: '`sudo systemctl start docker`' })}`,
    `- ${t('guideStartDesktop')}`,
    `- ${t('guideStartPodman', { command: '`systemctl --user enable --now podman.socket`', socket: '`unix:///run/user/<uid>/podman/podman.sock`' })}`,
    '',
    `## ${t('guideAllow')}`,
    `- ${t('guideAllowGroup', { command: '`sudo usermod -aG docker $USER`' })}`,
    '',
    `## ${t('guidePoint')}`,
    `- ${t('guidePointOrder', { variable: '`DOCKER_HOST`' })}`,
    `- ${t('guidePointSetting', { setting: '`dockerfileStudio.engine.host`', socket: '`unix:///var/run/docker.sock`', ssh: '`ssh://user@host`' })}`,
    '',
    `## ${t('guideCheck')}`,
    `- ${t('guideCheckHow')}`,
    '',
  ].join('\n');
}
