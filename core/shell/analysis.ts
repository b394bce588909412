// Every shell snippet with its parsed script, including the bodies of here-documents that a shell reads
// (`RUN bash <<EOF`): those are snippets of their own, in that shell's dialect.
import type { DockerfileAst, Instruction } from '../parser/ast';
import type { ShellParser } from './parser';
import { makeSnippet, NO_BODIES, shellSnippets, type ShellSnippet } from './snippets';
import type { Dialect, ShellScript } from './types';
import type { CommandView } from './commands';
import type { PackageCommand } from './packages';

export interface AnalyzedSnippet extends ShellSnippet {
  script: ShellScript;
  /** The instruction's analyzed snippets, this one among them, with what the rules derive from them. */
  group: SnippetGroup;
}

/**
 * An instruction's analyzed snippets (its script, then the here-documents a shell in it reads), and the answers the
 * rules share, made on first ask and kept as long as the snippets are (fields, where a WeakMap keyed by the list
 * would cost a lookup per rule and instruction, and would keep its answers through the young generation's GCs).
 */
export interface SnippetGroup {
  /** The parser the scripts come from. */
  readonly parser: ShellParser;
  readonly parts: AnalyzedSnippet[];
  /** core/shell/commands.ts: `commandsOf(parts)`. */
  commands: readonly [AnalyzedSnippet, CommandView][] | undefined;
  /** core/shell/packages.ts: `packageCommands(parts)`. */
  packages: readonly PackageCommand[] | undefined;
}

const SHELL_COMMANDS: Record<string, Dialect> = { sh: 'sh', dash: 'sh', ash: 'sh', bash: 'bash' };

/** Every snippet analyzed, in order, and those of each instruction (the same array across versions while kept). */
export interface Analyzed {
  snippets: AnalyzedSnippet[];
  byInstruction: Map<Instruction, readonly AnalyzedSnippet[]>;
}

/** Each tree's analysis, done once per parser: ShellCheck and the rules both ask for it (do not modify). */
const analysisByTree = new WeakMap<DockerfileAst, { parser: ShellParser; analyzed: Analyzed }>();

/** Every snippet, analyzed when the parser is loaded (ShellCheck needs the here-documents a shell reads). */
export function snippetsToCheck(ast: DockerfileAst, parser: ShellParser | undefined): ShellSnippet[] {
  return parser ? analyzeTree(ast, parser).snippets : shellSnippets(ast);
}

/** Every snippet analyzed (see `Analyzed`). */
export function analyzeTree(ast: DockerfileAst, parser: ShellParser): Analyzed {
  const cached = analysisByTree.get(ast);
  if (cached?.parser === parser) return cached.analyzed;
  const analyzed: Analyzed = { snippets: [], byInstruction: new Map() };
  for (const snippet of shellSnippets(ast)) {
    const parts = analyzedParts(snippet, parser);
    analyzed.byInstruction.set(snippet.instruction, parts);
    for (const part of parts) analyzed.snippets.push(part);
  }
  analysisByTree.set(ast, { parser, analyzed });
  return analyzed;
}

/** The snippet's script and those of the here-documents a shell in it reads (kept on the snippet, per parser). */
function analyzedParts(snippet: ShellSnippet, parser: ShellParser): AnalyzedSnippet[] {
  if (snippet.analysis?.parser === parser) return snippet.analysis.parts;
  const group: SnippetGroup = { parser, parts: [], commands: undefined, packages: undefined };
  const script = parser.parse(snippet.text.text);
  if (script) {
    const done = analyzedSnippet(snippet, script, group);
    group.parts.push(done);
    for (const body of snippet.heredocs.length > 0 ? shellHeredocs(done) : []) {
      const inner = parser.parse(body.text.text);
      if (inner) group.parts.push(analyzedSnippet(body, inner, group));
    }
  }
  snippet.analysis = group;
  return group.parts;
}

/** The snippet with its script, written out field by field (see `makeSnippet`). */
function analyzedSnippet(snippet: ShellSnippet, script: ShellScript, group: SnippetGroup): AnalyzedSnippet {
  const { instruction, kind, dialect, shell, text, heredocs } = snippet;
  return { instruction, kind, dialect, shell, text, heredocs, analysis: undefined, script, group };
}

/** The here-document bodies of the snippet that a shell command reads as its script. */
function shellHeredocs(snippet: AnalyzedSnippet): ShellSnippet[] {
  const bodies: ShellSnippet[] = [];
  for (const command of snippet.script.commands) {
    const dialect = shellDialect(command.name.value);
    if (!dialect || command.args.some((arg) => arg.value === '-c')) continue;
    for (const delimiter of command.heredocs) {
      const body = snippet.heredocs.find((heredoc) => heredoc.delimiter === delimiter);
      if (!body) continue;
      const text = snippet.text.slice(body.start, body.end);
      bodies.push(makeSnippet(snippet.instruction, snippet.shell, 'heredoc', dialect, text, NO_BODIES));
    }
  }
  return bodies;
}

function shellDialect(name: string | undefined): Dialect | undefined {
  const base = name?.split('/').pop() ?? '';
  return Object.hasOwn(SHELL_COMMANDS, base) ? SHELL_COMMANDS[base] : undefined;
}
