// The shell side of a check, for the CLI: the shell parser (loaded only when the Dockerfile has shell snippets) and
// ShellCheck's findings when the program is installed.
import type { DockerfileAst } from '../parser/ast';
import { analyzeShell, shellSnippets, type ShellOptions, type ShellSnippet } from '../shell';
import { loadNodeShellParser } from './shell-wasm';
import { declaredNames, findShellCheck, headerFor, ShellCheckRunner } from './shellcheck';

export interface ShellCheckSetting {
  /** The environment whose PATH is searched for `shellcheck`. */
  env: Readonly<Record<string, string | undefined>>;
  /** An explicit ShellCheck executable; when set, PATH is not searched. */
  shellcheckPath?: string;
}

/** Undefined when the Dockerfile has no shell snippet: then nothing is loaded or run. */
export async function shellOptionsFor(
  ast: DockerfileAst,
  text: string,
  setting: ShellCheckSetting,
): Promise<ShellOptions | undefined> {
  const plain = shellSnippets(ast, text);
  if (plain.length === 0) return undefined;
  const parser = await loadNodeShellParser().catch(() => undefined);
  const executable = findShellCheck(setting.shellcheckPath, setting.env);
  if (!executable) return { parser };
  const snippets: ShellSnippet[] = parser ? analyzeShell(ast, text, parser) : plain;
  const runner = new ShellCheckRunner(executable);
  const header = headerFor(declaredNames(ast));
  await runner.run(snippets, header);
  return { parser, shellcheck: runner.notes(snippets, header).notes };
}
