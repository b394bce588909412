// Test helpers: documents with a cursor marked by `|`, text edits applied the way an editor applies them, and the
// language server bundled alone for tests that speak LSP to it.
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Position } from '../../../core/parser/ast';
import { LineIndex, parseDocument, type ParsedDocument } from '../../../server/service/index';

export interface Cursor {
  document: ParsedDocument;
  position: Position;
}

/** `FROM a AS b\nCOPY --from=|b` → the document without the marker and the marker's position. */
export function withCursor(marked: string): Cursor {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error(`no | cursor in ${JSON.stringify(marked)}`);
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { document: parseDocument(text), position: new LineIndex(text).positionAt(offset) };
}

export interface Edit {
  range: { start: Position; end: Position };
  newText: string;
}

/** Applies non-overlapping edits, last first, as an editor does. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const index = new LineIndex(text);
  const sorted = edits
    .map((edit) => ({
      start: index.offsetAt(edit.range.start),
      end: index.offsetAt(edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  let previousStart = Infinity;
  for (const edit of sorted) {
    if (edit.end > previousStart) throw new Error('overlapping edits');
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    previousStart = edit.start;
  }
  return result;
}

/** Bundles the Node language server alone into `outfile`, with the options scripts/build.mjs uses. */
export async function bundleServer(outfile: string): Promise<void> {
  await esbuild.build({
    entryPoints: [join(__dirname, '../../../server/main-node.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
  });
}
