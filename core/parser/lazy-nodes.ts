// The words, flags and variable references an instruction builds when its `args`, `flags` or `variables` are read.
// Their ranges wait longer still, until they are read themselves: most rules look at values alone, and a range is
// three objects.
import type { Flag, Range, VariableModifier, VariableRef, Word } from './ast';
import type { LogicalLine } from './logical-line';
import type { RawVariable } from './variables';

/** The source range of the line's joined text [start, end), moved down `shift` lines by an edit above. */
export function shiftedRange(line: LogicalLine, start: number, end: number, shift: number): Range {
  return moved(line.range(start, end), shift);
}

export function moved(range: Range, shift: number): Range {
  if (shift === 0) return range;
  return {
    start: { line: range.start.line + shift, character: range.start.character },
    end: { line: range.end.line + shift, character: range.end.character },
  };
}

/** Where a node's text lies: the instruction's joined line, and the shift the instruction was at. */
export interface Place {
  line: LogicalLine;
  shift: number;
}

export class ArgWord implements Word {
  readonly value: string;
  readonly #place: Place;
  readonly #start: number;
  readonly #end: number;
  #range: Range | undefined = undefined;

  constructor(value: string, place: Place, start: number, end: number) {
    this.value = value;
    this.#place = place;
    this.#start = start;
    this.#end = end;
  }

  get range(): Range {
    return (this.#range ??= shiftedRange(this.#place.line, this.#start, this.#end, this.#place.shift));
  }
}

export class ParsedFlag implements Flag {
  readonly name: string;
  readonly value: string | undefined;
  readonly #place: Place;
  readonly #start: number;
  readonly #end: number;
  #range: Range | undefined = undefined;
  #nameRange: Range | undefined = undefined;
  #valueRange: Range | undefined = undefined;

  /** `word` is the flag as BuildKit reads it (`--name=value`, quotes removed), written at [start, end) of the line. */
  constructor(word: string, place: Place, start: number, end: number) {
    this.#place = place;
    this.#start = start;
    this.#end = end;
    const eq = word.indexOf('=', 2);
    this.name = eq < 0 ? word.slice(2) : word.slice(2, eq);
    this.value = eq < 0 ? undefined : word.slice(eq + 1);
  }

  /** The flag as written, quotes included. */
  get raw(): string {
    return this.#place.line.text.slice(this.#start, this.#end);
  }

  get range(): Range {
    return (this.#range ??= this.#span(this.#start, this.#end));
  }

  get nameRange(): Range {
    if (this.#nameRange) return this.#nameRange;
    const eq = this.raw.indexOf('=');
    return (this.#nameRange = this.#span(this.#start + 2, eq < 0 ? this.#end : this.#start + eq));
  }

  get valueRange(): Range | undefined {
    if (this.#valueRange) return this.#valueRange;
    const eq = this.raw.indexOf('=');
    if (eq < 0) return undefined;
    return (this.#valueRange = this.#span(this.#start + eq + 1, this.#end));
  }

  #span(start: number, end: number): Range {
    return shiftedRange(this.#place.line, start, end, this.#place.shift);
  }
}

/** Source range of [from, to) in the scanned text a variable was found in. */
export type ToRange = (from: number, to: number) => Range;

export class ParsedVariable implements VariableRef {
  readonly name: string;
  readonly modifier: VariableModifier;
  readonly operand: string | undefined;
  readonly expanded: boolean;
  readonly #raw: RawVariable;
  readonly #toRange: ToRange;
  #range: Range | undefined = undefined;
  #nameRange: Range | undefined = undefined;

  constructor(raw: RawVariable, expanded: boolean, toRange: ToRange) {
    this.name = raw.name;
    this.modifier = raw.modifier;
    this.operand = raw.operand;
    this.expanded = expanded;
    this.#raw = raw;
    this.#toRange = toRange;
  }

  get range(): Range {
    return (this.#range ??= this.#toRange(this.#raw.start, this.#raw.end));
  }

  get nameRange(): Range {
    return (this.#nameRange ??= this.#toRange(this.#raw.nameStart, this.#raw.nameEnd));
  }
}
