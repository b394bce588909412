// Every syntax problem the parser reports: a stable code and a default severity. The validator gives each its
// message from `code` and `data` (problem-messages.ts, or the rule of the same id).
import type { ProblemSeverity, Range, SyntaxProblem } from './ast';

interface ProblemKind {
  severity: ProblemSeverity;
}

export const PROBLEM_KINDS = {
  DuplicateDirective: {
    severity: 'error',
  },
  InvalidEscapeDirective: {
    severity: 'error',
  },
  NonStringJSONArray: {
    severity: 'error',
  },
  InvalidJSONArray: {
    severity: 'warning',
  },
  KeyWithoutValue: {
    severity: 'error',
  },
  MissingEquals: {
    severity: 'error',
  },
  UnterminatedHeredoc: {
    severity: 'error',
  },
  NoEmptyContinuation: {
    severity: 'warning',
  },
  BadSubstitution: {
    severity: 'error',
  },
  UnsupportedModifier: {
    severity: 'error',
  },
  UnterminatedQuote: {
    severity: 'error',
  },
  ParserInternalError: {
    severity: 'error',
  },
} satisfies Record<string, ProblemKind>;

export type ProblemCode = keyof typeof PROBLEM_KINDS;

export interface ProblemSink {
  push(problem: SyntaxProblem): unknown;
}

export function makeProblem(code: ProblemCode, range: Range, data: Record<string, string> = {}): SyntaxProblem {
  const kind: ProblemKind = PROBLEM_KINDS[code];
  return { code, severity: kind.severity, range, data };
}
