// The docs of every instruction, flag and parser directive of the table, in English and Korean (one catalog).
import { defineCatalog, lookup, type Locale } from '../l10n';
import { en } from './instruction-docs.en';
import { ko } from './instruction-docs.ko';

export const instructionDocs = defineCatalog('instructionDocs', en, ko);

/** The doc of an upper-case instruction keyword, or undefined when the table has no such instruction. */
export function instructionDoc(locale: Locale, keyword: string): string | undefined {
  return lookup(instructionDocs, locale, keyword);
}

/** The doc of `--name` on the instruction, or undefined when the instruction has no such flag. */
export function flagDoc(locale: Locale, keyword: string, name: string): string | undefined {
  return lookup(instructionDocs, locale, `flag.${keyword}.${name}`);
}

export function directiveDoc(locale: Locale, name: string): string | undefined {
  return lookup(instructionDocs, locale, `directive.${name}`);
}
