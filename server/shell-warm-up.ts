// The shell parser's cache (per snippet text) filled in slices before a validation that would otherwise parse many
// snippets in one step: a newly opened document, a large paste.
import { shellSnippets, type ShellParser } from '../core/shell/index';
import type { ParsedDocument } from './service/index';
import type { ValidationRun } from './validation-queue';

/** The longest the server parses snippets before it lets other work in. */
const SLICE_MS = 8;
/** A change of more characters than this since the last warm-up may bring many new snippets. */
const LARGE_CHANGE = 4_096;

export class ShellWarmUp {
  /** Each document's length when its snippets were last parsed ahead. */
  private readonly warmedAt = new Map<string, number>();

  /** Parses the document's snippets ahead when many may be new; stops early when the run goes stale. */
  async run(
    document: ParsedDocument,
    parser: ShellParser,
    run: ValidationRun,
    nextSlice: () => Promise<void>,
  ): Promise<void> {
    const last = this.warmedAt.get(document.uri);
    if (last !== undefined && Math.abs(document.text.length - last) <= LARGE_CHANGE) return;
    let sliceEnd = performance.now() + SLICE_MS;
    for (const snippet of shellSnippets(document.ast)) {
      parser.parse(snippet.text.text);
      if (performance.now() < sliceEnd) continue;
      await nextSlice();
      if (run.stale) return;
      sliceEnd = performance.now() + SLICE_MS;
    }
    this.warmedAt.set(document.uri, document.text.length);
  }

  forget(uri: string): void {
    this.warmedAt.delete(uri);
  }
}
