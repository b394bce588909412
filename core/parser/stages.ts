// Build stages: each FROM starts one, `FROM [--platform=…] image [AS name]`; instructions before the first FROM
// belong to none.
import type { Instruction, Stage, Word } from './ast';

export function buildStages(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  let current: Stage | undefined;
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
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
      current.range = { start: current.range.start, end: instruction.range.end };
    }
  }
  return stages;
}

function stageName(args: Word[]): Word | undefined {
  const [, as, name] = args;
  if (!as || !name || as.value.toLowerCase() !== 'as') return undefined;
  return { value: name.value.toLowerCase(), range: name.range };
}
