// One typed view of the `dockerfileStudio.*` settings, and what each change needs.
import * as vscode from 'vscode';

export type BuilderChoice = 'auto' | 'buildkit' | 'classic';
export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint' | 'off' | 'on';
export type ContextChoice = 'dockerfileFolder' | 'workspaceFolder';
export type PullChoice = 'missing' | 'always' | 'never';

export const section = 'dockerfileStudio';

/** What a settings change needs; every setting with an effect beyond being re-read on use is listed here. */
const settingEffects: Readonly<Record<string, 'recheckEngine' | 'restartServer'>> = {
  'dockerfileStudio.engine.host': 'recheckEngine',
  'dockerfileStudio.engine.connectTimeout': 'recheckEngine',
  'dockerfileStudio.engine.responseTimeout': 'recheckEngine',
  'dockerfileStudio.builder': 'recheckEngine',
  'dockerfileStudio.server.maxRestarts': 'restartServer',
  'dockerfileStudio.shellcheck.path': 'restartServer',
};

export class Config {
  private get raw(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(section);
  }

  /** Machine-scoped: a repository's settings can never point builds at another engine. */
  get engineHost(): string | undefined {
    const host = this.raw.get<string>('engine.host', '').trim();
    return host === '' ? undefined : host;
  }

  /** Machine-scoped, in seconds (0 waits for ever); the defaults are package.json's. */
  get engineTimeouts(): { connectSeconds: number | undefined; responseSeconds: number | undefined } {
    return {
      connectSeconds: this.raw.get<number>('engine.connectTimeout'),
      responseSeconds: this.raw.get<number>('engine.responseTimeout'),
    };
  }

  get builder(): BuilderChoice {
    const value = this.raw.get<string>('builder', 'auto');
    return value === 'buildkit' || value === 'classic' ? value : 'auto';
  }

  get rules(): Record<string, RuleSeverity> {
    return this.raw.get<Record<string, RuleSeverity>>('rules', {});
  }

  get buildContext(): ContextChoice {
    return this.raw.get<string>('build.context', 'dockerfileFolder') === 'workspaceFolder'
      ? 'workspaceFolder'
      : 'dockerfileFolder';
  }

  /** `networkmode` for builds; empty means the engine's default. */
  get buildNetwork(): string | undefined {
    const value = this.raw.get<string>('build.network', '').trim();
    return value === '' ? undefined : value;
  }

  /** When builds and runs pull images: as docker's `--pull`. */
  get pull(): PullChoice {
    const value = this.raw.get<string>('pull', 'missing');
    return value === 'always' || value === 'never' ? value : 'missing';
  }

  get runNetwork(): 'default' | 'none' {
    return this.raw.get<string>('run.network', 'default') === 'none' ? 'none' : 'default';
  }

  get stopTimeoutSeconds(): number {
    return Math.max(0, this.raw.get<number>('run.stopTimeout', 10));
  }

  /** Where secret-looking build args and run env are remembered: `ask` until the user chose. */
  get rememberSecrets(): 'ask' | 'secretStorage' | 'never' {
    const value = this.raw.get<string>('secrets.remember', 'ask');
    return value === 'secretStorage' || value === 'never' ? value : 'ask';
  }

  async setRememberSecrets(choice: 'secretStorage' | 'never'): Promise<void> {
    await this.raw.update('secrets.remember', choice, vscode.ConfigurationTarget.Global);
  }

  /** Machine-scoped: a repository's settings can never choose a program to run. Empty: `shellcheck` on PATH. */
  get shellcheckPath(): string {
    return this.raw.get<string>('shellcheck.path', '').trim();
  }

  get maxServerRestarts(): number {
    return Math.max(0, this.raw.get<number>('server.maxRestarts', 5));
  }
}

/** The effects that a configuration change calls for. */
export function effectsOf(event: vscode.ConfigurationChangeEvent): Set<'recheckEngine' | 'restartServer'> {
  const effects = new Set<'recheckEngine' | 'restartServer'>();
  for (const [setting, effect] of Object.entries(settingEffects)) {
    if (event.affectsConfiguration(setting)) effects.add(effect);
  }
  return effects;
}
