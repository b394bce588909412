// FROM completion from the local engine's images: the names the extension fetched and sent (the server never talks
// to the engine), offered where FROM's image is written.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import type { Position } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import { message, type Locale } from './messages';
import { comparePositions, instructionAt, rangeContains } from './positions';

/** The most names kept from the client: a machine with thousands of tags gets its newest. */
export const MAX_LOCAL_IMAGES = 500;

/** Reads `{ images: ["alpine:3.20", …] }` as the client sends it; anything else is dropped. */
export function normalizeImageNames(raw: unknown): string[] {
  const images = typeof raw === 'object' && raw !== null ? (raw as { images?: unknown }).images : undefined;
  if (!Array.isArray(images)) return [];
  return images.filter((name): name is string => typeof name === 'string' && name !== '').slice(0, MAX_LOCAL_IMAGES);
}

export function getLocalImageCompletions(
  document: ParsedDocument,
  position: Position,
  images: readonly string[],
  locale: Locale = 'en',
): CompletionItem[] {
  const instruction = instructionAt(document.ast, position);
  if (images.length === 0 || instruction?.keyword !== 'FROM') return [];
  if (comparePositions(position, instruction.keywordRange.end) <= 0) return [];
  if (instruction.flags.some((flag) => rangeContains(flag.range, position))) return [];
  const image = instruction.args[0];
  if (image && !rangeContains(image.range, position)) return [];
  const range = { start: image?.range.start ?? position, end: position };
  const detail = message(locale, 'localImage');
  return images.map((name, i) => ({
    label: name,
    kind: CompletionItemKind.Module,
    detail,
    sortText: `~${String(i).padStart(4, '0')}`, // after the stage names, newest image first
    textEdit: { range, newText: name },
  }));
}
