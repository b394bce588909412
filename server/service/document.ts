// One version of a Dockerfile: its text, parsed once on first use, and validated once per set of options.
import type { DockerfileAst } from '../parser/ast';
import { parse } from '../parser/index';
import { validate, type Finding, type ValidateOptions } from '../rules/index';
import { LineIndex } from './line-index';

export class ParsedDocument {
  private parsed: DockerfileAst | undefined;
  private index: LineIndex | undefined;
  private readonly validated = new Map<string, Finding[]>();

  constructor(
    readonly text: string,
    readonly uri = 'untitled:Dockerfile',
    readonly version = 0,
  ) {}

  get ast(): DockerfileAst {
    this.parsed ??= parse(this.text);
    return this.parsed;
  }

  get lines(): LineIndex {
    this.index ??= new LineIndex(this.text);
    return this.index;
  }

  /** The rules' findings for this version; computed once per distinct options. */
  findings(options: ValidateOptions = {}): Finding[] {
    const key = JSON.stringify([options.locale ?? '', options.severities ?? {}]);
    let found = this.validated.get(key);
    if (!found) {
      found = validate(this.ast, { ...options, text: this.text });
      this.validated.set(key, found);
    }
    return found;
  }
}
