// One instruction from its joined text, as BuildKit's newNodeFromLine: keyword, flags, then the arguments through
// the instruction's parser; ONBUILD parses its trigger the same way. Problems are found here, while the keyword's
// range, the words, flags and variables (objects with ranges, most never read) are built on first use.
import type { Flag, Heredoc, Instruction, InstructionMemo, Range, VariableRef, Word } from './ast';
import { ArgWord, moved, ParsedFlag, ParsedVariable, shiftedRange, type Place } from './lazy-nodes';
import { exactSize } from './arrays';
import { NO_SCOPES, NONE, parseArguments, scopes, type ArgContext, type VariableScope } from './arguments';
import { extractFlags, NO_FLAGS, type FlagWord } from './flags';
import type { LogicalLine } from './logical-line';
import { makeProblem, type ProblemSink } from './problems';
import { substringToken, tokenOffset, type Token } from './tokens';
import { skipBlanks, skipNonBlanks, skipSpace, trimSpaceEnd } from './text';
import { scanVariables, type VariableError } from './variables';

/** Deeper ONBUILD ONBUILD … chains are kept as text: BuildKit refuses them anyway. */
const MAX_TRIGGER_DEPTH = 4;
/** Flags whose values BuildKit expands. */
const EXPANDED_FLAGS = new Set(['platform', 'chown', 'chmod', 'checksum', 'mount']);

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
  const parsed = isOnbuild ? NONE : parseArguments(argCtx);
  const variableScopes = extracted.flags.length ? withFlagScopes(text, extracted.flags, parsed.scopes) : parsed.scopes;
  for (const scope of variableScopes) if (scope.expanded) reportVariableError(ctx, scope.token);
  const tokens = isWholeArguments(parsed.tokens, text, argsStart, end) ? WHOLE_ARGUMENTS : exactSize(parsed.tokens);
  const extras = extrasFor(ctx.escape, exactSize(extracted.flags), exactSize(variableScopes));
  const range = startRange(line, start, depth);
  const instruction = new ParsedInstruction(keyword, range, line, start, argsStart, end, tokens, extras);
  instruction.json = parsed.json;
  if (isOnbuild && depth < MAX_TRIGGER_DEPTH) instruction.trigger = buildInstruction(ctx, argsStart, end, depth + 1);
  return instruction;
}

/**
 * Where the instruction starts: the top one where its line does (BuildKit's start line, even for a lone escape). Its
 * end is a stand-in until the document has read the instruction's here-documents and moves it.
 */
function startRange(line: LogicalLine, start: number, depth: number): Range {
  const position = line.source.position(depth === 0 ? line.sourceStart : line.toSource(start));
  return { start: position, end: position };
}

const keywords = new Map<string, string>();

/** One string per keyword spelling across trees (a bounded few: long or rare words are not kept). */
function internKeyword(keyword: string): string {
  const known = keywords.get(keyword);
  if (known !== undefined) return known;
  if (keywords.size < 64 && keyword.length <= 12) keywords.set(keyword, keyword);
  return keyword;
}

/**
 * Stands for the one token most instructions have (a shell-form RUN, CMD …): the whole arguments as written, which
 * the instruction cuts from its offsets when its `args` are read.
 */
const WHOLE_ARGUMENTS: readonly Token[] = [];

function isWholeArguments(tokens: readonly Token[], text: string, argsStart: number, end: number): boolean {
  const token = tokens[0];
  if (tokens.length !== 1 || token === undefined || token.offsets) return false;
  if (token.start !== argsStart || token.valueStart !== argsStart || token.end !== end) return false;
  return token.value.length === end - argsStart && text.startsWith(token.value, argsStart);
}

/** Shared by the many instructions without here-documents, flags or variables; never mutated. */
const NO_HEREDOCS: Heredoc[] = [];
const NO_FLAG_NODES: Flag[] = [];
const NO_VARIABLES: VariableRef[] = [];

/** What only flags and variables are built from; one object per escape is shared by instructions with neither. */
interface Extras {
  escape: string;
  flagWords: readonly FlagWord[];
  scopes: readonly VariableScope[];
  /** Never pushed to while shared: `addBody` gives the instruction its own. */
  bodies: BodyScope[] | undefined;
}

const plainExtras = new Map<string, Extras>();

function extrasFor(escape: string, flagWords: readonly FlagWord[], scopes: readonly VariableScope[]): Extras {
  if (flagWords.length > 0 || scopes.length > 0) return { escape, flagWords, scopes, bodies: undefined };
  let plain = plainExtras.get(escape);
  if (!plain) plainExtras.set(escape, (plain = { escape, flagWords: NO_FLAGS, scopes: NO_SCOPES, bodies: undefined }));
  return plain;
}

/** What an instruction built on first read, for the line shift it was built at. */
interface Built extends Place {
  keywordRange: Range | undefined;
  flags: Flag[] | undefined;
  args: Word[] | undefined;
  variables: VariableRef[] | undefined;
  argsRange: Range | null | undefined;
}

function nothingBuilt(line: LogicalLine, shift: number): Built {
  return {
    line,
    shift,
    keywordRange: undefined,
    flags: undefined,
    args: undefined,
    variables: undefined,
    argsRange: undefined,
  };
}

/**
 * An instruction of the tree. Its own properties are plain data; `keywordRange`, `flags`, `args`, `variables` and
 * `argsRange` are built when read, from the parser's offsets. An incremental reparse may move the instruction's
 * lines in place (its range with them): what is built then follows, and anything built before is built again.
 */
export class ParsedInstruction implements Instruction {
  json = false;
  heredocs: Heredoc[] = NO_HEREDOCS;
  trigger: ParsedInstruction | undefined = undefined;
  readonly keyword: string;
  range: Range;
  readonly #line: LogicalLine;
  readonly #keywordStart: number;
  readonly #argsStart: number;
  readonly #end: number;
  readonly #tokens: readonly Token[];
  #extras: Extras;
  /** The line `range` starts on in the parsed text: how far it moved since is the shift. */
  readonly #origin: number;
  #built: Built | undefined = undefined;
  #memo: InstructionMemo | undefined = undefined;

  /**
   * From the parser's offsets in the joined `line`: where the keyword starts, where the arguments start and where the
   * instruction ends; `tokens` is WHOLE_ARGUMENTS for one token spanning the arguments. The parser moves `range`'s end
   * (once the here-documents are read), never its start.
   */
  constructor(
    keyword: string,
    range: Range,
    line: LogicalLine,
    keywordStart: number,
    argsStart: number,
    end: number,
    tokens: readonly Token[],
    extras: Extras,
  ) {
    this.keyword = keyword;
    this.range = range;
    this.#line = line;
    this.#keywordStart = keywordStart;
    this.#argsStart = argsStart;
    this.#end = end;
    this.#tokens = tokens;
    this.#extras = extras;
    this.#origin = range.start.line;
  }

  get keywordRange(): Range {
    const built = this.#builtNow();
    return (built.keywordRange ??= this.#keywordRange(built.shift));
  }

  get writtenKeyword(): string | undefined {
    const start = this.#keywordStart;
    const end = skipNonBlanks(this.#line.text, start, this.#end);
    return end > start && this.#line.isContiguous(start, end) ? this.#line.text.slice(start, end) : undefined;
  }

  get argCount(): number {
    return this.#tokens === WHOLE_ARGUMENTS ? 1 : this.#tokens.length;
  }

  get argsText(): string {
    return this.#line.text.slice(this.#argsStart, this.#end);
  }

  get flags(): Flag[] {
    const { flagWords } = this.#extras;
    if (flagWords.length === 0) return NO_FLAG_NODES;
    const built = this.#builtNow();
    return (built.flags ??= flagWords.map((flag) => new ParsedFlag(flag.word, built, flag.start, flag.end)));
  }

  get args(): Word[] {
    const built = this.#builtNow();
    return (built.args ??= this.#words(built));
  }

  get argsRange(): Range | undefined {
    const built = this.#builtNow();
    if (built.argsRange === undefined) {
      const start = this.#argsStart;
      built.argsRange = start < this.#end ? this.#range(start, this.#end, built.shift) : null;
    }
    return built.argsRange ?? undefined;
  }

  get variables(): VariableRef[] {
    if (this.#extras.scopes.length === 0 && !this.#extras.bodies) return NO_VARIABLES;
    const built = this.#builtNow();
    return (built.variables ??= this.#buildVariables(built.shift));
  }

  /**
   * A here-document body whose variables are the instruction's (see `variables`). Like `addHeredoc`, it starts a
   * one-item array: there is seldom a second, and an array grown from empty keeps room for sixteen.
   */
  addBody(body: BodyScope): void {
    const { escape, flagWords, scopes, bodies } = this.#extras;
    if (bodies) bodies.push(body);
    else this.#extras = { escape, flagWords, scopes, bodies: [body] };
  }

  /** A here-document read after the instruction. */
  addHeredoc(heredoc: Heredoc): void {
    if (this.heredocs === NO_HEREDOCS) this.heredocs = [heredoc];
    else this.heredocs.push(heredoc);
  }

  get joinedLine(): LogicalLine {
    return this.#line;
  }

  get shift(): number {
    return this.#shift();
  }

  get memo(): InstructionMemo {
    return (this.#memo ??= { snippet: undefined, findings: undefined, stageWalk: undefined });
  }

  /** How far an edit above moved the instruction. */
  #shift(): number {
    return this.range.start.line - this.#origin;
  }

  /** The parts built so far, dropped when they were built for another shift. */
  #builtNow(): Built {
    const shift = this.#shift();
    if (this.#built?.shift !== shift) this.#built = nothingBuilt(this.#line, shift);
    return this.#built;
  }

  #keywordRange(shift: number): Range {
    const start = this.#keywordStart;
    return this.#range(start, skipNonBlanks(this.#line.text, start, this.#end), shift);
  }

  #words(built: Built): Word[] {
    if (this.#tokens !== WHOLE_ARGUMENTS)
      return this.#tokens.map((token) => new ArgWord(token.value, built, token.start, token.end));
    return [new ArgWord(this.argsText, built, this.#argsStart, this.#end)];
  }

  #range(start: number, end: number, shift: number): Range {
    return shiftedRange(this.#line, start, end, shift);
  }

  #buildVariables(shift: number): VariableRef[] {
    const line = this.#line;
    const { escape, scopes, bodies } = this.#extras;
    const variables: VariableRef[] = [];
    for (const { token, expanded } of scopes) {
      const toRange = (from: number, to: number) => moved(tokenRange(line, token, from, to), shift);
      for (const ref of scanVariables(token.value, { escape, quotes: true }).refs)
        variables.push(new ParsedVariable(ref, expanded, toRange));
    }
    for (const body of bodies ?? []) {
      const text = line.source.text.slice(body.start, body.end);
      const toRange = (from: number, to: number) => moved(line.source.range(body.start + from, body.start + to), shift);
      for (const ref of scanVariables(text, { escape, quotes: body.quotes }).refs)
        variables.push(new ParsedVariable(ref, body.expanded, toRange));
    }
    return variables;
  }
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
