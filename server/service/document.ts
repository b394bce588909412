// One version of a Dockerfile: its text, parsed once on first use, and validated once per set of options.
import type { DockerfileAst } from '../../core/parser/ast';
import { parse } from '../../core/parser/index';
import { validate, type Finding, type ValidateOptions } from '../../core/rules/index';
import { reparse, type DirtyLines } from './incremental';
import { LineIndex } from './line-index';

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

export class ParsedDocument {
  private parsed: DockerfileAst | undefined;
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
      this.parsed = (this.base && reparse(this.base.ast, this.text, this.lines, this.base.dirty)) ?? parse(this.text);
      this.base = undefined;
    }
    return this.parsed;
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
    const key = JSON.stringify([
      options.locale ?? '',
      options.severities ?? {},
      objectKey(options.isIgnored),
      options.buildArgs ?? {},
      objectKey(options.images),
      options.platform ?? null,
      objectKey(options.shell?.parser),
      objectKey(options.shell?.shellcheck),
    ]);
    let found = this.validated.get(key);
    if (!found) {
      found = validate(this.ast, { ...options, text: this.text });
      this.validated.set(key, found);
    }
    return found;
  }
}
