// Facts about a parsed Dockerfile that the build and run prompts and the lenses need.
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
      const eq = word.value.indexOf('=');
      const name = eq < 0 ? word.value : word.value.slice(0, eq);
      if (name === '') continue;
      const defaultValue = eq < 0 ? undefined : unquote(word.value.slice(eq + 1));
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

function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) return value.slice(1, -1);
  return value;
}

/** Instructions BuildKit runs as steps of their own; the rest only change the image config. */
const buildkitStepKeywords: ReadonlySet<string> = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);

/**
 * How many steps a build shows, for `Step N/M`: the classic builder numbers every instruction up to the end of the
 * target stage (global ARGs included); BuildKit numbers FROM/RUN/COPY/ADD/WORKDIR of the stages up to the target.
 */
export function plannedStepCount(
  ast: DockerfileAst,
  builder: 'classic' | 'buildkit',
  target: string | undefined,
): number {
  const targetIndex =
    target === undefined ? -1 : ast.stages.findIndex((s) => s.name?.value.toLowerCase() === target.toLowerCase());
  const stages = targetIndex < 0 ? ast.stages : ast.stages.slice(0, targetIndex + 1);
  const inStages = stages.flatMap((stage) => stage.instructions);
  if (builder === 'buildkit') return inStages.filter((i) => buildkitStepKeywords.has(i.keyword)).length;
  const globalArgs = ast.instructions.filter(
    (i) => i.keyword === 'ARG' && (ast.stages[0] === undefined || i.range.start.line < ast.stages[0].range.start.line),
  );
  return globalArgs.length + inStages.length;
}

/** The lines of the instruction that starts on `line` (continuations and heredoc bodies included). */
export function instructionSpanAt(
  ast: DockerfileAst,
  line: number,
): { startLine: number; endLine: number } | undefined {
  const instruction = ast.instructions.find((i) => i.range.start.line === line);
  return instruction ? { startLine: line, endLine: instruction.range.end.line } : undefined;
}
