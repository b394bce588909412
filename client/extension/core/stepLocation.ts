// Finds the Dockerfile instruction a build step came from, from the step's header as the builder prints it.
import type { DockerfileAst, Instruction, Stage } from '../../../server/parser/ast';

/** Instructions that BuildKit turns into a step of their own (the rest only change image config). */
const buildkitStepKeywords = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);

const classicHeader = /^Step (\d+)\/\d+ : (\S+)/i;
const podmanHeader = /^STEP (\d+)\/\d+: (\S+)/;
const buildkitHeader = /^\[(?:(\S+) )?(\d+)\/\d+\] (\S+)/;

/**
 * `Step 4/9 : RUN …` (classic) and `STEP 4/9: RUN …` (Podman) count every instruction in file order, global ARGs included.
 * `[build 2/3] RUN …` (BuildKit) counts FROM/RUN/COPY/ADD/WORKDIR within the named stage (`stage-N` when unnamed).
 */
export function locateStep(ast: DockerfileAst, header: string): Instruction | undefined {
  const classic = classicHeader.exec(header) ?? podmanHeader.exec(header);
  if (classic) return checked(ast.instructions[Number(classic[1]) - 1], classic[2]);
  const buildkit = buildkitHeader.exec(header);
  if (!buildkit) return undefined;
  const stage = findStage(ast, buildkit[1]);
  if (!stage) return undefined;
  const steps = stage.instructions.filter((i) => buildkitStepKeywords.has(i.keyword));
  return checked(steps[Number(buildkit[2]) - 1], buildkit[3]);
}

function findStage(ast: DockerfileAst, prefix: string | undefined): Stage | undefined {
  if (prefix === undefined) return ast.stages.length === 1 ? ast.stages[0] : undefined;
  const byName = ast.stages.find((stage) => stage.name?.value.toLowerCase() === prefix.toLowerCase());
  if (byName) return byName;
  const unnamed = /^stage-(\d+)$/.exec(prefix);
  return unnamed ? ast.stages[Number(unnamed[1])] : undefined;
}

function checked(instruction: Instruction | undefined, keyword: string | undefined): Instruction | undefined {
  return instruction && instruction.keyword === keyword?.toUpperCase() ? instruction : undefined;
}
