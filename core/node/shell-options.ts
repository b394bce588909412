// The shell side of a check, for the CLI: the shell parser (loaded only when a Dockerfile has shell snippets) and
// ShellCheck's findings when the program is installed: looked for once per run, its results cached across the files.
import type { DockerfileAst } from '../parser/ast';
import { shellSnippets, snippetsToCheck, type ShellOptions, type ShellParser } from '../shell';
import { loadNodeShellParser } from './shell-wasm';
import { declaredNames, findShellCheck, headerFor, ShellCheckRunner } from './shellcheck';

export interface ShellCheckSetting {
  /** The environment whose PATH is searched for `shellcheck`. */
  env: Readonly<Record<string, string | undefined>>;
  /** An explicit ShellCheck executable; when set, PATH is not searched. */
  shellcheckPath?: string;
}

/** The shell options of each Dockerfile of one run. */
export class ShellOptionsSource {
  /** Null when it failed to load. */
  private parser: ShellParser | null | undefined;
  private runner: ShellCheckRunner | null | undefined;

  constructor(private readonly setting: ShellCheckSetting) {}

  /**
   * Undefined while no Dockerfile has had a shell snippet: nothing is loaded or run for those. Once the parser is
   * loaded, a Dockerfile without snippets gets it too (its analysis is empty either way), without a search for them.
   */
  async optionsFor(ast: DockerfileAst): Promise<ShellOptions | undefined> {
    if (this.parser === undefined) {
      if (shellSnippets(ast).length === 0) return undefined;
      this.parser = await loadNodeShellParser().catch(() => null);
    }
    const parser = this.parser ?? undefined;
    const runner = this.shellCheckRunner();
    if (!runner) return { parser };
    const snippets = snippetsToCheck(ast, parser);
    const header = headerFor(declaredNames(ast));
    await runner.run(snippets, header);
    return { parser, shellcheck: runner.notes(snippets, header).notes };
  }

  /** Null when ShellCheck is not installed. */
  private shellCheckRunner(): ShellCheckRunner | null {
    if (this.runner === undefined) {
      const executable = findShellCheck(this.setting.shellcheckPath, this.setting.env);
      this.runner = executable ? new ShellCheckRunner(executable) : null;
    }
    return this.runner;
  }
}
