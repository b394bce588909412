// Build stages as the builders see them: the instructions before the first FROM, stage names, which stage a name or
// index refers to, and the stages a build of a target goes through.
import type { DockerfileAst, Instruction, Range, Stage, Word } from '../parser/ast';

/** The instructions before the first FROM (global ARGs; builders refuse anything else there but Podman). */
export function preambleOf(ast: DockerfileAst): Instruction[] {
  const first = ast.stages[0]?.from;
  const end = first ? ast.instructions.indexOf(first) : -1;
  return end < 0 ? ast.instructions : ast.instructions.slice(0, end);
}

const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/i;

/** BuildKit's rule for `AS name`: a letter, then letters, digits, `-`, `_` and `.` (compared in lower case). */
export function isValidStageName(name: string): boolean {
  return STAGE_NAME.test(name);
}

/** The index of the first stage named `name` (stage names are compared in lower case), or -1. */
export function stageIndexNamed(ast: DockerfileAst, name: string): number {
  return stageIndexes(ast.stages).get(name.toLowerCase()) ?? -1;
}

/**
 * Each stage name's first index, built once per stage list: many-stage files ask once per stage. Keyed on the list,
 * which every tree has its own of (an incremental reparse moves instructions in place but builds new stages).
 */
const indexesByStages = new WeakMap<readonly Stage[], Map<string, number>>();

function stageIndexes(stages: readonly Stage[]): Map<string, number> {
  let indexes = indexesByStages.get(stages);
  if (!indexes) {
    indexes = new Map();
    for (let i = 0; i < stages.length; i++) {
      const name = stages[i]?.name?.value;
      if (name !== undefined && !indexes.has(name)) indexes.set(name, i);
    }
    indexesByStages.set(stages, indexes);
  }
  return indexes;
}

/** The index of the stage a build of `target` ends with: the named one, else (no or unknown target) the last. */
export function targetStageIndex(ast: DockerfileAst, target: string | undefined): number {
  const named = target === undefined ? -1 : stageIndexNamed(ast, target);
  return named < 0 ? ast.stages.length - 1 : named;
}

/** Every stage up to and including the target's, in file order. */
export function stagesUpTo(ast: DockerfileAst, target: string | undefined): Stage[] {
  return ast.stages.slice(0, targetStageIndex(ast, target) + 1);
}

/** The stage a FROM builds on, when its image names an earlier stage (`FROM build`). */
export function baseStage(ast: DockerfileAst, stage: Stage): Stage | undefined {
  return stage.image ? namedBefore(ast, stage.image.value, stage.index) : undefined;
}

/** `--from=x` and `--mount=…,from=x`: the words naming the stage (or image) an instruction reads from. */
export function stageReferences(instruction: Instruction): Word[] {
  const refs: Word[] = [];
  for (const flag of instruction.flags) {
    if (flag.value === undefined || !(flag.name === 'from' || (flag.name === 'mount' && flag.value.includes('from='))))
      continue;
    const valueRange = flag.valueRange;
    // A flag split over continuation lines has no single-line range to give: builders hardly ever see one.
    if (!valueRange || valueRange.start.line !== valueRange.end.line) continue;
    if (flag.name === 'from') refs.push({ value: flag.value, range: valueRange });
    if (flag.name === 'mount') refs.push(...mountFromRefs(flag.value, valueRange));
  }
  return refs;
}

function mountFromRefs(value: string, valueRange: Range): Word[] {
  const refs: Word[] = [];
  let offset = 0;
  for (const part of value.split(',')) {
    if (part.startsWith('from=')) {
      const start = valueRange.start.character + offset + 'from='.length;
      const range = {
        start: { line: valueRange.start.line, character: start },
        end: { line: valueRange.start.line, character: start + part.length - 'from='.length },
      };
      refs.push({ value: part.slice('from='.length), range });
    }
    offset += part.length + 1;
  }
  return refs;
}

/** The earlier stage a `--from` value means: a stage index (`--from=0`) or name; undefined for an image. */
export function referencedStage(ast: DockerfileAst, ref: string, stage: Stage): Stage | undefined {
  if (/^\d+$/.test(ref)) {
    const index = Number(ref);
    return index < stage.index ? ast.stages[index] : undefined;
  }
  return namedBefore(ast, ref, stage.index);
}

/** The first stage named `name`, when it comes before the stage at `index`. */
function namedBefore(ast: DockerfileAst, name: string, index: number): Stage | undefined {
  const found = stageIndexNamed(ast, name);
  return found >= 0 && found < index ? ast.stages[found] : undefined;
}

/**
 * The stages a build of `target` needs, in file order: the target's, and those it builds on, copies or mounts from,
 * transitively. BuildKit and Podman build only these; Docker's classic builder builds every stage up to the target.
 */
export function stagesNeeded(ast: DockerfileAst, target: string | undefined): Stage[] {
  const needed = new Set<Stage>();
  const pending: (Stage | undefined)[] = [ast.stages[targetStageIndex(ast, target)]];
  while (pending.length > 0) {
    const stage = pending.pop();
    if (!stage || needed.has(stage)) continue;
    needed.add(stage);
    pending.push(baseStage(ast, stage));
    for (const instruction of stage.instructions)
      for (const ref of stageReferences(instruction)) pending.push(referencedStage(ast, ref.value, stage));
  }
  return ast.stages.filter((stage) => needed.has(stage));
}

/** The stages whose layers end up in the built image: the last stage and the stages it builds on (`FROM build`). */
export function imageStages(ast: DockerfileAst): Set<Stage> {
  const stages = new Set<Stage>();
  for (let stage = ast.stages[ast.stages.length - 1]; stage && !stages.has(stage); stage = baseStage(ast, stage))
    stages.add(stage);
  return stages;
}
