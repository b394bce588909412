// The rules that visit the stages (`visitStages`) share one walk per validation, each instruction seen with the scope
// it is expanded in (stage-env.ts). What a stage's walk found, and its scope at the end, are kept with its FROM: an
// incremental reparse keeps the instructions an edit did not touch, so typing in a large file walks again only the
// stage it changed and the stages built on it. A stage whose lines moved is walked again (its reports name lines).
import type { Instruction, Stage } from '../parser/ast';
import { apply, startScope, type ApplyContext, type StageScope, type StageVisitor } from './stage-env';
import type { ImageFacts, Report, Rule, RuleContext } from './types';

/**
 * The reports of the rules that visit the stages, from one walk for them all, run when the first asks. Each rule
 * replays its own at its step, so the findings keep the rules' order.
 */
export function sharedStageWalk(
  rules: readonly Rule[],
  context: Omit<RuleContext, 'report'>,
): (rule: Rule) => readonly Report[] {
  let reports: Map<Rule, Report[]> | undefined;
  return (rule) => {
    reports ??= walkReports(rules, context);
    return reports.get(rule) ?? [];
  };
}

interface Visiting {
  rule: Rule;
  visitor: StageVisitor;
  reports: Report[];
}

/** For a validation without build arguments: one object, so kept walks compare it by identity. */
const NO_BUILD_ARGS: Readonly<Record<string, string>> = {};

/** What every stage's walk depends on besides its instructions and the scope it starts from. */
interface WalkInputs {
  rules: readonly Rule[];
  isIgnored: RuleContext['isIgnored'];
  /** The global ARGs (and whatever else comes before the first FROM). */
  preamble: readonly Instruction[];
  /** Its `globals` follow from the preamble, the build arguments and the platform. */
  apply: ApplyContext;
}

/** A stage's walk, kept with its FROM (`memo.stageWalk`). */
interface KeptWalk {
  inputs: WalkInputs;
  instructions: readonly Instruction[];
  /** The parent stage's scope at its end, or the base image's facts. */
  start: StageScope | ImageFacts | undefined;
  shift: number;
  /** Per visiting rule, in `inputs.rules` order. */
  reports: readonly (readonly Report[])[];
  scope: StageScope;
}

function walkReports(rules: readonly Rule[], context: Omit<RuleContext, 'report'>): Map<Rule, Report[]> {
  const reports = new Map<Rule, Report[]>();
  const visiting: Visiting[] = [];
  for (const rule of rules) {
    const ruleReports: Report[] = [];
    const visitor = rule.visitStages?.({ ...context, report: (report) => ruleReports.push(report) });
    if (!visitor) continue;
    reports.set(rule, ruleReports);
    visiting.push({ rule, visitor, reports: ruleReports });
  }
  if (visiting.length > 0) walkStages(context, visiting);
  return reports;
}

/** Walks every stage's instructions with the variables each one sees, or replays what a kept walk found. */
function walkStages(context: Omit<RuleContext, 'report'>, visiting: readonly Visiting[]): void {
  const { ast, facts, options } = context;
  const images = new Map(facts.baseImages.map(({ stage, ref }) => [stage, options.images?.get(ref)]));
  const fresh: WalkInputs = {
    rules: visiting.map(({ rule }) => rule),
    isIgnored: context.isIgnored,
    preamble: facts.preamble,
    apply: { globals: facts.argValues, buildArgs: options.buildArgs ?? NO_BUILD_ARGS, escape: ast.escapeChar },
  };
  // The same as the first stage's kept walk had: that object, so most stages compare it by identity alone.
  const previous = (ast.stages[0]?.from.memo.stageWalk as KeptWalk | undefined)?.inputs;
  const inputs = previous && sameInputs(previous, fresh) ? previous : fresh;
  const finalScopes = new Map<Stage, StageScope>();
  for (const stage of ast.stages) {
    const parent = facts.parents.get(stage);
    const start: Start = { inherited: parent && finalScopes.get(parent), image: images.get(stage) };
    finalScopes.set(stage, replayed(stage, inputs, start, visiting) ?? walkStage(stage, inputs, start, visiting));
  }
}

/** What a stage starts from: its parent stage's scope at the end, or else its base image's facts. */
interface Start {
  inherited: StageScope | undefined;
  image: ImageFacts | undefined;
}

function startedFrom({ inherited, image }: Start): StageScope | ImageFacts | undefined {
  return inherited ?? image;
}

/** Replays the stage's kept walk when nothing it depends on changed; its scope at the end, or undefined. */
function replayed(
  stage: Stage,
  inputs: WalkInputs,
  start: Start,
  visiting: readonly Visiting[],
): StageScope | undefined {
  const kept = stage.from.memo.stageWalk as KeptWalk | undefined;
  if (!kept || kept.start !== startedFrom(start) || kept.shift !== stage.from.shift) return undefined;
  if (!sameInputs(kept.inputs, inputs) || !sameItems(kept.instructions, stage.instructions)) return undefined;
  kept.reports.forEach((reports, i) => {
    for (const report of reports) visiting[i]?.reports.push(report);
  });
  kept.inputs = inputs;
  return kept.scope;
}

function walkStage(stage: Stage, inputs: WalkInputs, start: Start, visiting: readonly Visiting[]): StageScope {
  const scope = startScope(stage, start.inherited, start.image);
  const before = visiting.map(({ reports }) => reports.length);
  // The FROM (first) only names the scope.
  for (let i = 1; i < stage.instructions.length; i++) {
    const instruction = stage.instructions[i] as Instruction;
    for (const { visitor } of visiting) visitor.instruction(stage, instruction, scope);
    apply(instruction, scope, inputs.apply);
  }
  const reports = visiting.map(({ reports }, i) => reports.slice(before[i]));
  const { instructions } = stage;
  const kept: KeptWalk = { inputs, instructions, start: startedFrom(start), shift: stage.from.shift, reports, scope };
  stage.from.memo.stageWalk = kept;
  return scope;
}

function sameInputs(a: WalkInputs, b: WalkInputs): boolean {
  if (a === b) return true;
  if (a.isIgnored !== b.isIgnored || a.apply.buildArgs !== b.apply.buildArgs || a.apply.escape !== b.apply.escape)
    return false;
  return (
    sameItems(a.rules, b.rules) && sameItems(a.preamble, b.preamble) && sameEntries(a.apply.globals, b.apply.globals)
  );
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
