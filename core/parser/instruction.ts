// One instruction from its joined text, as BuildKit's newNodeFromLine: keyword, flags, then the arguments through
// the instruction's parser; ONBUILD parses its trigger the same way.
import type { Flag, Instruction, SyntaxProblem, VariableRef } from './ast';
import { parseArguments, scopes, type ArgContext, type VariableScope } from './arguments';
import { extractFlags, type FlagWord } from './flags';
import type { LogicalLine } from './logical-line';
import { makeProblem, type ProblemSink } from './problems';
import { substringToken, tokenOffset, type Token } from './tokens';
import { isBlank, skipSpace, trimSpaceEnd } from './text';
import { scanVariables } from './variables';

/** Deeper ONBUILD ONBUILD … chains are kept as text: BuildKit refuses them anyway. */
const MAX_TRIGGER_DEPTH = 4;
/** Flags whose values BuildKit expands. */
const EXPANDED_FLAGS = new Set(['platform', 'chown', 'chmod', 'checksum', 'mount']);

export interface BuildContext {
  line: LogicalLine;
  escape: string;
  sink: ProblemSink;
}

export function buildInstruction(ctx: BuildContext, from: number, to: number, depth = 0): Instruction | undefined {
  const { line } = ctx;
  const text = line.text;
  const start = skipSpace(text, from, to);
  const end = trimSpaceEnd(text, start, to);
  if (start >= end) return undefined;
  let keywordEnd = start;
  while (keywordEnd < end && !isBlank(text.charCodeAt(keywordEnd))) keywordEnd++;
  let rest = keywordEnd;
  while (rest < end && isBlank(text.charCodeAt(rest))) rest++;
  const extracted = rest < end ? extractFlags(text, rest, end) : { flags: [], argsStart: end };
  const argsStart = skipSpace(text, extracted.argsStart, end);
  const keyword = text.slice(start, keywordEnd).toUpperCase();

  const argCtx: ArgContext = {
    text,
    start: argsStart,
    end,
    keyword,
    escape: ctx.escape,
    report: (code, s, e, data) => ctx.sink.push(makeProblem(code, line.range(s, e), data)),
  };
  const isOnbuild = keyword === 'ONBUILD';
  const parsed = isOnbuild ? { tokens: [], json: false, scopes: [] } : parseArguments(argCtx);
  const variableScopes = extracted.flags.length ? extracted.flags.flatMap((flag) => flagScope(text, flag)) : [];
  variableScopes.push(...parsed.scopes);
  return {
    keyword,
    keywordRange: line.range(start, keywordEnd),
    range: line.range(start, end),
    flags: extracted.flags.map((flag) => toFlag(line, flag)),
    args: parsed.tokens.map((token) => ({ value: token.value, range: line.range(token.start, token.end) })),
    argsText: text.slice(argsStart, end),
    argsRange: argsStart < end ? line.range(argsStart, end) : undefined,
    json: parsed.json,
    heredocs: [],
    variables: variableScopes.length ? collectVariables(ctx, variableScopes) : [],
    trigger: isOnbuild && depth < MAX_TRIGGER_DEPTH ? buildInstruction(ctx, argsStart, end, depth + 1) : undefined,
  };
}

function toFlag(line: LogicalLine, flag: FlagWord): Flag {
  const raw = line.text.slice(flag.start, flag.end);
  const body = flag.word.slice(2);
  const eq = body.indexOf('=');
  const rawEq = raw.indexOf('=');
  return {
    name: eq < 0 ? body : body.slice(0, eq),
    value: eq < 0 ? undefined : body.slice(eq + 1),
    raw,
    range: line.range(flag.start, flag.end),
    nameRange: line.range(flag.start + 2, rawEq < 0 ? flag.end : flag.start + rawEq),
    valueRange: rawEq < 0 ? undefined : line.range(flag.start + rawEq + 1, flag.end),
  };
}

function flagScope(text: string, flag: FlagWord): VariableScope[] {
  const raw = text.slice(flag.start, flag.end);
  const eq = raw.indexOf('=');
  if (eq < 0) return [];
  const name = raw.slice(2, eq);
  return scopes([substringToken(text, flag.start + eq + 1, flag.end)], EXPANDED_FLAGS.has(name));
}

function collectVariables(ctx: BuildContext, scopes: VariableScope[]): VariableRef[] {
  const variables: VariableRef[] = [];
  for (const { token, expanded } of scopes) {
    const scan = scanVariables(token.value, { escape: ctx.escape, quotes: true });
    for (const ref of scan.refs) {
      variables.push({
        name: ref.name,
        range: tokenRange(ctx.line, token, ref.start, ref.end),
        nameRange: tokenRange(ctx.line, token, ref.nameStart, ref.nameEnd),
        modifier: ref.modifier,
        operand: ref.operand,
        expanded,
      });
    }
    if (scan.error && expanded) ctx.sink.push(variableProblem(ctx.line, token, scan.error));
  }
  return variables;
}

function variableProblem(
  line: LogicalLine,
  token: Token,
  error: NonNullable<ReturnType<typeof scanVariables>['error']>,
): SyntaxProblem {
  return makeProblem(error.code, tokenRange(line, token, error.start, error.end), error.data);
}

function tokenRange(line: LogicalLine, token: Token, from: number, to: number) {
  const start = tokenOffset(token, from);
  const end = to > from ? tokenOffset(token, to - 1) + 1 : start;
  return line.range(start, end);
}
