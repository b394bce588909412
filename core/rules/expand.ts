// Expands `$X`, `${X:-d}` … in a single-line word the way BuildKit's shell lexer would, for static checks.
import type { VariableRef, Word } from '../parser/ast';

/** A variable's value, or undefined when it is not set. */
export type Lookup = (name: string) => string | undefined;

/**
 * The word with its variables expanded; undefined when that cannot be known statically
 * (multi-line words, nested references in an operand, or `${X:?error}` on an unset variable).
 */
export function expandWord(word: Word, variables: readonly VariableRef[], lookup: Lookup): string | undefined {
  const { start, end } = word.range;
  if (start.line !== end.line) return undefined;
  let out = '';
  let cursor = start.character;
  const ordered = [...variables].sort((a, b) => a.range.start.character - b.range.start.character);
  for (const ref of ordered) {
    if (
      ref.range.start.line !== start.line ||
      ref.range.start.character < cursor ||
      ref.range.end.character > end.character
    ) {
      continue;
    }
    out += word.value.slice(cursor - start.character, ref.range.start.character - start.character);
    const value = expandRef(ref, lookup);
    if (value === undefined) return undefined;
    out += value;
    cursor = ref.range.end.character;
  }
  return out + word.value.slice(cursor - start.character);
}

function expandRef(ref: VariableRef, lookup: Lookup): string | undefined {
  const value = lookup(ref.name);
  const operand = ref.operand ?? '';
  if (operand.includes('$')) return undefined;
  switch (ref.modifier) {
    case undefined:
      return value ?? '';
    case ':-':
      return value ? value : operand;
    case '-':
      return value ?? operand;
    case ':+':
      return value ? operand : '';
    case '+':
      return value === undefined ? '' : operand;
    default:
      return value === undefined || (ref.modifier === ':?' && value === '') ? undefined : value;
  }
}

/** Variables whose reference lies inside the word's range. */
export function variablesIn(word: Word, variables: readonly VariableRef[]): VariableRef[] {
  return variables.filter((ref) => within(ref, word));
}

function within(ref: VariableRef, word: Word): boolean {
  const { start, end } = ref.range;
  const w = word.range;
  const afterStart = start.line > w.start.line || (start.line === w.start.line && start.character >= w.start.character);
  const beforeEnd = end.line < w.end.line || (end.line === w.end.line && end.character <= w.end.character);
  return afterStart && beforeEnd;
}
