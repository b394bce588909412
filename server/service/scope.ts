// Which ARG/ENV definition a variable means at a position, following BuildKit's scoping:
// global ARGs (before the first FROM) serve FROM lines and stages that redeclare them; ENV passes to child stages.
import type { DockerfileAst, Instruction, Position, Stage } from '../../core/parser/ast';
import { PLATFORM_ARGS, PROXY_ARGS } from '../../core/dockerfile/builtins';
import { preambleOf } from '../../core/dockerfile/stages';
import { variableDefinitions, stageNamed, type VariableDefinition } from './names';
import { comparePositions, findContaining, stageBefore } from './positions';

function definitionsIn(instructions: readonly Instruction[], before: Position | undefined): VariableDefinition[] {
  const found: VariableDefinition[] = [];
  for (const instruction of instructions) {
    if (before && comparePositions(instruction.range.start, before) >= 0) break;
    found.push(...variableDefinitions(instruction));
  }
  return found;
}

/** Definitions visible at a position, nearest last: global ARGs, then parent stages' ENV, then this stage's. */
export function visibleDefinitions(ast: DockerfileAst, position: Position): VariableDefinition[] {
  // An instruction does not see its own definitions: in `ENV PATH=/x:$PATH` the reference is the earlier PATH.
  const cutoff = findContaining(ast.instructions, position)?.range.start ?? position;
  const globals = definitionsIn(preambleOf(ast), cutoff);
  const stage = stageAt(ast, position);
  if (!stage) return globals;
  const own = definitionsIn(stage.instructions, cutoff);
  const inherited = parentEnv(ast, stage, new Set());
  const redeclared = new Set(own.filter((d) => d.keyword === 'ARG').map((d) => d.name));
  return [...globals.filter((d) => redeclared.has(d.name)), ...inherited, ...own];
}

/** The stage whose body holds `position`; undefined in the global scope (before the first FROM, or on a FROM line). */
function stageAt(ast: DockerfileAst, position: Position): Stage | undefined {
  const stage = stageBefore(ast, position);
  return stage && comparePositions(position, stage.from.range.end) > 0 ? stage : undefined;
}

/**
 * Variables BuildKit provides at `position` without a declaration: the platform ARGs in the global scope, the proxy
 * ARGs in a stage (where a platform ARG needs its own `ARG NAME`, or it expands to nothing).
 */
export function predefinedVariables(ast: DockerfileAst, position: Position): readonly string[] {
  return stageAt(ast, position) ? PROXY_ARGS : PLATFORM_ARGS;
}

function parentEnv(ast: DockerfileAst, stage: Stage, seen: Set<Stage>): VariableDefinition[] {
  if (!stage.image || seen.has(stage)) return [];
  seen.add(stage);
  const parent = stageNamed(ast, stage.image.value, stage.from.range.start);
  if (!parent) return [];
  const own = definitionsIn(parent.instructions, undefined).filter((d) => d.keyword === 'ENV');
  return [...parentEnv(ast, parent, seen), ...own];
}

/** The definition `name` resolves to at `position`, or undefined (e.g. a predefined or unset variable). */
export function resolveVariable(ast: DockerfileAst, name: string, position: Position): VariableDefinition | undefined {
  const visible = visibleDefinitions(ast, position);
  for (let i = visible.length - 1; i >= 0; i--) {
    const candidate = visible[i];
    if (candidate?.name === name) return candidate;
  }
  return undefined;
}

/** For a bare `ARG NAME` inside a stage: the global ARG that gives it its default. */
export function globalDefault(ast: DockerfileAst, name: string): VariableDefinition | undefined {
  return definitionsIn(preambleOf(ast), undefined).find((d) => d.name === name && d.value !== undefined);
}
