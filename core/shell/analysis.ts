// Every shell snippet with its parsed script, including the bodies of here-documents that a shell reads
// (`RUN bash <<EOF`): those are snippets of their own, in that shell's dialect.
import type { DockerfileAst } from '../parser/ast';
import type { ShellParser } from './parser';
import { shellSnippets, type ShellSnippet } from './snippets';
import type { Dialect, ShellScript } from './types';

export interface AnalyzedSnippet extends ShellSnippet {
  script: ShellScript;
}

const SHELL_COMMANDS: Record<string, Dialect> = { sh: 'sh', dash: 'sh', ash: 'sh', bash: 'bash' };

/** Each tree's analysis, done once per parser: ShellCheck and the rules both ask for it (do not modify). */
const analysisByTree = new WeakMap<DockerfileAst, { text: string; parser: ShellParser; analyzed: AnalyzedSnippet[] }>();

export function analyzeShell(ast: DockerfileAst, text: string, parser: ShellParser): AnalyzedSnippet[] {
  const cached = analysisByTree.get(ast);
  if (cached?.text === text && cached.parser === parser) return cached.analyzed;
  const analyzed = analyzeSnippets(shellSnippets(ast, text), parser);
  analysisByTree.set(ast, { text, parser, analyzed });
  return analyzed;
}

function analyzeSnippets(snippets: readonly ShellSnippet[], parser: ShellParser): AnalyzedSnippet[] {
  const analyzed: AnalyzedSnippet[] = [];
  for (const snippet of snippets) {
    const script = parser.parse(snippet.text.text);
    if (!script) continue;
    const done: AnalyzedSnippet = { ...snippet, script };
    analyzed.push(done);
    if (snippet.heredocs.length === 0) continue;
    for (const body of shellHeredocs(done)) {
      const inner = parser.parse(body.text.text);
      if (inner) analyzed.push({ ...body, script: inner });
    }
  }
  return analyzed;
}

/** The here-document bodies of the snippet that a shell command reads as its script. */
export function shellHeredocs({ script, ...snippet }: AnalyzedSnippet): ShellSnippet[] {
  const bodies: ShellSnippet[] = [];
  for (const command of script.commands) {
    const dialect = shellDialect(command.name.value);
    if (!dialect || command.args.some((arg) => arg.value === '-c')) continue;
    for (const delimiter of command.heredocs) {
      const body = snippet.heredocs.find((heredoc) => heredoc.delimiter === delimiter);
      if (!body) continue;
      const text = snippet.text.slice(body.start, body.end);
      bodies.push({ ...snippet, kind: 'heredoc', dialect, text, heredocs: [] });
    }
  }
  return bodies;
}

function shellDialect(name: string | undefined): Dialect | undefined {
  const base = name?.split('/').pop() ?? '';
  return Object.hasOwn(SHELL_COMMANDS, base) ? SHELL_COMMANDS[base] : undefined;
}
