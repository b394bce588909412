// Every shell snippet of a Dockerfile, with the text the shell receives and a map back to the Dockerfile.
// What BuildKit does to the text first: the instruction's lines are joined (escape + newline removed, comment lines
// inside dropped, `\r` never reaches the shell), nothing is expanded (the shell does that), and a RUN with
// here-documents becomes either the one here-document's body (`RUN <<EOF`, run by its `#!` interpreter or the
// stage's shell) or the command line followed by each body and its delimiter, which the shell reads itself.
import type { DockerfileAst, Heredoc, Instruction, Position, Stage } from '../parser/ast';
import { baseStage } from '../dockerfile/stages';
import { trimSpaceEnd } from '../parser/text';
import { defaultShell, shebangDialect, shellFromInstruction, type StageShell } from './dialect';
import { SnippetText } from './snippet-map';
import type { Dialect } from './types';
import type { SnippetGroup } from './analysis';

export type SnippetKind = 'run' | 'heredoc' | 'cmd' | 'entrypoint' | 'healthcheck';

export interface ShellSnippet {
  /** The instruction (an ONBUILD's trigger for `ONBUILD RUN …`). */
  instruction: Instruction;
  /** `run` and `heredoc` run while building; the others when the container starts. */
  kind: SnippetKind;
  dialect: Dialect;
  shell: StageShell;
  text: SnippetText;
  /** Here-document bodies inside the text (the shell reads them), by delimiter, as snippet offsets. */
  heredocs: readonly { delimiter: string; start: number; end: number }[];
  /**
   * core/shell/analysis.ts: what the snippet parsed to, kept with it (a field, where a WeakMap would cost a lookup per
   * snippet of a large file each version).
   */
  analysis: SnippetGroup | undefined;
}

/** The `heredocs` of the many snippets without any, shared. */
export const NO_BODIES: ShellSnippet['heredocs'] = [];

const SHELL_FORM: Record<string, SnippetKind> = { RUN: 'run', CMD: 'cmd', ENTRYPOINT: 'entrypoint' };
/** The instructions a snippet can come from (an ONBUILD's from its trigger). */
const MAY_HAVE_SNIPPET = new Set([...Object.keys(SHELL_FORM), 'HEALTHCHECK', 'ONBUILD']);

/** Each tree's snippets, extracted once: the warm-up, ShellCheck and the rules all ask for them (do not modify). */
const snippetsByTree = new WeakMap<DockerfileAst, ShellSnippet[]>();

export function shellSnippets(ast: DockerfileAst): ShellSnippet[] {
  let snippets = snippetsByTree.get(ast);
  if (!snippets) {
    snippets = extractSnippets(ast);
    snippetsByTree.set(ast, snippets);
  }
  return snippets;
}

/** An instruction's snippet, and what it was extracted with besides the instruction. */
interface KnownSnippet {
  escape: string;
  shell: StageShell;
  snippet: ShellSnippet | undefined;
}

function extractSnippets(ast: DockerfileAst): ShellSnippet[] {
  const snippets: ShellSnippet[] = [];
  const shells = new Map<Stage, StageShell>();
  for (const stage of ast.stages) {
    const parent = baseStage(ast, stage);
    let shell = (parent && shells.get(parent)) ?? defaultShell(stage.image?.value ?? '');
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'SHELL' && instruction.json) {
        shell = shellFromInstruction(
          instruction.args.map((word) => word.value),
          shell,
        );
      }
      if (shell.dialect === undefined || !MAY_HAVE_SNIPPET.has(instruction.keyword)) continue;
      const snippet = instructionSnippet(instruction, shell, ast.escapeChar);
      if (snippet) snippets.push(snippet);
    }
    shells.set(stage, shell);
  }
  return snippets;
}

/**
 * The instruction's snippet, kept with it (`memo.snippet`) while the escape character and its stage's shell stay the
 * same: an incremental reparse keeps the instructions an edit did not touch, and a snippet maps through its instruction
 * to where it is now.
 */
function instructionSnippet(outer: Instruction, shell: StageShell, escape: string): ShellSnippet | undefined {
  const known = outer.memo.snippet as KnownSnippet | undefined;
  if (known && known.escape === escape && sameShell(known.shell, shell)) return known.snippet;
  const snippet = snippetOf({ outer, escape, shell }, outer.trigger ?? outer);
  outer.memo.snippet = { escape, shell, snippet } satisfies KnownSnippet;
  return snippet;
}

function sameShell(a: StageShell, b: StageShell): boolean {
  return a.dialect === b.dialect && a.pipefail === b.pipefail && a.ash === b.ash && a.windows === b.windows;
}

/** What a snippet is built from: the instruction (top level, its trigger's too), the escape character and shell. */
interface SnippetContext {
  outer: Instruction;
  escape: string;
  shell: StageShell;
}

function snippetOf(ctx: SnippetContext, instruction: Instruction): ShellSnippet | undefined {
  if (instruction.json) return undefined;
  const isHealthcheck = instruction.keyword === 'HEALTHCHECK' && instruction.args[0]?.value.toUpperCase() === 'CMD';
  const kind = isHealthcheck ? 'healthcheck' : SHELL_FORM[instruction.keyword];
  const command = instruction.args[isHealthcheck ? 1 : 0]?.value;
  if (!kind || !command) return undefined;
  const joined = joinedCommand(ctx.outer, command);
  if (!joined) return undefined;
  const dialect = ctx.shell.dialect as Dialect;
  if (kind !== 'run' || instruction.heredocs.length === 0)
    return makeSnippet(instruction, ctx.shell, kind, dialect, joined, NO_BODIES);
  if (instruction.heredocs.some((heredoc) => heredoc.terminatorRange === undefined)) return undefined;
  if (/^\d*<<\S+$/.test(command)) return scriptHeredoc(ctx, instruction);
  // `RUN <<EOF python3`: a here-document before the command, which tree-sitter-bash cannot read.
  return /^\d*<</.test(command) ? undefined : withHeredocs(ctx, instruction, joined);
}

/** The command as the builder passes it: the instruction's joined line from where the command starts. */
function joinedCommand(outer: Instruction, command: string): SnippetText | undefined {
  const line = outer.joinedLine;
  const end = trimSpaceEnd(line.text, 0, line.text.length);
  const from = end - command.length;
  if (from < 0 || line.text.slice(from, end) !== command) return undefined;
  const snippet = new SnippetText(line.source, outer);
  snippet.append(command, (i) => line.toSource(from + i));
  return snippet;
}

/**
 * A snippet, written out field by field rather than spread from another: every snippet gets one shape, and a spread
 * costs more than the rest of a snippet's extraction in a large file.
 */
export function makeSnippet(
  instruction: Instruction,
  shell: StageShell,
  kind: SnippetKind,
  dialect: Dialect,
  text: SnippetText,
  heredocs: ShellSnippet['heredocs'],
): ShellSnippet {
  return { instruction, kind, dialect, shell, text, heredocs, analysis: undefined };
}

/** `RUN <<EOF`: the body alone, run by its `#!` interpreter, or else by the stage's shell. */
function scriptHeredoc(ctx: SnippetContext, instruction: Instruction): ShellSnippet | undefined {
  const heredoc = instruction.heredocs[0] as Heredoc;
  const text = new SnippetText(ctx.outer.joinedLine.source, ctx.outer);
  appendBody(ctx, heredoc, text, heredoc.stripTabs);
  let dialect: Dialect | undefined = ctx.shell.dialect;
  if (text.text.startsWith('#!')) dialect = shebangDialect(text.text.slice(0, text.text.indexOf('\n')));
  return dialect ? makeSnippet(instruction, ctx.shell, 'heredoc', dialect, text, NO_BODIES) : undefined;
}

/** `RUN bash <<EOF …`: the command line, then each body and its delimiter, for the shell to read. */
function withHeredocs(ctx: SnippetContext, instruction: Instruction, text: SnippetText): ShellSnippet {
  const heredocs: { delimiter: string; start: number; end: number }[] = [];
  for (const heredoc of instruction.heredocs) {
    text.appendAdded('\n');
    const start = text.text.length;
    appendBody(ctx, heredoc, text, false);
    heredocs.push({ delimiter: heredoc.delimiter, start, end: text.text.length });
    const terminator = heredoc.terminatorRange as NonNullable<Heredoc['terminatorRange']>;
    const at = offsetOf(ctx, terminator.end) - heredoc.delimiter.length;
    text.appendAt(heredoc.delimiter, at);
  }
  return makeSnippet(instruction, ctx.shell, 'run', ctx.shell.dialect as Dialect, text, heredocs);
}

/** The body's lines, each ending in `\n` whatever the file's line breaks; leading tabs dropped for `<<-`. */
function appendBody(ctx: SnippetContext, heredoc: Heredoc, text: SnippetText, stripTabs: boolean): void {
  const { source } = ctx.outer.joinedLine;
  const shift = ctx.outer.shift;
  const first = heredoc.contentRange.start.line - shift;
  const terminator = (heredoc.terminatorRange?.start.line ?? first + shift) - shift;
  for (let line = first; line < terminator; line++) {
    let start = source.start(line);
    const end = source.end(line);
    if (stripTabs) while (start < end && source.text.charCodeAt(start) === 9) start++;
    text.appendSource(start, end);
    text.appendAdded('\n');
  }
}

/** The parsed text's offset of a position in the document now. */
function offsetOf({ outer }: SnippetContext, position: Position): number {
  return outer.joinedLine.source.start(position.line - outer.shift) + position.character;
}
