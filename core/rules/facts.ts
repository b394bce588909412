// Facts several rules share, computed once per validate call in one linear pass (those not every validation needs,
// on first use).
import type { DockerfileAst, Flag, Instruction, Stage, Word } from '../parser/ast';
import { parseArgWord } from '../dockerfile/args';
import { baseImagesWith, globalArgValues, type BaseImage } from '../dockerfile/global-args';
import { imageStages, preambleOf } from '../dockerfile/stages';
import { lineTexts } from '../parser/text';
import { findContaining } from './ranges';
import type { ValidateOptions } from './types';

export interface ArgDeclaration {
  name: string;
  /** The default value with quotes removed; undefined for a bare `ARG NAME`. */
  value: string | undefined;
  word: Word;
  instruction: Instruction;
}

export interface KeyValue {
  key: Word;
  value: Word | undefined;
}

export interface Facts {
  /** Every instruction in order, each ONBUILD trigger right after its ONBUILD. */
  allInstructions: Instruction[];
  /** `allInstructions` by keyword, in order: a rule about RUN visits only the RUNs (see `instructionsOf`). */
  byKeyword: Map<string, Instruction[]>;
  /** Instructions before the first FROM (ARGs are allowed there). */
  preamble: Instruction[];
  /** ARGs declared before the first FROM, by name; the last declaration wins. */
  globalArgs: Map<string, ArgDeclaration>;
  /** Stages by lower-cased name; the first declaration wins. */
  stagesByName: Map<string, Stage>;
  /** For `FROM build`, the earlier stage named `build`: the stage builds on it and inherits its settings. */
  parents: Map<Stage, Stage>;
  /** The document split into lines, when the text was given (split on first read: few rules need it). */
  lines: string[] | undefined;
  /** The global ARGs' values with the build arguments given (`globalArgValues`); computed on first use. */
  readonly argValues: ReadonlyMap<string, string>;
  /** The global ARGs' values with their defaults only, no build argument; computed on first use. */
  readonly defaultArgValues: ReadonlyMap<string, string>;
  /** The images the stages build on, expanded with `argValues` (`baseImages`); computed on first use. */
  readonly baseImages: readonly BaseImage[];
  /** The stages the image is made of (`imageStages`); computed on first use. */
  readonly shippedStages: ReadonlySet<Stage>;
}

export function computeFacts(ast: DockerfileAst, options: Readonly<ValidateOptions>): Facts {
  const preamble = preambleOf(ast);
  const globalArgs = new Map<string, ArgDeclaration>();
  for (const instruction of preamble) {
    if (instruction.keyword !== 'ARG') continue;
    for (const decl of argDeclarations(instruction)) globalArgs.set(decl.name, decl);
  }
  const stagesByName = new Map<string, Stage>();
  for (const stage of ast.stages) {
    const name = stage.name?.value.toLowerCase();
    if (name !== undefined && !stagesByName.has(name)) stagesByName.set(name, stage);
  }
  const parents = new Map<Stage, Stage>();
  for (const stage of ast.stages) {
    const parent = stage.image && stagesByName.get(stage.image.value.toLowerCase());
    if (parent && parent.index < stage.index) parents.set(stage, parent);
  }
  const allInstructions: Instruction[] = [];
  for (const instruction of ast.instructions) {
    allInstructions.push(instruction);
    if (instruction.trigger) allInstructions.push(instruction.trigger);
  }
  const byKeyword = new Map<string, Instruction[]>();
  for (const instruction of allInstructions) {
    const bucket = byKeyword.get(instruction.keyword);
    if (bucket) bucket.push(instruction);
    else byKeyword.set(instruction.keyword, [instruction]);
  }
  let lines: string[] | undefined;
  const { buildArgs, platform } = options;
  let argValues: ReadonlyMap<string, string> | undefined;
  let defaultArgValues: ReadonlyMap<string, string> | undefined;
  let baseImages: readonly BaseImage[] | undefined;
  let shippedStages: ReadonlySet<Stage> | undefined;
  return {
    allInstructions,
    byKeyword,
    preamble,
    globalArgs,
    stagesByName,
    parents,
    get lines() {
      return options.text === undefined ? undefined : (lines ??= lineTexts(options.text));
    },
    get argValues() {
      return (argValues ??= globalArgValues(ast, { buildArgs, platform }));
    },
    get defaultArgValues() {
      const withoutBuildArgs = Object.keys(buildArgs ?? {}).length === 0;
      return (defaultArgValues ??= withoutBuildArgs ? this.argValues : globalArgValues(ast, { platform }));
    },
    get baseImages() {
      return (baseImages ??= baseImagesWith(ast, this.argValues));
    },
    get shippedStages() {
      return (shippedStages ??= imageStages(ast));
    },
  };
}

/** The instructions (ONBUILD triggers included) of the keywords, keyword by keyword, each in document order. */
export function instructionsOf(facts: Facts, ...keywords: string[]): readonly Instruction[] {
  if (keywords.length === 1) return facts.byKeyword.get(keywords[0] ?? '') ?? [];
  const instructions: Instruction[] = [];
  for (const keyword of keywords)
    for (const instruction of facts.byKeyword.get(keyword) ?? []) instructions.push(instruction);
  return instructions;
}

/** The stage the instruction (or ONBUILD trigger) belongs to; undefined before the first FROM. */
export function stageOf(ast: DockerfileAst, instruction: Instruction): Stage | undefined {
  return findContaining(ast.stages, instruction.range.start);
}

/** Whether the instruction's stage is one the image is made of. */
export function isShipped(instruction: Instruction, { ast, facts }: { ast: DockerfileAst; facts: Facts }): boolean {
  const stage = stageOf(ast, instruction);
  return stage !== undefined && facts.shippedStages.has(stage);
}

/** The flag's name without its dashes: `--mount` → `mount`. */
export function flagName(flag: Flag): string {
  return flag.name.startsWith('--') ? flag.name.slice(2) : flag.name;
}

/** `ARG A B=1 C="x y"` → A, B (1), C (x y). */
export function argDeclarations(instruction: Instruction): ArgDeclaration[] {
  return instruction.args.map((word) => {
    const { name, defaultValue } = parseArgWord(word.value);
    return { name, value: defaultValue, word, instruction };
  });
}

/** ENV and LABEL arguments alternate key and value. */
export function keyValues(instruction: Instruction): KeyValue[] {
  const pairs: KeyValue[] = [];
  for (let i = 0; i < instruction.args.length; i += 2) {
    const key = instruction.args[i];
    if (key) pairs.push({ key, value: instruction.args[i + 1] });
  }
  return pairs;
}

/**
 * The stages with an ancestor stage (one they build on, not themselves) holding an instruction of `keyword`.
 * Parents come before their children, so this is one pass over the stages, however long the FROM chains.
 */
export function stagesInheriting(stages: readonly Stage[], facts: Facts, keyword: string): Set<Stage> {
  const inheriting = new Set<Stage>();
  for (const stage of stages) {
    const parent = facts.parents.get(stage);
    if (parent && (inheriting.has(parent) || parent.instructions.some((i) => i.keyword === keyword)))
      inheriting.add(stage);
  }
  return inheriting;
}

/** The stage's FROM image when it names an image from a registry as written: not scratch, a stage or a variable. */
export function registryImage(stage: Stage, facts: Facts): Word | undefined {
  const image = stage.image;
  if (!image || image.value.includes('$') || image.value.toLowerCase() === 'scratch') return undefined;
  if (facts.parents.has(stage) || facts.stagesByName.get(image.value.toLowerCase())) return undefined;
  return image;
}
