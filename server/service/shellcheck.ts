// ShellCheck in the language server, off the typing path: diagnostics are published at once with the ShellCheck
// findings already known for unchanged snippets (cached per snippet text, so positions are always this version's);
// snippets not checked yet run after a pause in typing, are cancelled by the next edit, and re-publish when done.
// Never in an untrusted workspace: the client says whether it is trusted, and only then is a program started.
import { snippetsToCheck, type ShellCheckNote, type ShellParser, type ShellSnippet } from '../../core/shell';
import { declaredNames, findShellCheck, headerFor, ShellCheckRunner } from '../../core/node/shellcheck';
import type { ParsedDocument } from './document';

export interface ShellCheckSettings {
  /** The workspace is trusted (the client says so); false when the client does not tell. */
  trusted: boolean;
  /** The machine-scoped `dockerfileStudio.shellcheck.path`; PATH is searched when empty. */
  path: string | undefined;
}

/** Reads `{ trusted, shellcheckPath }` from the client's initialization options. */
export function shellCheckSettings(raw: unknown): ShellCheckSettings {
  const options = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const path = typeof options.shellcheckPath === 'string' ? options.shellcheckPath.trim() : '';
  return { trusted: options.trusted === true, path: path === '' ? undefined : path };
}

interface Published {
  version: number;
  generation: number;
  parser: ShellParser | undefined;
  notes: readonly ShellCheckNote[];
}

export class ShellCheckService {
  private runner: ShellCheckRunner | undefined;
  /** Bumped when a run finishes, so the notes of a version are recomputed once. */
  private generation = 0;
  private readonly published = new Map<string, Published>();
  private readonly waiting = new Map<string, { timer: NodeJS.Timeout; abort: AbortController }>();

  constructor(
    private readonly onChecked: (uri: string) => void,
    private readonly delayMs = 500,
  ) {}

  configure(settings: ShellCheckSettings, env: Readonly<Record<string, string | undefined>>): void {
    for (const uri of [...this.waiting.keys()]) this.cancel(uri);
    const executable = settings.trusted ? findShellCheck(settings.path, env) : undefined;
    this.runner = executable ? new ShellCheckRunner(executable) : undefined;
    this.published.clear();
  }

  /** The findings known for this version; schedules ShellCheck for the snippets it has not seen. */
  notes(document: ParsedDocument, parser: ShellParser | undefined): readonly ShellCheckNote[] | undefined {
    const runner = this.runner;
    if (!runner) return undefined;
    const known = this.published.get(document.uri);
    const same = known?.version === document.version && known.generation === this.generation;
    if (known && same && known.parser === parser) return known.notes;
    const snippets = snippetsToCheck(document.ast, parser);
    const header = headerFor(declaredNames(document.ast));
    const { notes, missing } = runner.notes(snippets, header);
    this.published.set(document.uri, { version: document.version, generation: this.generation, parser, notes });
    if (missing.length > 0) this.schedule(document.uri, runner, missing, header);
    return notes;
  }

  /** Stops a pending or running check of the document (its text changed, or it closed). */
  cancel(uri: string): void {
    const waiting = this.waiting.get(uri);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    waiting.abort.abort();
    this.waiting.delete(uri);
  }

  private schedule(uri: string, runner: ShellCheckRunner, snippets: ShellSnippet[], header: string): void {
    this.cancel(uri);
    const abort = new AbortController();
    const timer = setTimeout(() => {
      runner
        .run(snippets, header, abort.signal)
        .then(() => {
          if (abort.signal.aborted) return;
          this.waiting.delete(uri);
          this.generation++;
          this.onChecked(uri);
        })
        .catch(() => undefined);
    }, this.delayMs);
    this.waiting.set(uri, { timer, abort });
  }
}
