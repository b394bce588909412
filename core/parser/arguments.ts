// Per-instruction argument parsers: BuildKit's dispatch table (line_parsers.go), instruction → how its arguments
// are cut. Each parser also says which tokens BuildKit expands variables in.
import { parseJsonArray } from './json-array';
import { parseKeyValues } from './key-values';
import type { LogicalLine } from './logical-line';
import { makeProblem, type ProblemCode, type ProblemSink } from './problems';
import { parseWords, splitOnBlanks, substringToken, subToken, type Token } from './tokens';
import { isSpace } from './text';
import { MAY_HOLD_VARIABLES } from './variables';

export interface ArgContext {
  line: LogicalLine;
  /** The line's joined text. */
  text: string;
  /** Trimmed arguments: text[start, end). */
  start: number;
  end: number;
  keyword: string;
  escape: string;
  sink: ProblemSink;
}

/** A problem on the joined text [start, end) of the arguments' line. */
export function report(
  ctx: ArgContext,
  code: ProblemCode,
  start: number,
  end: number,
  data?: Record<string, string>,
): void {
  ctx.sink.push(makeProblem(code, ctx.line.range(start, end), data));
}

/** A token to scan for variables; `expanded` when BuildKit substitutes them while building. */
export interface VariableScope {
  token: Token;
  expanded: boolean;
}

export interface ParsedArgs {
  tokens: readonly Token[];
  json: boolean;
  scopes: readonly VariableScope[];
}

type ArgParser = (ctx: ArgContext) => ParsedArgs;

/** Shared by the many instructions without variables, and without arguments; never mutated. */
export const NO_SCOPES: readonly VariableScope[] = [];
export const NONE: ParsedArgs = { tokens: [], json: false, scopes: NO_SCOPES };

/** Only tokens that may hold variables (or lexer errors) are scanned. */
export function scopes(tokens: readonly Token[], expanded: boolean): readonly VariableScope[] {
  let result: VariableScope[] | undefined;
  for (const token of tokens) if (MAY_HOLD_VARIABLES.test(token.value)) (result ??= []).push({ token, expanded });
  return result ?? NO_SCOPES;
}

/** `[` + non-blank, or `[ "a", …`: what a user meant as an exec-form array. */
function looksLikeArray(text: string, start: number, end: number): boolean {
  if (text[start] !== '[') return false;
  if (start + 1 < end && !isSpace(text.charCodeAt(start + 1))) return true;
  return /["']\s*,\s*["']/.test(text.slice(start, end));
}

type JsonOutcome = ParsedArgs | 'shell';

/** JSON form when it parses; an error when an element is not a string; 'shell' otherwise (warned if array-like). */
function tryJson(ctx: ArgContext, expanded: boolean): JsonOutcome {
  const { text, start, end } = ctx;
  if (text[start] !== '[') return 'shell';
  const result = parseJsonArray(text, start, end);
  if (result.kind === 'array') return { tokens: result.items, json: true, scopes: scopes(result.items, expanded) };
  if (result.kind === 'not-strings') {
    report(ctx, 'NonStringJSONArray', start, end);
    return { tokens: [], json: true, scopes: NO_SCOPES };
  }
  if (looksLikeArray(text, start, end)) report(ctx, 'InvalidJSONArray', start, end, { instruction: ctx.keyword });
  return 'shell';
}

/** RUN, CMD, ENTRYPOINT, SHELL: JSON, else the whole text as one command (variables left to the shell). */
const command: ArgParser = (ctx) => {
  if (ctx.start >= ctx.end) return NONE;
  const json = tryJson(ctx, false);
  if (json !== 'shell') return { tokens: json.tokens, json: json.json, scopes: NO_SCOPES };
  const token = substringToken(ctx.text, ctx.start, ctx.end);
  return { tokens: [token], json: false, scopes: scopes([token], false) };
};

/** COPY, ADD, VOLUME: JSON, else whitespace-separated words. */
const jsonOrWords: ArgParser = (ctx) => {
  const json = tryJson(ctx, true);
  if (json !== 'shell') return json;
  const tokens = splitOnBlanks(ctx.text, ctx.start, ctx.end);
  return { tokens, json: false, scopes: scopes(tokens, true) };
};

/** FROM expands only the image; EXPOSE every word. */
const fromWords: ArgParser = (ctx) => {
  const tokens = splitOnBlanks(ctx.text, ctx.start, ctx.end);
  return { tokens, json: false, scopes: scopes(tokens.slice(0, 1), true) };
};

const blankWords =
  (expanded: boolean): ArgParser =>
  (ctx) => {
    const tokens = splitOnBlanks(ctx.text, ctx.start, ctx.end);
    return { tokens, json: false, scopes: scopes(tokens, expanded) };
  };

/** USER, WORKDIR, STOPSIGNAL, MAINTAINER: the rest of the line as one argument. */
const wholeRest =
  (expanded: boolean): ArgParser =>
  (ctx) => {
    if (ctx.start >= ctx.end) return NONE;
    const tokens = [substringToken(ctx.text, ctx.start, ctx.end)];
    return { tokens, json: false, scopes: expanded ? scopes(tokens, true) : NO_SCOPES };
  };

/** ARG: quote-aware words `name` or `name=default`; only defaults are expanded. */
const argWords: ArgParser = (ctx) => {
  const tokens = parseWords(ctx.text, ctx.start, ctx.end, ctx.escape);
  const defaults: Token[] = [];
  for (const token of tokens) {
    const eq = token.value.indexOf('=');
    if (eq >= 0) defaults.push(subToken(token, eq + 1, token.value.length));
  }
  return { tokens, json: false, scopes: scopes(defaults, true) };
};

const keyValues: ArgParser = (ctx) => {
  const tokens = parseKeyValues(ctx);
  return { tokens, json: false, scopes: scopes(tokens, true) };
};

/** HEALTHCHECK: the type word (CMD or NONE), then the command as CMD parses it. */
const healthcheck: ArgParser = (ctx) => {
  const { text, start, end } = ctx;
  let sep = start;
  while (sep < end && !isSpace(text.charCodeAt(sep))) sep++;
  if (sep === start) return NONE;
  let next = sep;
  while (next < end && isSpace(text.charCodeAt(next))) next++;
  const cmd = command({ ...ctx, start: next });
  return { ...cmd, tokens: [substringToken(text, start, sep), ...cmd.tokens] };
};

/** Keyed by the upper-case keyword. */
const PARSERS = new Map<string, ArgParser>([
  ['ADD', jsonOrWords],
  ['ARG', argWords],
  ['CMD', command],
  ['COPY', jsonOrWords],
  ['ENTRYPOINT', command],
  ['ENV', keyValues],
  ['EXPOSE', blankWords(true)],
  ['FROM', fromWords],
  ['HEALTHCHECK', healthcheck],
  ['LABEL', keyValues],
  ['MAINTAINER', wholeRest(false)],
  ['RUN', command],
  ['SHELL', command],
  ['STOPSIGNAL', wholeRest(true)],
  ['USER', wholeRest(true)],
  ['VOLUME', jsonOrWords],
  ['WORKDIR', wholeRest(true)],
]);

/** Unknown instructions: BuildKit ignores their arguments; we keep whitespace-separated words for the rules. */
const unknown = blankWords(false);

/** `ctx.keyword` is upper case; a spelling that only lower-cases to a keyword (the Kelvin sign) is one too. */
export function parseArguments(ctx: ArgContext): ParsedArgs {
  const { keyword } = ctx;
  const parser = PARSERS.get(keyword) ?? PARSERS.get(keyword.toLowerCase().toUpperCase());
  return (parser ?? unknown)(ctx);
}
