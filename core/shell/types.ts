// What the shell analysis gives the rules: each snippet's commands, pipelines and first syntax error, with offsets
// into the snippet's text (a snippet maps them back to the Dockerfile).
import type { Range } from '../parser/ast';

/** The shell language a snippet runs under: POSIX `/bin/sh` (dash, busybox ash) or bash. */
export type Dialect = 'sh' | 'bash';

/** A word as written, e.g. `"$HOME"/bin`. */
export interface ShellWord {
  /** The source text of the word. */
  text: string;
  /** The word after quote removal when it is a literal; undefined when it holds an expansion. */
  value: string | undefined;
  start: number;
  end: number;
}

export interface ShellCommand {
  name: ShellWord;
  args: ShellWord[];
  start: number;
  end: number;
  /** In a subshell, `$( … )`, `<( … )` or a function body: a `cd` there does not reach the next command. */
  nested: boolean;
  /** The pipeline (index into `pipelines`) when the command is one of two or more joined by `|`. */
  pipeline: number | undefined;
  /** The here-documents the command reads, by delimiter (`bash <<EOF` reads `EOF`). */
  heredocs: string[];
}

export interface ShellPipeline {
  start: number;
  end: number;
  /** Each stage, left to right: its index into `commands`, or -1 for a stage that is not a simple command. */
  commands: number[];
}

export type SyntaxIssueKind =
  /** An `if`, `for`, quote, `$(` … that the snippet never closes: data `opener`, `closer`. */
  | 'unclosed'
  /** `|`, `&&` or `||` with nothing after it: data `operator`. */
  | 'missingCommand'
  /** A token the shell did not expect here: data `token`. */
  | 'unexpected'
  /** A bash-only construct under a POSIX shell: data `feature`. */
  | 'bashOnly';

export interface ShellSyntaxIssue {
  kind: SyntaxIssueKind;
  start: number;
  end: number;
  data: Record<string, string>;
}

export interface ShellScript {
  commands: ShellCommand[];
  pipelines: ShellPipeline[];
  /** The first syntax error, as the shell stops at the first; undefined when the snippet parses. */
  syntaxError: ShellSyntaxIssue | undefined;
  /** Constructs POSIX shells reject (arrays, `<( … )` …), in order; an error only under `sh`. */
  bashOnly: ShellSyntaxIssue[];
}

/** One finding of the external ShellCheck, already placed in the Dockerfile. */
export interface ShellCheckNote {
  /** 2086 for SC2086. */
  code: number;
  level: 'error' | 'warning' | 'info' | 'style';
  /** ShellCheck's own text (English). */
  message: string;
  range: Range;
}
