// Which Dockerfile line made each layer of an image: what a build records, and how it is matched to the engine's
// image history (newest entry first). Every builder (classic, BuildKit, Podman's Buildah) writes one history entry
// per instruction of the built stage after its FROM, and of the stages it builds on; older entries come with the
// base image. No vscode import: unit-tested in Node.
import { INSTRUCTION_NAMES } from '../../../core/dockerfile/instructions';
import { baseStage, targetStageIndex } from '../../../core/dockerfile/stages';
import type { DockerfileAst, Stage } from '../../../core/parser/ast';
import type { BuilderKind, BuildStep } from '../../engine/build-events';
import type { HistoryEntry } from '../../engine/image-history';

/** One instruction that made a history entry, as the build saw it. */
export interface LayerSource {
  /** 0-based Dockerfile line of the instruction. */
  line: number;
  keyword: string;
  /** Classic builds: the intermediate image the step committed (short ID as printed). */
  imageId?: string;
  /** Classic builds: the temporary container the step ran in (`Running in …`), removed afterwards. */
  containerId?: string;
  cached: boolean;
}

/** What a successful build leaves to link its image's layers to the Dockerfile; kept in workspace state. */
export interface BuildRecord {
  imageId: string;
  /** The Dockerfile's URI, as a string. */
  dockerfile: string;
  builder: BuilderKind;
  /** The line of the FROM that brought the base image's layers. */
  fromLine: number;
  layers: LayerSource[];
  /** Milliseconds since the epoch. */
  builtAt: number;
}

/** The stages an image of `target` is made of, the one holding its base image first. */
function stageChain(ast: DockerfileAst, target: string | undefined): Stage[] {
  const chain: Stage[] = [];
  for (let stage = ast.stages[targetStageIndex(ast, target)]; stage; stage = baseStage(ast, stage)) {
    if (chain.includes(stage)) break;
    chain.unshift(stage);
  }
  return chain;
}

/** The build's record of the layers it made; undefined when the Dockerfile has no stage. */
export function recordBuild(
  ast: DockerfileAst,
  target: string | undefined,
  build: { imageId: string; dockerfile: string; builder: BuilderKind; steps: readonly BuildStep[]; builtAt: number },
): BuildRecord | undefined {
  const chain = stageChain(ast, target);
  const root = chain[0];
  if (!root) return undefined;
  const stepAt = new Map(build.steps.filter((s) => !s.internal && s.line !== undefined).map((s) => [s.line, s]));
  const layers = chain.flatMap((stage) =>
    stage.instructions.slice(1).map((instruction): LayerSource => {
      const line = instruction.keywordRange.start.line;
      const step = stepAt.get(line);
      return {
        line,
        keyword: instruction.keyword,
        ...(step?.imageId ? { imageId: step.imageId } : {}),
        ...(step?.containerId ? { containerId: step.containerId } : {}),
        cached: step?.cached ?? false,
      };
    }),
  );
  const { imageId, dockerfile, builder, builtAt } = build;
  return { imageId, dockerfile, builder, fromLine: root.from.keywordRange.start.line, layers, builtAt };
}

/** A history entry, and where it came from when the image's build is known. */
export interface LinkedLayer {
  entry: HistoryEntry;
  /** The instruction that made it, cleaned up (`RUN echo hi`, `CMD ["echo" "hello"]`); empty when none is recorded. */
  instruction: string;
  /** Dockerfile line, when linked: the instruction's, or the FROM's for the base image's layers. */
  line: number | undefined;
  /** The build's own facts about this layer; undefined for base layers and unlinked ones. */
  source: LayerSource | undefined;
  /** Brought by the base image (FROM). */
  fromBase: boolean;
}

/**
 * Pairs the history (newest first) with the build's record, oldest to newest from the end. When the entries do not
 * match the recorded instructions (another image, or a build we cannot follow), nothing is linked rather than
 * something wrong.
 */
export function linkHistory(history: readonly HistoryEntry[], record: BuildRecord | undefined): LinkedLayer[] {
  const unlinked = history.map((entry) => ({
    entry,
    instruction: cleanCreatedBy(entry.createdBy),
    line: undefined,
    source: undefined,
    fromBase: false,
  }));
  if (!record || history.length < record.layers.length) return unlinked;
  const baseCount = history.length - record.layers.length;
  const oldestFirst = [...unlinked].reverse();
  const built = oldestFirst.slice(baseCount);
  if (built.some((layer, i) => keywordOf(layer.entry.createdBy) !== record.layers[i]?.keyword)) return unlinked;
  const linked = oldestFirst.map((layer, i): LinkedLayer => {
    const source = i < baseCount ? undefined : record.layers[i - baseCount];
    return { ...layer, line: source?.line ?? record.fromLine, source, fromBase: source === undefined };
  });
  return linked.reverse();
}

const instructionNames = new Set(INSTRUCTION_NAMES);
const NOP = /#\(nop\)\s+/;
const BUILD_ARGS = /^\|\d+ /;
const SHELL = '/bin/sh -c ';

/** The instruction keyword a history entry records: BuildKit writes it, the classic builders mark all but RUN. */
export function keywordOf(createdBy: string): string {
  const nop = NOP.exec(createdBy);
  const text = nop ? createdBy.slice(nop.index + nop[0].length) : createdBy;
  const word = /^([A-Z]+)\b/.exec(text)?.[1];
  return word && instructionNames.has(word) ? word : 'RUN';
}

/**
 * The instruction as a person would write it: `/bin/sh -c #(nop)  CMD ["echo" "hello"]` → `CMD ["echo" "hello"]`,
 * `|1 X=v /bin/sh -c echo $X # buildkit` → `RUN echo $X`. Build argument values (`|1 X=v`) are left out: they may be
 * secrets. Empty for an entry without an instruction (an imported file system).
 */
export function cleanCreatedBy(createdBy: string): string {
  const text = createdBy.trim();
  if (text === '') return '';
  const nop = NOP.exec(text);
  if (nop) return text.slice(nop.index + nop[0].length).trim();
  const written = text.replace(/ # buildkit$/, '');
  const keyword = /^([A-Z]+) /.exec(written)?.[1];
  if (keyword && keyword !== 'RUN' && instructionNames.has(keyword)) return written;
  return `RUN ${commandOf(keyword === 'RUN' ? written.slice('RUN '.length) : written)}`;
}

/** A RUN's command without the build arguments and the shell the builder put before it. */
function commandOf(run: string): string {
  let text = run;
  if (BUILD_ARGS.test(text)) {
    const shell = text.indexOf(SHELL);
    // Without the shell (exec form), the arguments end where their count says.
    const count = Number(/^\|(\d+)/.exec(text)?.[1] ?? 0);
    text =
      shell >= 0
        ? text.slice(shell)
        : text
            .split(' ')
            .slice(count + 1)
            .join(' ');
  }
  return text.startsWith(SHELL) ? text.slice(SHELL.length) : text;
}
