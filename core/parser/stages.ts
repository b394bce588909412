// Build stages: each FROM starts one, `FROM [--platform=…] image [AS name]`; instructions before the first FROM
// belong to none.
import type { Instruction, Stage, Word } from './ast';

export function buildStages(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  let current: Stage | undefined;
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      if (current) closeStage(current);
      current = {
        index: stages.length,
        from: instruction,
        image: instruction.args[0],
        name: stageName(instruction.args),
        instructions: [instruction],
        range: instruction.range,
      };
      stages.push(current);
    } else if (current) {
      current.instructions.push(instruction);
    }
  }
  if (current) closeStage(current);
  return stages;
}

/** A stage spans from its FROM to its last instruction. */
function closeStage(stage: Stage): void {
  const last = stage.instructions[stage.instructions.length - 1];
  if (last && last !== stage.from) stage.range = { start: stage.from.range.start, end: last.range.end };
}

function stageName(args: Word[]): Word | undefined {
  const [, as, name] = args;
  if (!as || !name || as.value.toLowerCase() !== 'as') return undefined;
  return { value: name.value.toLowerCase(), range: name.range };
}
