// The rules that check one instruction at a time (`eachInstruction`) run in one pass over the instructions, and what
// they found is kept with each instruction: an incremental reparse keeps the instructions an edit did not touch, so
// an edit re-checks only the instructions it changed. Each rule replays its reports at its step, in the rules' order.
import type { Instruction } from '../parser/ast';
import type { Locale } from '../l10n';
import { moved } from '../parser/lazy-nodes';
import type { AnalyzedSnippet } from '../shell';
import type { InstructionContext, Report, Rule, RuleContext } from './types';

/** What the rules found on an instruction, and what they found it with. */
interface Kept {
  /** The rules that ran (those of its keyword that were on), as one interned list. */
  rules: readonly Rule[];
  snippets: readonly AnalyzedSnippet[];
  locale: Locale;
  /** The instruction's shift (lines an edit above moved it) when the reports' ranges were last placed. */
  shift: number;
  found: readonly Found[];
}

interface Found {
  rule: Rule;
  report: Report;
}

const NOTHING_FOUND: readonly Found[] = [];
const NO_SNIPPETS: readonly AnalyzedSnippet[] = [];
const NO_INSTRUCTION_SNIPPETS: ReadonlyMap<Instruction, readonly AnalyzedSnippet[]> = new Map();

/** The instructions checked in one go when the pass runs in steps. */
const INSTRUCTIONS_PER_STEP = 2000;

export class InstructionPass {
  readonly #instructions: readonly Instruction[];
  readonly #context: Omit<RuleContext, 'report'>;
  readonly #checking: Checking;
  readonly #snippets: () => ReadonlyMap<Instruction, readonly AnalyzedSnippet[]>;
  readonly #rulesByKeyword: ReadonlyMap<string, readonly Rule[]>;
  readonly #reports = new Map<Rule, Report[]>();
  #next = 0;

  /** `rules`: the enabled rules with `eachInstruction`, in order. */
  constructor(rules: readonly Rule[], context: Omit<RuleContext, 'report'>, locale: Locale) {
    const { facts, shell } = context;
    this.#instructions = rules.length > 0 ? facts.allInstructions : [];
    this.#context = context;
    this.#checking = new Checking(locale);
    this.#snippets = () => shell()?.byInstruction ?? NO_INSTRUCTION_SNIPPETS;
    this.#rulesByKeyword = rulesByKeyword(rules, facts.byKeyword.keys());
    for (const rule of rules) this.#reports.set(rule, []);
  }

  /** The pass in steps of a few thousand instructions (nothing left once it has run). */
  *steps(): Generator<void> {
    while (this.#next < this.#instructions.length) {
      yield;
      this.#run(INSTRUCTIONS_PER_STEP);
    }
  }

  /** The rule's reports, in document order; the pass completes first. */
  reportsOf(rule: Rule): readonly Report[] {
    this.#run(Infinity);
    return this.#reports.get(rule) ?? [];
  }

  #run(count: number): void {
    const end = Math.min(this.#instructions.length, this.#next + count);
    for (; this.#next < end; this.#next++) {
      const instruction = this.#instructions[this.#next] as Instruction;
      const rules = this.#rulesByKeyword.get(instruction.keyword);
      if (!rules) continue;
      for (const { rule, report } of this.#found(instruction, rules)) {
        if (rule.eachInstruction?.holds?.(instruction, this.#context) === false) continue;
        this.#reports.get(rule)?.push(report);
      }
    }
  }

  /** What the rules find on the instruction: kept from an earlier version when nothing they depend on changed. */
  #found(instruction: Instruction, rules: readonly Rule[]): readonly Found[] {
    const checking = this.#checking;
    const { locale } = checking;
    const snippets = this.#snippets().get(instruction) ?? NO_SNIPPETS;
    const kept = instruction.memo.findings as Kept | undefined;
    if (kept?.rules === rules && kept.snippets === snippets && kept.locale === locale)
      return placed(kept, instruction.shift);
    checking.snippets = snippets;
    for (const rule of rules) {
      checking.rule = rule;
      rule.eachInstruction?.check(instruction, checking);
    }
    const result = checking.found.length === 0 ? NOTHING_FOUND : checking.found.splice(0);
    instruction.memo.findings = { rules, snippets, locale, shift: instruction.shift, found: result } satisfies Kept;
    return result;
  }
}

/** What a check sees, one object for all the checks of a pass: `report` files under the rule checking. */
class Checking implements InstructionContext {
  snippets = NO_SNIPPETS;
  rule: Rule | undefined;
  readonly found: Found[] = [];
  readonly locale: Locale;
  readonly report = (report: Report): void => {
    this.found.push({ rule: this.rule as Rule, report });
  };

  constructor(locale: Locale) {
    this.locale = locale;
  }
}

/** The kept reports where the instruction is now: moved (as copies) when an edit above moved it. */
function placed(kept: Kept, shift: number): readonly Found[] {
  const by = shift - kept.shift;
  if (by === 0 || kept.found.length === 0) return kept.found;
  kept.found = kept.found.map(({ rule, report }) => ({ rule, report: movedReport(report, by) }));
  kept.shift = shift;
  return kept.found;
}

function movedReport(report: Report, by: number): Report {
  const fixes = report.fixes?.map((fix) => ({
    ...fix,
    edits: fix.edits.map((edit) => ({ ...edit, range: moved(edit.range, by) })),
  }));
  return { ...report, range: moved(report.range, by), ...(fixes && { fixes }) };
}

/**
 * The rules of each keyword that appears, as lists interned across validations: the same rules on give the same
 * list, which is how a kept instruction knows its reports came from the rules on now.
 */
function rulesByKeyword(rules: readonly Rule[], keywords: Iterable<string>): Map<string, readonly Rule[]> {
  const byKeyword = new Map<string, readonly Rule[]>();
  for (const keyword of keywords) {
    const applying = rules.filter(({ eachInstruction }) => eachInstruction?.keywords?.includes(keyword) ?? true);
    if (applying.length > 0) byKeyword.set(keyword, interned(applying));
  }
  return byKeyword;
}

const internedLists = new Map<string, readonly Rule[]>();
/** Bounds the interned lists: settings that change often cannot grow them without end. */
const MAX_INTERNED = 1000;

function interned(list: readonly Rule[]): readonly Rule[] {
  const key = list.map((rule) => rule.id).join(',');
  const known = internedLists.get(key);
  if (known) return known;
  if (internedLists.size >= MAX_INTERNED) internedLists.clear();
  internedLists.set(key, list);
  return list;
}
