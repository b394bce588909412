// Opens a rule's section of the reference that ships with the extension (docs/rules.md, or rules.ko.md in Korean),
// in the Markdown preview, scrolled to the rule's heading. Diagnostics link here (see language-client.ts).
import * as vscode from 'vscode';
import { docsAnchor, OUR_DOCS_FILES } from '../../../core/rules/docs';
import type { Studio } from '../studio';

export function openRuleDocs(studio: Pick<Studio, 'extension'>) {
  return async (ruleId?: unknown): Promise<void> => {
    const file = vscode.env.language.toLowerCase().startsWith('ko') ? OUR_DOCS_FILES.ko : OUR_DOCS_FILES.en;
    const uri = vscode.Uri.joinPath(studio.extension.extensionUri, file);
    const target = typeof ruleId === 'string' ? uri.with({ fragment: docsAnchor(ruleId) }) : uri;
    await vscode.commands.executeCommand('markdown.showPreview', target);
  };
}

/** The link a diagnostic of ours carries in VS Code: this command, with the rule's id. */
export function ruleDocsCommandUri(ruleId: string): vscode.Uri {
  const args = encodeURIComponent(JSON.stringify([ruleId]));
  return vscode.Uri.parse(`command:dockerfileStudio.openRuleDocs?${args}`);
}
