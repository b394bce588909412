// One version of a Dockerfile: its text, parsed once on first use, and validated once per set of options.
import type { DockerfileAst } from '../../core/parser/ast';
import { parse, StepwiseParse } from '../../core/parser/index';
import { validate, validateInSteps, type Finding, type ValidateOptions } from '../../core/rules/index';
import { reparse, type DirtyLines } from './incremental';
import { LineIndex } from './line-index';
import { runInSlices, type Slicing, type Steps } from './steps';

/** The tree of an earlier version and the lines changed since, for an incremental parse. */
export interface ParseBase {
  ast: DockerfileAst;
  dirty: DirtyLines;
}

/**
 * A number per distinct object (an ignore checker, an images map, the shell parser, a set of ShellCheck findings), so
 * findings are cached per combination: a re-read ignore file, new image facts or new ShellCheck results are new objects.
 */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

function objectKey(value: object | undefined): number {
  if (!value) return 0;
  let id = objectIds.get(value);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(value, id);
  }
  return id;
}

/** Physical lines parsed per slice when a document is parsed in slices. */
const LINES_PER_SLICE = 20_000;

export class ParsedDocument {
  private parsed: DockerfileAst | undefined;
  private stepwise: StepwiseParse | undefined;
  private readonly validated = new Map<string, Finding[]>();

  constructor(
    readonly text: string,
    readonly uri = 'untitled:Dockerfile',
    readonly version = 0,
    private base?: ParseBase,
    private index?: LineIndex,
  ) {}

  get ast(): DockerfileAst {
    if (!this.parsed) {
      const { base, stepwise } = this;
      this.parsed = stepwise
        ? stepwise.tree()
        : ((base && reparse(base.ast, this.text, this.lines, base.dirty)) ?? parse(this.text));
      this.base = this.stepwise = undefined;
    }
    return this.parsed;
  }

  /**
   * Parses from scratch a slice of lines at a time, for a document too large to parse without holding up the
   * requests behind it; false when `slicing.stale()` stopped it first (what was read is kept for the next call).
   */
  async parseInSlices(slicing: Slicing): Promise<boolean> {
    if (this.parsed) return true;
    this.stepwise ??= new StepwiseParse(this.text);
    while (!this.stepwise.advance(LINES_PER_SLICE)) {
      await slicing.between();
      if (slicing.stale()) return false;
      if (!this.stepwise) return true;
    }
    void this.ast;
    return true;
  }

  get isParsed(): boolean {
    return this.parsed !== undefined;
  }

  get lines(): LineIndex {
    this.index ??= new LineIndex(this.text);
    return this.index;
  }

  /** The rules' findings for this version; computed once per distinct options. */
  findings(options: ValidateOptions = {}): Finding[] {
    const key = findingsKey(options);
    let found = this.validated.get(key);
    if (!found) {
      found = validate(this.ast, { ...options, text: this.text });
      this.validated.set(key, found);
    }
    return found;
  }

  /** `findings`, one rule at a time between slices of waiting; undefined when `slicing.stale()` stopped it. */
  findingsInSlices(options: ValidateOptions, slicing: Slicing): Promise<Finding[] | undefined> {
    return runInSlices(this.findingsInSteps(options), slicing);
  }

  /** `findings` in steps, one rule at a time (none when they are known). */
  *findingsInSteps(options: ValidateOptions): Steps<Finding[]> {
    const key = findingsKey(options);
    const known = this.validated.get(key);
    if (known) return known;
    const found = yield* validateInSteps(this.ast, { ...options, text: this.text });
    this.validated.set(key, found);
    return found;
  }
}

/** The options that make findings differ, as a cache key. */
function findingsKey(options: ValidateOptions): string {
  return JSON.stringify([
    options.locale ?? '',
    options.severities ?? {},
    objectKey(options.isIgnored),
    options.buildArgs ?? {},
    objectKey(options.images),
    options.platform ?? null,
    objectKey(options.shell?.parser),
    objectKey(options.shell?.shellcheck),
  ]);
}
