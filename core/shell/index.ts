// Shell analysis: every shell snippet of a Dockerfile parsed with a real shell parser, positions mapped back.
import type { DockerfileAst, Instruction } from '../parser/ast';
import { analyzeTree, type AnalyzedSnippet } from './analysis';
import type { ShellParser } from './parser';
import type { ShellCheckNote } from './types';

export type * from './types';
export { loadShellParser, type ShellParser, type ShellWasm } from './parser';
export { shellSnippets, type ShellSnippet, type SnippetKind } from './snippets';
export { snippetsToCheck, type AnalyzedSnippet } from './analysis';
export type { SnippetText } from './snippet-map';

/**
 * Above this many characters (about 25,000 lines of a typical Dockerfile) a document is checked without shell analysis
 * or ShellCheck, whose cost per snippet would otherwise make one huge file take seconds and gigabytes; the editor's
 * default for `validation.maxFileSize` and the CLI's limit.
 */
export const SHELL_ANALYSIS_MAX_SIZE = 1_000_000;

/** What validation is given for the shell rules; without it they stay silent. */
export interface ShellOptions {
  /** The loaded parser (`loadShellParser`). */
  parser?: ShellParser;
  /** ShellCheck's findings for this text, when it ran (core/node/shellcheck.ts). */
  shellcheck?: readonly ShellCheckNote[];
}

export interface ShellAnalysis {
  snippets: AnalyzedSnippet[];
  /** Each instruction's snippets (its script and its here-documents'), the same array while the instruction is kept. */
  byInstruction: ReadonlyMap<Instruction, readonly AnalyzedSnippet[]>;
  shellcheck: readonly ShellCheckNote[];
}

const NOT_ANALYZED = { snippets: [], byInstruction: new Map<Instruction, readonly AnalyzedSnippet[]>() };

/** The analysis, computed on first call (only when a rule asks) and then kept. */
export function lazyShellAnalysis(
  ast: DockerfileAst,
  options: ShellOptions | undefined,
): () => ShellAnalysis | undefined {
  let analysis: ShellAnalysis | undefined;
  return () => {
    if (analysis || !options) return analysis;
    const { snippets, byInstruction } = options.parser ? analyzeTree(ast, options.parser) : NOT_ANALYZED;
    analysis = { snippets, byInstruction, shellcheck: options.shellcheck ?? [] };
    return analysis;
  };
}
