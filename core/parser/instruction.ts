// One instruction from its joined text, as BuildKit's newNodeFromLine: keyword, flags, then the arguments through
// the instruction's parser; ONBUILD parses its trigger the same way. Problems are found here, while the words,
// flags and variables (objects with ranges, most never read) are built on first use.
import type { Flag, Heredoc, Instruction, Range, VariableRef, Word } from './ast';
import { exactSize } from './arrays';
import { parseArguments, scopes, type ArgContext, type ParsedArgs, type VariableScope } from './arguments';
import { extractFlags, type FlagWord } from './flags';
import type { LogicalLine } from './logical-line';
import { makeProblem, type ProblemSink } from './problems';
import { substringToken, tokenOffset, type Token } from './tokens';
import { skipBlanks, skipNonBlanks, skipSpace, trimSpaceEnd } from './text';
import { scanVariables, type RawVariable, type VariableError } from './variables';

/** Deeper ONBUILD ONBUILD … chains are kept as text: BuildKit refuses them anyway. */
const MAX_TRIGGER_DEPTH = 4;
/** Flags whose values BuildKit expands. */
const EXPANDED_FLAGS = new Set(['platform', 'chown', 'chmod', 'checksum', 'mount']);
const NO_FLAGS: readonly FlagWord[] = [];
const NO_ARGS: ParsedArgs = { tokens: [], json: false, scopes: [] };

export interface BuildContext {
  line: LogicalLine;
  escape: string;
  sink: ProblemSink;
}

/** A here-document body whose variables belong to the instruction: source offsets. */
export interface BodyScope {
  start: number;
  end: number;
  expanded: boolean;
  quotes: boolean;
}

export function buildInstruction(
  ctx: BuildContext,
  from: number,
  to: number,
  depth = 0,
): ParsedInstruction | undefined {
  const { line } = ctx;
  const text = line.text;
  const start = skipSpace(text, from, to);
  const end = trimSpaceEnd(text, start, to);
  if (start >= end) return undefined;
  const keywordEnd = skipNonBlanks(text, start, end);
  const rest = skipBlanks(text, keywordEnd, end);
  const extracted = rest < end ? extractFlags(text, rest, end) : { flags: NO_FLAGS, argsStart: end };
  const argsStart = skipSpace(text, extracted.argsStart, end);
  const keyword = internKeyword(text.slice(start, keywordEnd).toUpperCase());
  const isOnbuild = keyword === 'ONBUILD';
  const argCtx: ArgContext = { line, text, start: argsStart, end, keyword, escape: ctx.escape, sink: ctx.sink };
  const parsed = isOnbuild ? NO_ARGS : parseArguments(argCtx);
  const variableScopes = extracted.flags.length ? withFlagScopes(text, extracted.flags, parsed.scopes) : parsed.scopes;
  for (const scope of variableScopes) if (scope.expanded) reportVariableError(ctx, scope.token);
  const instruction = new ParsedInstruction(keyword, line.range(start, keywordEnd), line.range(start, end), {
    line,
    escape: ctx.escape,
    argsStart,
    end,
    tokens: exactSize(parsed.tokens),
    flagWords: exactSize(extracted.flags),
    scopes: exactSize(variableScopes),
  });
  instruction.json = parsed.json;
  if (isOnbuild && depth < MAX_TRIGGER_DEPTH) instruction.trigger = buildInstruction(ctx, argsStart, end, depth + 1);
  return instruction;
}

const keywords = new Map<string, string>();

/** One string per keyword spelling across trees (a bounded few: long or rare words are not kept). */
function internKeyword(keyword: string): string {
  const known = keywords.get(keyword);
  if (known !== undefined) return known;
  if (keywords.size < 64 && keyword.length <= 12) keywords.set(keyword, keyword);
  return keyword;
}

/** The parser's offsets an instruction's lazy parts are built from. */
export interface Pending {
  line: LogicalLine;
  escape: string;
  argsStart: number;
  end: number;
  tokens: readonly Token[];
  flagWords: readonly FlagWord[];
  scopes: readonly VariableScope[];
}

/** Shared by the many instructions without here-documents, flags or variables; never mutated. */
const NO_HEREDOCS: Heredoc[] = [];
const NO_FLAG_NODES: Flag[] = [];
const NO_VARIABLES: VariableRef[] = [];

/**
 * An instruction of the tree. Its own properties are plain data; `flags`, `args`, `variables` and `argsRange` are
 * built when first read, from the parser's offsets. An incremental reparse may move the instruction's lines in
 * place (its keywordRange with them): what is built then follows, and anything built before is built again.
 */
export class ParsedInstruction implements Instruction {
  json = false;
  heredocs: Heredoc[] = NO_HEREDOCS;
  trigger: ParsedInstruction | undefined = undefined;
  readonly #line: LogicalLine;
  readonly #escape: string;
  readonly #argsStart: number;
  readonly #end: number;
  readonly #tokens: readonly Token[];
  readonly #flagWords: readonly FlagWord[];
  readonly #scopes: readonly VariableScope[];
  #bodies: BodyScope[] | undefined = undefined;
  readonly #origin: number;
  /** The line shift the built parts below were built for; undefined before any is built. */
  #builtShift: number | undefined = undefined;
  #flags: Flag[] | undefined = undefined;
  #args: Word[] | undefined = undefined;
  #variables: VariableRef[] | undefined = undefined;
  #argsRange: Range | null | undefined = undefined;

  constructor(
    readonly keyword: string,
    readonly keywordRange: Range,
    public range: Range,
    pending: Pending,
  ) {
    this.#line = pending.line;
    this.#escape = pending.escape;
    this.#argsStart = pending.argsStart;
    this.#end = pending.end;
    this.#tokens = pending.tokens;
    this.#flagWords = pending.flagWords;
    this.#scopes = pending.scopes;
    this.#origin = keywordRange.start.line;
  }

  get argsText(): string {
    return this.#line.text.slice(this.#argsStart, this.#end);
  }

  get flags(): Flag[] {
    const shift = this.#shift();
    if (this.#flagWords.length === 0) return NO_FLAG_NODES;
    return (this.#flags ??= this.#flagWords.map((flag) => this.#flag(flag, shift)));
  }

  get args(): Word[] {
    const shift = this.#shift();
    return (this.#args ??= this.#tokens.map((token) => ({
      value: token.value,
      range: this.#range(token.start, token.end, shift),
    })));
  }

  get argsRange(): Range | undefined {
    const shift = this.#shift();
    if (this.#argsRange === undefined) {
      const start = this.#argsStart;
      this.#argsRange = start < this.#end ? this.#range(start, this.#end, shift) : null;
    }
    return this.#argsRange ?? undefined;
  }

  get variables(): VariableRef[] {
    const shift = this.#shift();
    if (this.#scopes.length === 0 && !this.#bodies) return NO_VARIABLES;
    return (this.#variables ??= this.#buildVariables(shift));
  }

  /**
   * A here-document body whose variables are the instruction's (see `variables`). Like `addHeredoc`, it starts a
   * one-item array: there is seldom a second, and an array grown from empty keeps room for sixteen.
   */
  addBody(body: BodyScope): void {
    if (this.#bodies) this.#bodies.push(body);
    else this.#bodies = [body];
  }

  /** A here-document read after the instruction. */
  addHeredoc(heredoc: Heredoc): void {
    if (this.heredocs === NO_HEREDOCS) this.heredocs = [heredoc];
    else this.heredocs.push(heredoc);
  }

  /** How far an edit above moved the instruction; what was built for another shift is dropped. */
  #shift(): number {
    const shift = this.keywordRange.start.line - this.#origin;
    if (shift !== this.#builtShift) {
      this.#builtShift = shift;
      this.#flags = this.#args = this.#variables = this.#argsRange = undefined;
    }
    return shift;
  }

  #range(start: number, end: number, shift: number): Range {
    return moved(this.#line.range(start, end), shift);
  }

  #flag(flag: FlagWord, shift: number): Flag {
    const raw = this.#line.text.slice(flag.start, flag.end);
    const body = flag.word.slice(2);
    const eq = body.indexOf('=');
    const rawEq = raw.indexOf('=');
    return {
      name: eq < 0 ? body : body.slice(0, eq),
      value: eq < 0 ? undefined : body.slice(eq + 1),
      raw,
      range: this.#range(flag.start, flag.end, shift),
      nameRange: this.#range(flag.start + 2, rawEq < 0 ? flag.end : flag.start + rawEq, shift),
      valueRange: rawEq < 0 ? undefined : this.#range(flag.start + rawEq + 1, flag.end, shift),
    };
  }

  #buildVariables(shift: number): VariableRef[] {
    const line = this.#line;
    const escape = this.#escape;
    const variables: VariableRef[] = [];
    for (const { token, expanded } of this.#scopes) {
      const toRange = (from: number, to: number) => moved(tokenRange(line, token, from, to), shift);
      for (const ref of scanVariables(token.value, { escape, quotes: true }).refs)
        variables.push(variableRef(ref, expanded, toRange));
    }
    for (const body of this.#bodies ?? []) {
      const text = line.source.text.slice(body.start, body.end);
      const toRange = (from: number, to: number) => moved(line.source.range(body.start + from, body.start + to), shift);
      for (const ref of scanVariables(text, { escape, quotes: body.quotes }).refs)
        variables.push(variableRef(ref, body.expanded, toRange));
    }
    return variables;
  }
}

function variableRef(ref: RawVariable, expanded: boolean, toRange: (from: number, to: number) => Range): VariableRef {
  return {
    name: ref.name,
    range: toRange(ref.start, ref.end),
    nameRange: toRange(ref.nameStart, ref.nameEnd),
    modifier: ref.modifier,
    operand: ref.operand,
    expanded,
  };
}

function moved(range: Range, shift: number): Range {
  if (shift === 0) return range;
  return {
    start: { line: range.start.line + shift, character: range.start.character },
    end: { line: range.end.line + shift, character: range.end.character },
  };
}

/** The scopes of the flags' values, before the arguments' own. */
function withFlagScopes(
  text: string,
  flags: readonly FlagWord[],
  argScopes: readonly VariableScope[],
): readonly VariableScope[] {
  const all: VariableScope[] = [];
  for (const flag of flags) all.push(...flagScope(text, flag));
  all.push(...argScopes);
  return all;
}

function flagScope(text: string, flag: FlagWord): readonly VariableScope[] {
  const eq = text.indexOf('=', flag.start);
  if (eq < 0 || eq >= flag.end) return [];
  const name = text.slice(flag.start + 2, eq);
  return scopes([substringToken(text, eq + 1, flag.end)], EXPANDED_FLAGS.has(name));
}

/** BuildKit expands the token while building, so a lexer error in it is a problem. */
function reportVariableError(ctx: BuildContext, token: Token): void {
  const error: VariableError | undefined = scanVariables(token.value, {
    escape: ctx.escape,
    quotes: true,
    errorsOnly: true,
  }).error;
  if (error) ctx.sink.push(makeProblem(error.code, tokenRange(ctx.line, token, error.start, error.end), error.data));
}

function tokenRange(line: LogicalLine, token: Token, from: number, to: number): Range {
  const start = tokenOffset(token, from);
  const end = to > from ? tokenOffset(token, to - 1) + 1 : start;
  return line.range(start, end);
}
