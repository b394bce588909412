// Semantic tokens for the whole document, in one linear pass over the syntax tree, or for a range of it (only the
// instructions and comments the range touches).
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { DockerfileAst, Instruction, Range } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import type { LineIndex } from './line-index';
import { stageNamesIn, variableDefinitions } from './names';
import { nodesTouching, rangesIntersect } from './positions';
import { quotedSpans } from './quotes';

const TYPES = ['keyword', 'parameter', 'variable', 'string', 'comment', 'namespace', 'label', 'macro'] as const;
type TokenType = (typeof TYPES)[number];
const MODIFIERS = ['declaration'] as const;

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

interface Token {
  line: number;
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

class TokenSink {
  readonly tokens: Token[] = [];
  readonly strings: Token[] = [];
  constructor(private readonly lines: LineIndex) {}

  /** Adds a token, split into one piece per line. */
  add(range: Range, type: TokenType, declaration = false): void {
    const typeIndex = TYPES.indexOf(type);
    const target = type === 'string' ? this.strings : this.tokens;
    for (let line = range.start.line; line <= range.end.line; line++) {
      const start = line === range.start.line ? range.start.character : 0;
      const end = line === range.end.line ? range.end.character : this.lines.lineLength(line);
      if (end > start) target.push({ line, start, end, type: typeIndex, modifiers: declaration ? 1 : 0 });
    }
  }
}

export function getSemanticTokens(document: ParsedDocument): SemanticTokens {
  return { data: encode(tokensIn(document, undefined)) };
}

export function getSemanticTokensRange(document: ParsedDocument, range: Range): SemanticTokens {
  const inRange = (token: Token): boolean => token.line >= range.start.line && token.line <= range.end.line;
  return { data: encode(tokensIn(document, range).filter(inRange)) };
}

/** The tokens of the nodes touching `range` (every node without one), sorted. */
function tokensIn(document: ParsedDocument, range: Range | undefined): Token[] {
  const { ast, lines } = document;
  const sink = new TokenSink(lines);
  const touches = (node: { range: Range }): boolean => !range || rangesIntersect(node.range, range);
  for (const directive of ast.directives.filter(touches)) {
    sink.add(directive.nameRange, 'macro');
    sink.add(directive.valueRange, 'string');
  }
  for (const comment of nodesTouching(ast.comments, range)) sink.add(comment.range, 'comment');
  for (const instruction of nodesTouching(ast.instructions, range)) {
    addInstruction(sink, document, instruction);
    if (instruction.trigger) addInstruction(sink, document, instruction.trigger);
  }
  addStages(sink, ast, range);
  return merge(sortTokens(sink.tokens), sortTokens(sink.strings));
}

function addInstruction(sink: TokenSink, document: ParsedDocument, instruction: Instruction): void {
  sink.add(instruction.keywordRange, 'keyword');
  for (const flag of instruction.flags) sink.add({ start: flag.range.start, end: flag.nameRange.end }, 'parameter');
  for (const ref of instruction.variables) sink.add(ref.range, 'variable');
  for (const definition of variableDefinitions(instruction)) sink.add(definition.range, 'variable', true);
  for (const heredoc of instruction.heredocs) {
    sink.add(heredoc.markerRange, 'label');
    if (heredoc.terminatorRange) sink.add(heredoc.terminatorRange, 'label');
  }
  if (instruction.json) {
    for (const word of instruction.args) sink.add(word.range, 'string');
  } else {
    for (const span of quotedSpans(document, instruction)) sink.add(span, 'string');
  }
}

/** `AS` and the stage names, of the stages and instructions touching the range (a range costs the same anywhere). */
function addStages(sink: TokenSink, ast: DockerfileAst, range: Range | undefined): void {
  for (const stage of nodesTouching(ast.stages, range)) {
    const as = stage.from.args.find((word, i) => i > 0 && word.value.toLowerCase() === 'as');
    if (as) sink.add(as.range, 'keyword');
  }
  for (const occurrence of stageNamesIn(ast, range)) sink.add(occurrence.range, 'namespace', occurrence.declaration);
}

function sortTokens(tokens: Token[]): Token[] {
  return tokens.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** Interleaves string tokens with the others, cutting strings around what they contain (e.g. `"$HOME/x"`). */
function merge(tokens: Token[], strings: Token[]): Token[] {
  const out: Token[] = [];
  let t = 0;
  const emit = (token: Token): void => {
    const last = out[out.length - 1];
    if (!last || last.line < token.line || last.end <= token.start) out.push(token);
  };
  for (const string of strings) {
    let start = string.start;
    while (t < tokens.length && before(tokens[t], string.line, string.end)) {
      const token = tokens[t++] as Token;
      if (token.line === string.line && token.end > start) {
        if (token.start > start) emit({ ...string, start, end: token.start });
        start = Math.max(start, token.end);
      }
      emit(token);
    }
    if (string.end > start) emit({ ...string, start });
  }
  while (t < tokens.length) emit(tokens[t++] as Token);
  return out;
}

function before(token: Token | undefined, line: number, character: number): boolean {
  return token !== undefined && (token.line < line || (token.line === line && token.start < character));
}

/** LSP's relative encoding: five numbers per token, each position relative to the token before. */
function encode(tokens: Token[]): number[] {
  const data = new Array<number>(tokens.length * 5);
  let line = 0;
  let start = 0;
  tokens.forEach((token, i) => {
    const deltaLine = token.line - line;
    data[i * 5] = deltaLine;
    data[i * 5 + 1] = deltaLine === 0 ? token.start - start : token.start;
    data[i * 5 + 2] = token.end - token.start;
    data[i * 5 + 3] = token.type;
    data[i * 5 + 4] = token.modifiers;
    line = token.line;
    start = token.start;
  });
  return data;
}
