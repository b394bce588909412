// Every syntax problem the parser reports: a stable code, a default severity and an English fallback message.
// The validator localizes them from `code` and `data`.
import type { ProblemSeverity, Range, SyntaxProblem } from './ast';

interface ProblemKind {
  severity: ProblemSeverity;
  /** English text; `{name}` placeholders are filled from the problem's data. */
  message: string;
}

export const PROBLEM_KINDS = {
  DuplicateDirective: {
    severity: 'error',
    message: 'The parser directive "{name}" is given more than once. Keep only one "# {name}=…" line at the top.',
  },
  InvalidEscapeDirective: {
    severity: 'error',
    message: 'The escape directive must be a backslash (\\) or a backtick (`), not "{value}".',
  },
  NonStringJSONArray: {
    severity: 'error',
    message: 'In JSON (exec) form every array element must be a string in double quotes, e.g. ["echo", "1"].',
  },
  InvalidJSONArray: {
    severity: 'warning',
    message:
      'This looks like a JSON array but is not valid JSON, so {instruction} runs it as a shell command. ' +
      'Use double quotes and commas: ["executable", "arg"].',
  },
  KeyWithoutValue: {
    severity: 'error',
    message: '{instruction} needs a value: write {instruction} {key}=value.',
  },
  MissingEquals: {
    severity: 'error',
    message: '"{word}" has no "=". When {instruction} sets several variables, each must be written name=value.',
  },
  UnterminatedHeredoc: {
    severity: 'error',
    message: 'The here-document <<{delimiter} is never closed: add a line containing only "{delimiter}".',
  },
  NoEmptyContinuation: {
    severity: 'warning',
    message:
      'Empty continuation line: a blank line after a line ending in "{escape}" will become an error in a future ' +
      'BuildKit release. Remove the blank line or turn it into a comment.',
  },
  BadSubstitution: {
    severity: 'error',
    message: 'Bad variable substitution "{text}": write ${NAME}, ${NAME:-default} or ${NAME:+alternative}.',
  },
  UnsupportedModifier: {
    severity: 'error',
    message: 'The modifier "{modifier}" is not supported in "{text}". Use :-, -, :+, +, :?, ?, #, %, or /.',
  },
  UnterminatedQuote: {
    severity: 'error',
    message: 'This {quote} quote is never closed, so the build fails while expanding the argument.',
  },
  ParserInternalError: {
    severity: 'error',
    message: 'The Dockerfile parser failed unexpectedly ({detail}). Please report this file.',
  },
} satisfies Record<string, ProblemKind>;

export type ProblemCode = keyof typeof PROBLEM_KINDS;

export interface ProblemSink {
  push(problem: SyntaxProblem): unknown;
}

export function makeProblem(code: ProblemCode, range: Range, data: Record<string, string> = {}): SyntaxProblem {
  const kind: ProblemKind = PROBLEM_KINDS[code];
  const message = kind.message.replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
  return { code, severity: kind.severity, message, range, data };
}
