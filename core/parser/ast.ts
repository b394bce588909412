// The Dockerfile syntax tree. Positions are LSP-style: 0-based line, UTF-16 character.
import type { LogicalLine } from './logical-line';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A parser directive at the top of the file: `# syntax=…`, `# escape=…`, `# check=…`. */
export interface Directive {
  /** Lower-cased: `syntax`, `escape` or `check`. */
  name: string;
  value: string;
  range: Range;
  nameRange: Range;
  valueRange: Range;
}

/** `--name=value` or `--name` before the arguments. */
export interface Flag {
  name: string;
  /** undefined for a bare `--name`. */
  value: string | undefined;
  /** As written, e.g. `--from=build`. */
  raw: string;
  range: Range;
  nameRange: Range;
  valueRange: Range | undefined;
}

/** One argument as BuildKit's parser gives it, with the range it came from. */
export interface Word {
  value: string;
  range: Range;
}

export interface Heredoc {
  /** The delimiter name, without quotes or `-`. */
  delimiter: string;
  /** `<<"EOF"` or `<<'EOF'`: no expansion in the body. */
  quoted: boolean;
  /** `<<-EOF`: leading tabs stripped. */
  stripTabs: boolean;
  /** The body as BuildKit gives it (tabs stripped for `<<-`), ending with a newline per line. */
  content: string;
  /** Where `<<EOF` is written on the instruction line. */
  markerRange: Range;
  /** The body lines, without the terminator line. */
  contentRange: Range;
  /** The terminator line; undefined when the file ended first. */
  terminatorRange: Range | undefined;
  /** `3<<EOF`: the file descriptor written before `<<`, else undefined. */
  fileDescriptor: number | undefined;
}

export type VariableModifier =
  | ':-'
  | ':+'
  | '-'
  | '+'
  | ':?'
  | '?'
  /** Pattern removal and replacement, which BuildKit also supports. */
  | '#'
  | '##'
  | '%'
  | '%%'
  | '/'
  | '//'
  | undefined;

/** `$X`, `${X}`, `${X:-d}` … inside an instruction's arguments or flags. */
export interface VariableRef {
  name: string;
  /** The whole reference, `${X:-d}`. */
  range: Range;
  nameRange: Range;
  modifier: VariableModifier;
  /** The text after the modifier, raw. */
  operand: string | undefined;
  /**
   * True when BuildKit substitutes this reference while building (ENV, COPY, WORKDIR, FROM's image…);
   * false where a shell does it at run time (shell-form RUN/CMD), or nobody does (MAINTAINER is not scanned).
   */
  expanded: boolean;
}

export interface Comment {
  text: string;
  range: Range;
}

export interface Instruction {
  /** Upper-cased keyword as written, e.g. `RUN`; unknown keywords too. */
  keyword: string;
  keywordRange: Range;
  /** The keyword as written (its own casing); undefined when a line continuation splits it. */
  writtenKeyword: string | undefined;
  /** The whole instruction: continuation lines and heredoc bodies included. */
  range: Range;
  flags: Flag[];
  /** Arguments split as BuildKit splits them (see the parse dump in the CLI). */
  args: Word[];
  /** How many `args` there are, without building them. */
  argCount: number;
  /** The arguments' text after the flags, continuations joined, as the builder receives it. */
  argsText: string;
  /** Span of the arguments after the flags; undefined when there are none. */
  argsRange: Range | undefined;
  /** JSON (exec) form. */
  json: boolean;
  heredocs: Heredoc[];
  variables: VariableRef[];
  /** ONBUILD's inner instruction. */
  trigger: Instruction | undefined;
  /** The joined line the parser read (continuations removed), mapped to the text that parse read. */
  joinedLine: LogicalLine;
  /** Lines an edit above moved the instruction since its parse: a line of `joinedLine.source` plus this is one now. */
  shift: number;
  /**
   * What later steps derived from the instruction, kept with it while incremental reparses keep the instruction (a
   * field, where a WeakMap would cost a lookup per instruction of a large file each version). The parser never reads it.
   */
  readonly memo: InstructionMemo;
}

/**
 * See `Instruction.memo`: each step owns its field, and checks that what it kept still applies before using it. Every
 * field exists from the start (undefined), so all memos share one shape and reading a field stays fast.
 */
export interface InstructionMemo {
  /** core/shell/snippets.ts: the instruction's shell snippet, and what it was extracted with. */
  snippet: unknown;
  /** core/rules/instruction-pass.ts: what the rules that check one instruction found on it. */
  findings: unknown;
  /** core/rules/stage-walk.ts, on a stage's FROM: what the walk of the stage found, and its scope at the end. */
  stageWalk: unknown;
}

export type ProblemSeverity = 'error' | 'warning' | 'info' | 'hint';

/** A syntax problem found while parsing. The validator turns these into localized diagnostics. */
export interface SyntaxProblem {
  /** Stable id, e.g. `InvalidJSONArray`, `UnterminatedHeredoc`, `DuplicateDirective`. */
  code: string;
  severity: ProblemSeverity;
  range: Range;
  /** Values the localized message interpolates. */
  data?: Record<string, string>;
}

export interface Stage {
  /** Index in the file's stage list. */
  index: number;
  /** The FROM instruction. */
  from: Instruction;
  /** `FROM image`: the image word, raw. */
  image: Word | undefined;
  /** `AS name`, lower-cased as BuildKit compares it; undefined without AS. */
  name: Word | undefined;
  /** Instructions of the stage, FROM first. */
  instructions: Instruction[];
  range: Range;
}

export interface DockerfileAst {
  directives: Directive[];
  escapeChar: '\\' | '`';
  /** Every instruction, in order, including any before the first FROM. */
  instructions: Instruction[];
  comments: Comment[];
  stages: Stage[];
  problems: SyntaxProblem[];
  /** Number of lines in the document. */
  lineCount: number;
}
