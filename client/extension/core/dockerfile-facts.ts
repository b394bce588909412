// Facts about a parsed Dockerfile that the build and run prompts and the lenses need.
import { parseArgWord } from '../../../core/dockerfile/args';
import type { DockerfileAst, Instruction, Stage } from '../../../core/parser/ast';

export interface DeclaredArg {
  name: string;
  /** The default as written, quotes removed; undefined when the ARG has none. */
  defaultValue: string | undefined;
}

/** Every ARG the file declares, once per name, with the first default given. */
export function declaredArgs(ast: DockerfileAst): DeclaredArg[] {
  const byName = new Map<string, DeclaredArg>();
  for (const instruction of ast.instructions) {
    if (instruction.keyword !== 'ARG') continue;
    for (const word of instruction.args) {
      const { name, defaultValue } = parseArgWord(word.value);
      if (name === '') continue;
      const known = byName.get(name);
      if (!known) byName.set(name, { name, defaultValue });
      else if (known.defaultValue === undefined) known.defaultValue = defaultValue;
    }
  }
  return [...byName.values()];
}

/** Stages a build may target: those with `AS name`, in file order. */
export function targetableStages(ast: DockerfileAst): string[] {
  return ast.stages.flatMap((stage) => (stage.name ? [stage.name.value] : []));
}

/** Container ports from EXPOSE in the final stage, as `port` or `port/proto`. */
export function exposedPorts(ast: DockerfileAst): string[] {
  const last = ast.stages.at(-1);
  if (!last) return [];
  return last.instructions
    .filter((instruction) => instruction.keyword === 'EXPOSE')
    .flatMap((instruction) => instruction.args.map((word) => word.value))
    .filter((value) => /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/i.test(value));
}

/** The line of the first FROM, where the Build lens sits. */
export function buildLensLine(ast: DockerfileAst): number | undefined {
  return ast.stages[0]?.from.keywordRange.start.line;
}

/** The line of the final stage's effective CMD or ENTRYPOINT, else of the first FROM. */
export function runLensLine(ast: DockerfileAst): number | undefined {
  const last = ast.stages.at(-1);
  const command = last ? lastCommand(last) : undefined;
  return command ? command.keywordRange.start.line : buildLensLine(ast);
}

function lastCommand(stage: Stage): Instruction | undefined {
  const commands = stage.instructions.filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
  return commands.at(-1);
}

/** The lines of the instruction that starts on `line` (continuations and heredoc bodies included). */
export function instructionSpanAt(
  ast: DockerfileAst,
  line: number,
): { startLine: number; endLine: number } | undefined {
  const instruction = ast.instructions.find((i) => i.range.start.line === line);
  return instruction ? { startLine: line, endLine: instruction.range.end.line } : undefined;
}
