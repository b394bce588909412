// Questions rules ask about a command: its name without a path, what runs under `sudo`/`env`/`exec`, its options
// (short ones may be clustered: `-qy`), its subcommand and the operands after it.
import type { AnalyzedSnippet } from './analysis';
import type { ShellCommand, ShellScript, ShellWord } from './types';

/** A command as it runs: `sudo -E apt-get install x` is `apt-get` with `install x`. */
export interface CommandView {
  /** The program's name without its directory: `/usr/bin/pip3` → `pip3`; undefined when not a literal. */
  name: string | undefined;
  nameWord: ShellWord;
  args: ShellWord[];
  command: ShellCommand;
}

/** What options take a value, so that value is not taken for an operand. */
export interface OptionSpec {
  /** Short options followed by a value: `o` for `-o value`. */
  short?: string;
  /** Long options followed by a value when written without `=`: `target-release`. */
  long?: readonly string[];
}

/** Programs that run the command after them; each with the options that take a value. */
const WRAPPERS: Record<string, OptionSpec> = {
  sudo: { short: 'ugCDhprTU', long: ['user', 'group', 'host', 'prompt', 'role', 'type', 'chdir'] },
  env: { short: 'uSC', long: ['unset', 'chdir', 'split-string'] },
  exec: { short: 'a' },
  command: {},
  nohup: {},
  nice: { short: 'n', long: ['adjustment'] },
  time: {},
};

export function baseName(word: ShellWord): string | undefined {
  return word.value?.split('/').pop();
}

/** The command that actually runs, past any wrappers. */
export function unwrap(command: ShellCommand): CommandView {
  let nameWord = command.name;
  let args = command.args;
  for (let depth = 0; depth < 4; depth++) {
    const wrapper = baseName(nameWord) ?? '';
    const spec = Object.hasOwn(WRAPPERS, wrapper) ? WRAPPERS[wrapper] : undefined;
    if (!spec) break;
    const rest = skipOptions(args, spec, wrapper === 'env');
    const next = rest[0];
    if (!next) break;
    nameWord = next;
    args = rest.slice(1);
  }
  return { name: baseName(nameWord), nameWord, args, command };
}

/** The words after the leading options (and, for `env`, the NAME=value pairs). */
function skipOptions(args: ShellWord[], spec: OptionSpec, assignments: boolean): ShellWord[] {
  let i = 0;
  while (i < args.length) {
    const text = (args[i] as ShellWord).text;
    if (text === '--') return args.slice(i + 1);
    if (assignments && /^\w+=/.test(text)) i++;
    else if (text.startsWith('-') && text.length > 1) i += takesValue(text, spec) ? 2 : 1;
    else break;
  }
  return args.slice(i);
}

/** `-o` with its value in the next word (not `-ovalue`), or `--long` without `=`. */
function takesValue(option: string, spec: OptionSpec): boolean {
  if (option.startsWith('--')) return !option.includes('=') && (spec.long ?? []).includes(option.slice(2));
  const last = option[option.length - 1] ?? '';
  return option.length === 2 && (spec.short ?? '').includes(last);
}

/** Has `-y` (also inside `-qy`) or one of the long forms (`--yes`, `--yes=true`). */
export function hasOption(args: readonly ShellWord[], short: string, long: readonly string[] = []): boolean {
  return args.some(({ text }) => {
    if (text.startsWith('--')) return long.includes(text.slice(2).split('=')[0] ?? '');
    return short !== '' && /^-[A-Za-z]+$/.test(text) && [...short].some((letter) => text.includes(letter));
  });
}

/** The first operand (a word that is not an option nor an option's value) and what follows it. */
export function subcommand(
  args: ShellWord[],
  spec: OptionSpec = {},
): { word: ShellWord; rest: ShellWord[] } | undefined {
  const operands = operandIndexes(args, spec);
  const first = operands[0];
  return first === undefined ? undefined : { word: args[first] as ShellWord, rest: args.slice(first + 1) };
}

/** The operands among `args`: not options, not the values of options that take one. */
export function operands(args: ShellWord[], spec: OptionSpec = {}): ShellWord[] {
  return operandIndexes(args, spec).map((i) => args[i] as ShellWord);
}

function operandIndexes(args: ShellWord[], spec: OptionSpec): number[] {
  const found: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const text = (args[i] as ShellWord).text;
    if (text === '--') {
      for (let j = i + 1; j < args.length; j++) found.push(j);
      break;
    }
    if (text.startsWith('-') && text.length > 1) {
      if (takesValue(text, spec)) i++;
      continue;
    }
    found.push(i);
  }
  return found;
}

// Rules ask the same questions of the same snippets: the answers are kept with the instruction's snippets (see
// `SnippetGroup`) and per script, both kept across validations while the instruction is.
const scriptViews = new WeakMap<ShellScript, CommandView[]>();
const NO_COMMANDS: readonly [AnalyzedSnippet, CommandView][] = [];

/** Every command of the snippets with the command that runs, in order. */
export function commandsOf(snippets: readonly AnalyzedSnippet[]): readonly [AnalyzedSnippet, CommandView][] {
  const group = snippets[0]?.group;
  if (!group) return NO_COMMANDS;
  if (group.parts !== snippets) return listCommands(snippets);
  return (group.commands ??= listCommands(snippets));
}

function listCommands(snippets: readonly AnalyzedSnippet[]): [AnalyzedSnippet, CommandView][] {
  const found: [AnalyzedSnippet, CommandView][] = [];
  for (const snippet of snippets) for (const view of viewsOf(snippet.script)) found.push([snippet, view]);
  return found;
}

function viewsOf(script: ShellScript): CommandView[] {
  let views = scriptViews.get(script);
  if (!views) {
    views = script.commands.map(unwrap);
    scriptViews.set(script, views);
  }
  return views;
}
