// Maps the engine's step names back to Dockerfile lines, and finds features only BuildKit can build.
import type { DockerfileAst, Instruction } from '../../core/parser/ast';
import { stepIndex, type StepIndex } from '../../core/dockerfile/steps';
import type { StepLocator } from './build-events';

/** Maps each engine's step names to lines, for a build of `target` (the last stage when undefined). */
export function stepLocator(ast: DockerfileAst, target: string | undefined): StepLocator {
  const steps = stepIndex(ast, target);
  return {
    classicStep: (n) => steps.dockerClassic(n)?.range.start.line,
    podmanStep: (stage, n) => steps.podman(stage, n)?.range.start.line,
    buildKitVertex: (name) => buildKitLine(steps, name),
  };
}

/** `[k/n] RUN …`, `[build k/n] RUN …`; BuildKit pads k to the width of n: `[ 1/12]`, `[build  1/12]`. */
const buildKitStepName = /^\[(?:([^\s\]]+) )? *(\d+)\/\d+\] (\S+)/;

function buildKitLine(steps: StepIndex, name: string): number | undefined {
  const match = buildKitStepName.exec(name);
  if (!match) return undefined;
  const instruction = steps.buildKit(match[1], Number(match[2]));
  if (!instruction || instruction.keyword !== match[3]?.toUpperCase()) return undefined;
  return instruction.range.start.line;
}

export interface BuildKitFeature {
  /** Short name shown to the user, e.g. `RUN --mount`. */
  feature: string;
  line: number;
}

/** The classic builder that would run the build: Docker's own, or Podman's Buildah. */
export type ClassicBuilderFlavour = 'docker' | 'podman';

/** Flags each classic builder rejects (Podman 4.3's Buildah accepts RUN --mount and --chmod; verified on the engines). */
const unsupportedFlags: Record<ClassicBuilderFlavour, Record<string, string[]>> = {
  docker: {
    RUN: ['mount', 'network', 'security'],
    COPY: ['link', 'chmod', 'parents', 'exclude'],
    ADD: ['link', 'chmod', 'checksum', 'keep-git-dir', 'parents', 'exclude'],
  },
  podman: {
    COPY: ['link', 'parents', 'exclude'],
    ADD: ['link', 'checksum', 'keep-git-dir', 'parents', 'exclude'],
  },
};

/** Dockerfile features a classic builder cannot build: heredocs (Buildah 1.28 misreads them) and BuildKit-only flags. */
export function buildKitOnlyFeatures(ast: DockerfileAst, flavour: ClassicBuilderFlavour = 'docker'): BuildKitFeature[] {
  const found: BuildKitFeature[] = [];
  const visit = (instruction: Instruction): void => {
    const line = instruction.range.start.line;
    if (instruction.heredocs.length > 0) found.push({ feature: `${instruction.keyword} <<heredoc`, line });
    for (const flag of instruction.flags) {
      const name = flag.name.replace(/^--/, '').toLowerCase();
      if (unsupportedFlags[flavour][instruction.keyword]?.includes(name))
        found.push({ feature: `${instruction.keyword} --${name}`, line });
    }
    if (instruction.trigger) visit(instruction.trigger);
  };
  ast.instructions.forEach(visit);
  return found;
}
