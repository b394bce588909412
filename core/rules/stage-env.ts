// The variables each instruction of a stage sees, as BuildKit's dispatcher builds them: the base image's environment
// (or the parent stage's, for `FROM <stage>`), then each ENV and ARG in order. An ARG without a value is declared all
// the same (BuildKit never reports it undefined); one without a default takes the global ARG's value, or the build
// argument's. Shared by the rules that expand words statically (UndefinedVar, WorkdirRelativePath, CopyIgnoredFile),
// which visit the stages in one walk (stage-walk.ts).
import type { Instruction, Stage } from '../parser/ast';
import { parseArgWord } from '../dockerfile/args';
import { processWord } from '../dockerfile/shell-word';
import { DEFAULT_ENV, PROXY_ARGS } from '../dockerfile/builtins';
import { keyValues } from './facts';
import type { ImageFacts } from './types';

export interface StageScope {
  /** Variables set here, with their value when it can be known statically. */
  values: Map<string, string | undefined>;
  /** ARG names declared in the stage (or a stage it builds on), with or without a value. */
  args: Set<string>;
  /**
   * Whether every variable set here is in `values`: the stage is built on `scratch` or on an image whose environment
   * the engine gave. Otherwise the base image may set variables we cannot see.
   */
  complete: boolean;
  /** The global ARG names the stage's FROM uses (an image built from them often sets a variable of the same name). */
  fromArgs: Set<string>;
  /** Whether a WORKDIR came before, in the stage or a stage it builds on. */
  workdir: boolean;
}

/**
 * A rule's visitor of the stages. It keeps nothing from one stage for the next (what carries over belongs in the scope):
 * a stage the last walk kept is replayed without visiting it (stage-walk.ts). A bound on work per validation is the
 * exception (UndefinedVar's did-you-mean budget: only the stages walked spend it).
 */
export interface StageVisitor {
  /** Called before the instruction takes effect, with the scope it is expanded in. */
  instruction(stage: Stage, instruction: Instruction, scope: StageScope): void;
}

/** A word as the builder expands it in this scope; undefined when a variable's value cannot be known. */
export function expandInScope(word: string, scope: StageScope, escape: string): string | undefined {
  let unknown = false;
  const processed = processWord(
    word,
    (name) => {
      if (!scope.values.has(name)) {
        if (!scope.complete && !scope.args.has(name)) unknown = true;
        return undefined;
      }
      const value = scope.values.get(name);
      if (value === undefined) unknown = true;
      return value ?? '';
    },
    escape,
  );
  return unknown ? undefined : processed;
}

/** Whether BuildKit finds `name` in this scope (or knows it as a declared ARG). */
export function isDefined(name: string, scope: StageScope): boolean {
  return scope.values.has(name) || scope.args.has(name) || PROXY_ARGS.includes(name);
}

/** The scope a stage starts with: its parent stage's at the end (a copy), or else its base image's. */
export function startScope(stage: Stage, inherited: StageScope | undefined, image: ImageFacts | undefined): StageScope {
  const scope = inherited ? copyScope(inherited) : imageScope(stage, image);
  for (const ref of stage.from.variables) scope.fromArgs.add(ref.name);
  return scope;
}

function imageScope(stage: Stage, facts: ImageFacts | undefined): StageScope {
  const values = new Map<string, string | undefined>(DEFAULT_ENV.map((name) => [name, undefined]));
  const scratch = stage.image?.value.toLowerCase() === 'scratch';
  for (const entry of facts?.env ?? []) {
    const eq = entry.indexOf('=');
    values.set(eq < 0 ? entry : entry.slice(0, eq), eq < 0 ? '' : entry.slice(eq + 1));
  }
  return { values, args: new Set(), complete: scratch || facts !== undefined, fromArgs: new Set(), workdir: false };
}

function copyScope(scope: StageScope): StageScope {
  return {
    values: new Map(scope.values),
    args: new Set(scope.args),
    complete: scope.complete,
    fromArgs: new Set(scope.fromArgs),
    workdir: scope.workdir,
  };
}

export interface ApplyContext {
  globals: ReadonlyMap<string, string>;
  buildArgs: Readonly<Record<string, string>>;
  escape: string;
}

/** What the instruction sets, once the visitors have seen it. */
export function apply(instruction: Instruction, scope: StageScope, context: ApplyContext): void {
  if (instruction.keyword === 'WORKDIR') {
    scope.workdir = true;
  } else if (instruction.keyword === 'ENV') {
    for (const { key, value } of keyValues(instruction))
      scope.values.set(key.value, value ? expandInScope(value.value, scope, context.escape) : '');
  } else if (instruction.keyword === 'ARG') {
    for (const word of instruction.args) declareArg(word.value, scope, context);
  }
}

function declareArg(word: string, scope: StageScope, { globals, buildArgs, escape }: ApplyContext): void {
  const { name, rawDefault } = parseArgWord(word);
  scope.args.add(name);
  if (Object.hasOwn(buildArgs, name)) scope.values.set(name, buildArgs[name]);
  else if (rawDefault !== undefined) scope.values.set(name, expandInScope(rawDefault, scope, escape));
  else if (globals.has(name)) scope.values.set(name, globals.get(name));
}
