// A tiny shared argv parser for the subcommands: `--flag value`, `--flag=value`, repeated flags, `--`.
// Errors come back as data; `usageError` prints them with the usage text (exit status 2).

export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

export interface FlagSpec {
  /** `bool` flags take no value; `value` flags take one; `list` flags take one per use and may repeat. */
  kind: 'bool' | 'value' | 'list';
  /** The accepted values, when the set is closed. */
  choices?: readonly string[];
  /** A one-letter alias, e.g. `h` for `-h`. */
  short?: string;
}

export interface ParsedArgs {
  flags: Map<string, string[]>;
  positionals: string[];
}

export type ArgsErrorCode = 'unknownOption' | 'noValueAllowed' | 'needsValue' | 'badChoice' | 'repeated';

/** A usage mistake, as a catalog code plus the values its message needs (`option`, `value`, `choices`). */
export interface ArgsError {
  code: ArgsErrorCode;
  data: Record<string, string>;
}

export type ParseResult = { ok: true; value: ParsedArgs } | { ok: false; error: ArgsError };

function failure(code: ArgsErrorCode, option: string, extra: Record<string, string> = {}): ParseResult {
  return { ok: false, error: { code, data: { option, ...extra } } };
}

export function parseArgs(argv: readonly string[], specs: Readonly<Record<string, FlagSpec>>): ParseResult {
  const flags = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const parsed = flagParts(arg, specs);
    if (!parsed) {
      positionals.push(arg);
      continue;
    }
    const spec = specs[parsed.name];
    if (!spec) return failure('unknownOption', parsed.written);
    let value = parsed.value;
    if (spec.kind === 'bool') {
      if (value !== undefined) return failure('noValueAllowed', parsed.written);
      value = 'true';
    } else if (value === undefined) {
      value = argv[++i];
      if (value === undefined) return failure('needsValue', parsed.written);
    }
    if (spec.choices && !spec.choices.includes(value)) {
      return failure('badChoice', parsed.written, { value, choices: spec.choices.join(', ') });
    }
    const seen = flags.get(parsed.name) ?? [];
    if (seen.length > 0 && spec.kind !== 'list') return failure('repeated', parsed.written);
    flags.set(parsed.name, [...seen, value]);
  }
  return { ok: true, value: { flags, positionals } };
}

/** `--name[=value]` or `-x`; undefined for a positional (including a lone `-`). */
function flagParts(
  arg: string,
  specs: Readonly<Record<string, FlagSpec>>,
): { name: string; value?: string; written: string } | undefined {
  if (arg.startsWith('--')) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    return eq < 0 ? { name, written: arg } : { name, value: arg.slice(eq + 1), written: `--${name}` };
  }
  if (/^-[A-Za-z]$/.test(arg)) {
    const name = Object.keys(specs).find((key) => specs[key]?.short === arg.slice(1));
    return { name: name ?? arg, written: arg };
  }
  return undefined;
}

/** The last value of a flag, or the fallback. */
export function flagValue(args: ParsedArgs, name: string, fallback: string): string {
  return args.flags.get(name)?.at(-1) ?? fallback;
}

export function usageError(io: CliIo, usage: string, message: string): number {
  io.stderr.write(`dockerfile-studio: ${message}\n\n${usage}`);
  return 2;
}
