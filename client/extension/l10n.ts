// The extension's texts in VS Code's display language: Korean when it is Korean, English otherwise.
import * as vscode from 'vscode';
import { formatDuration as durationIn, resolveLocale, translate, type MessageParams } from '../../core/l10n';
import { extensionMessages, type ExtensionMessageKey } from './messages';

/** The text for `key` in the display language, its `{name}` placeholders filled from `params`. */
export function t(key: ExtensionMessageKey, params?: MessageParams): string {
  return translate(extensionMessages, resolveLocale(vscode.env.language), key, params);
}

/** An elapsed time in the display language: 4.1s, 4.1초. */
export function formatDuration(ms: number): string {
  return durationIn(ms, resolveLocale(vscode.env.language));
}
