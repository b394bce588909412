// Where build args and run env that look secret are remembered: asked once, then kept as a setting.
import * as vscode from 'vscode';
import type { Config } from './config';
import { t } from './l10n';
import type { SecretChoice, SecretKeeping } from './memory';

export function secretKeeping(context: vscode.ExtensionContext, config: Config): SecretKeeping {
  return { storage: context.secrets, choose: () => chooseSecretKeeping(config) };
}

/** The setting, else the user's answer (saved as the setting); undefined when the question is dismissed. */
async function chooseSecretKeeping(config: Config): Promise<SecretChoice | undefined> {
  const setting = config.rememberSecrets;
  if (setting !== 'ask') return setting;
  const keep = t('secretsKeep');
  const forget = t('secretsForget');
  const answer = await vscode.window.showInformationMessage(t('secretsQuestion'), keep, forget);
  const choice = answer === keep ? 'secretStorage' : answer === forget ? 'never' : undefined;
  if (choice) await config.setRememberSecrets(choice);
  return choice;
}
