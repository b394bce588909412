// Build steps as each builder numbers them: which instruction a step the engine reports stands for, and how many
// steps a build shows. Verified on Docker 20.10 (both builders) and Podman 4.3: see docs/engine-facts.md.
import type { DockerfileAst, Instruction, Stage } from '../parser/ast';
import { baseStage, preambleOf, stagesNeeded, stagesUpTo } from './stages';

/** Docker's classic builder (`Step n/m`), Podman's Buildah (`[i/m] STEP n/k`) and BuildKit (`[stage k/n]`). */
export type StepNumbering = 'docker-classic' | 'podman' | 'buildkit';

/** Docker classic: one step per ARG before the first FROM, then every instruction of every stage up to the target. */
function dockerClassicSteps(ast: DockerfileAst, target: string | undefined): Instruction[] {
  const globalArgs = preambleOf(ast).filter((instruction) => instruction.keyword === 'ARG');
  return [...globalArgs, ...stagesUpTo(ast, target).flatMap((stage) => stage.instructions)];
}

/** The instructions BuildKit runs as steps; the others only change the image's configuration. */
const buildKitRuns: ReadonlySet<string> = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

/** BuildKit's steps of a stage: RUN, COPY, ADD, WORKDIR, and FROM if it pulls an image (not scratch nor a stage). */
function buildKitStageSteps(ast: DockerfileAst, stage: Stage): Instruction[] {
  const pulls = stage.image !== undefined && stage.image.value !== 'scratch' && !baseStage(ast, stage);
  return stage.instructions.filter((i) => (i.keyword === 'FROM' ? pulls : buildKitRuns.has(i.keyword)));
}

/** Buildah counts instructions other than ARG before the first FROM as a stage of their own. */
function podmanStageOffset(ast: DockerfileAst): number {
  return preambleOf(ast).some((instruction) => instruction.keyword !== 'ARG') ? 1 : 0;
}

/**
 * The instructions a build of `target` (the last stage when undefined) shows as steps, in Dockerfile order. Docker's
 * classic builder builds every stage up to the target; BuildKit and Podman only the stages it needs, and BuildKit
 * pulls a base image once however many stages start from it.
 */
export function plannedSteps(ast: DockerfileAst, numbering: StepNumbering, target: string | undefined): Instruction[] {
  if (numbering === 'docker-classic') return dockerClassicSteps(ast, target);
  const stages = stagesNeeded(ast, target);
  if (numbering === 'podman') return stages.flatMap((stage) => stage.instructions);
  const images = new Set<string>();
  return stages.flatMap((stage) =>
    buildKitStageSteps(ast, stage).filter((step) => {
      if (step.keyword !== 'FROM') return true;
      const image = pulledImage(step);
      const first = !images.has(image);
      images.add(image);
      return first;
    }),
  );
}

/** How many steps a build of `target` shows (see plannedSteps). */
export function plannedStepCount(ast: DockerfileAst, numbering: StepNumbering, target: string | undefined): number {
  return plannedSteps(ast, numbering, target).length;
}

function pulledImage(from: Instruction): string {
  const platform = from.flags.find((flag) => flag.name === 'platform')?.value ?? '';
  return `${platform} ${from.args[0]?.value ?? ''}`;
}

/** The instruction behind a step as each builder names it; undefined when no instruction has that number. */
export interface StepIndex {
  /** Docker classic `Step n/m`, n counted through the whole build. */
  dockerClassic(n: number): Instruction | undefined;
  /** Podman `[stage/m] STEP n/k` (both 1-based; a one-stage build prints no `[stage/m]`: stage 1). */
  podman(stage: number, n: number): Instruction | undefined;
  /** BuildKit `[label k/n]`: a stage's name, `stage-N` for the unnamed N-th (0-based), none in a one-stage file. */
  buildKit(label: string | undefined, k: number): Instruction | undefined;
}

/** The step numbers of a build of `target` (the last stage when undefined), worked out once per build. */
export function stepIndex(ast: DockerfileAst, target: string | undefined): StepIndex {
  const classic = dockerClassicSteps(ast, target);
  const offset = podmanStageOffset(ast);
  const buildKitSteps = new Map<Stage, Instruction[]>();
  return {
    dockerClassic: (n) => classic[n - 1],
    podman: (stage, n) => ast.stages[stage - 1 - offset]?.instructions[n - 1],
    buildKit: (label, k) => {
      const stage = labelledStage(ast, label);
      if (!stage) return undefined;
      let steps = buildKitSteps.get(stage);
      if (!steps) buildKitSteps.set(stage, (steps = buildKitStageSteps(ast, stage)));
      return steps[k - 1];
    },
  };
}

function labelledStage(ast: DockerfileAst, label: string | undefined): Stage | undefined {
  if (label === undefined) return ast.stages.length === 1 ? ast.stages[0] : undefined;
  const wanted = label.toLowerCase();
  const named = ast.stages.find((stage) => stage.name?.value === wanted);
  if (named) return named;
  const unnamed = /^stage-(\d+)$/.exec(label);
  const stage = unnamed ? ast.stages[Number(unnamed[1])] : undefined;
  return stage && !stage.name ? stage : undefined;
}
