// The one argument parser of the CLI: Node's own util.parseArgs, asked for its tokens and never in strict mode, so that
// a usage mistake comes back as data (a catalog key and its values) instead of an English Node error with the option
// name inside its sentence. Accepts what docker accepts: `--flag value`, `--flag=value`, `-t value`, short groups
// (`-it`), repeated options (the last value wins, or all of them for `multiple`), and `--` to end the options.
import { parseArgs } from 'node:util';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** A one-letter alias: `t` for `-t`. */
  readonly short?: string;
  /** Every value is kept, in order (`-e A=1 -e B=2`); otherwise the last one wins. */
  readonly multiple?: boolean;
  /** The accepted values, when the set is closed. */
  readonly choices?: readonly string[];
  /** Other long names of the same option (`--net` for `--network`). */
  readonly aliases?: readonly string[];
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type OptionValues<S extends OptionSpecs> = {
  [K in keyof S]: S[K] extends { type: 'boolean' }
    ? boolean
    : S[K] extends { multiple: true }
      ? string[]
      : string | undefined;
};

/** An option as written, under its own name (not an alias), in command-line order. */
export interface GivenOption {
  name: string;
  value: string | true;
}

export type UsageMistakeKey = 'unknownOption' | 'needsValue' | 'noValueAllowed' | 'badChoice';

/** A usage mistake: the key of its message in the CLI catalog, and the values the message names. */
export interface UsageMistake {
  key: UsageMistakeKey;
  values: { option: string; value?: string; choices?: string };
}

export interface CommandLine<S extends OptionSpecs> {
  values: OptionValues<S>;
  given: GivenOption[];
  positionals: string[];
  /** The first mistake; the values above still hold every option written correctly (so `--lang` applies to it). */
  mistake?: UsageMistake;
}

export interface ParseOptions {
  /** Options end at the first positional, which starts the rest (`run IMAGE CMD…`: the command's flags are its own). */
  stopAtFirstPositional?: boolean;
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

export function parseCommandLine<S extends OptionSpecs>(
  argv: readonly string[],
  specs: S,
  opts: ParseOptions = {},
): CommandLine<S> {
  const { tokens } = parseArgs({
    args: [...argv],
    options: nodeOptions(specs),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const end = opts.stopAtFirstPositional ? optionsEnd(tokens) : undefined;
  const line: CommandLine<S> = { values: emptyValues(specs), given: [], positionals: [] };
  for (const token of end === undefined ? tokens : tokens.filter((t) => t.index < end.optionsEnd)) {
    if (token.kind === 'positional') line.positionals.push(token.value);
    else if (token.kind === 'option') {
      const problem = take(line, specs, token);
      line.mistake ??= problem;
    }
  }
  if (end) line.positionals.push(...argv.slice(end.restStart));
  return line;
}

/** Where the options stop for `stopAtFirstPositional`, and where the positionals then start. */
function optionsEnd(tokens: readonly Token[]): { optionsEnd: number; restStart: number } | undefined {
  const first = tokens.find((t) => t.kind !== 'option');
  if (!first) return undefined;
  return { optionsEnd: first.index, restStart: first.kind === 'option-terminator' ? first.index + 1 : first.index };
}

/** Checks one option token and records it; returns the mistake when it has one. */
function take<S extends OptionSpecs>(
  line: CommandLine<S>,
  specs: S,
  token: Extract<Token, { kind: 'option' }>,
): UsageMistake | undefined {
  const name = ownName(specs, token.name);
  const spec = name === undefined ? undefined : specs[name];
  const option = token.rawName;
  if (name === undefined || !spec) return { key: 'unknownOption', values: { option } };
  if (spec.type === 'boolean') {
    if (token.value !== undefined) return { key: 'noValueAllowed', values: { option } };
    record(line, name, spec, true);
    return undefined;
  }
  const value = token.value;
  if (value === undefined) return { key: 'needsValue', values: { option } };
  if (spec.choices && !spec.choices.includes(value)) {
    return { key: 'badChoice', values: { option, value, choices: spec.choices.join(', ') } };
  }
  record(line, name, spec, value);
  return undefined;
}

function record<S extends OptionSpecs>(line: CommandLine<S>, name: string, spec: OptionSpec, value: string | true) {
  const values = line.values as Record<string, string | boolean | string[] | undefined>;
  const previous = values[name];
  values[name] = spec.multiple && Array.isArray(previous) ? [...previous, String(value)] : value;
  line.given.push({ name, value });
}

function ownName(specs: OptionSpecs, written: string): string | undefined {
  if (Object.hasOwn(specs, written)) return written;
  return Object.keys(specs).find((name) => specs[name]?.aliases?.includes(written));
}

function emptyValues<S extends OptionSpecs>(specs: S): OptionValues<S> {
  const entries = Object.entries(specs).map(([name, spec]) => [
    name,
    spec.type === 'boolean' ? false : spec.multiple ? [] : undefined,
  ]);
  return Object.fromEntries(entries) as OptionValues<S>;
}

/** Our specs in util.parseArgs' shape: aliases become options of their own, mapped back by `ownName`. */
function nodeOptions(specs: OptionSpecs): NonNullable<Parameters<typeof parseArgs>[0]>['options'] {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
    for (const alias of spec.aliases ?? []) options[alias] = { type: spec.type };
  }
  return options;
}
