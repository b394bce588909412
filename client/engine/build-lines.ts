// Maps the engine's step names back to Dockerfile lines, and finds features only BuildKit can build.
import type { DockerfileAst, Instruction, Stage } from '../../core/parser/ast';
import type { StepLocator } from './build-events';

/** Instructions BuildKit numbers in `[k/n]` (the ones that produce a vertex), verified on the engine. */
const buildKitCounted = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);

export function stepLocator(ast: DockerfileAst): StepLocator {
  // The classic builder counts the meta ARGs before the first FROM, then every instruction of every stage.
  const firstFrom = ast.stages[0]?.from;
  const meta = firstFrom ? ast.instructions.filter((i) => i.range.start.line < firstFrom.range.start.line) : [];
  const classic = [...meta, ...ast.stages.flatMap((s) => s.instructions)];
  return {
    classicStep: (n) => classic[n - 1]?.range.start.line,
    podmanStep: (stage, n) => ast.stages[stage - 1]?.instructions[n - 1]?.range.start.line,
    buildKitVertex: (name) => buildKitLine(ast, name),
  };
}

function buildKitLine(ast: DockerfileAst, name: string): number | undefined {
  const match = /^\[(?:(\S+) )?(\d+)\/(\d+)\] (\S+)/.exec(name);
  if (!match) return undefined;
  const stage = findStage(ast.stages, match[1]);
  const counted = stage?.instructions.filter((i) => buildKitCounted.has(i.keyword)) ?? [];
  const instruction: Instruction | undefined = counted[Number(match[2]) - 1];
  if (!instruction || instruction.keyword !== match[4]?.toUpperCase()) return undefined;
  return instruction.range.start.line;
}

function findStage(stages: Stage[], label: string | undefined): Stage | undefined {
  if (label === undefined) return stages.length === 1 ? stages[0] : undefined;
  const unnamed = /^stage-(\d+)$/.exec(label);
  if (unnamed) return stages[Number(unnamed[1])];
  return stages.find((s) => s.name?.value.toLowerCase() === label.toLowerCase());
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
