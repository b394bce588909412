// The `dockerfile-studio` command: dispatches to subcommands through a table of lazy imports. The entry at the end is
// the one place that reads the process (streams, environment, folder, terminals, signals); everything else gets `io`.
import { isatty } from 'node:tty';
import { version } from '../../package.json';
import { startCommand, type CommandDefinition } from './command';
import { writeLine, type CliIo, type CliSignal } from './io';
import { cliText, type CliMessageKey } from './messages';

interface SubcommandModule {
  main(argv: readonly string[], io: CliIo, inheritedLang?: string): Promise<number>;
}

interface Subcommand {
  load: () => Promise<SubcommandModule>;
  summary: CliMessageKey;
}

const commands: Record<string, Subcommand> = {
  check: { load: () => import('./check.js'), summary: 'command.check' },
  rules: { load: () => import('./rules.js'), summary: 'command.rules' },
  parse: { load: () => import('./parse.js'), summary: 'command.parse' },
  build: { load: () => import('./build.js'), summary: 'command.build' },
  run: { load: () => import('./run.js'), summary: 'command.run' },
};

const names = Object.keys(commands).join(', ');

interface DispatchArgs {
  command: Subcommand | 'help' | 'version';
  rest: string[];
  lang: string | undefined;
}

export const dispatcher: CommandDefinition<{ version: { type: 'boolean' } }, DispatchArgs> = {
  name: undefined,
  options: { version: { type: 'boolean' } },
  stopAtFirstPositional: true,
  read: ({ values, positionals: [name, ...rest] }) => {
    if (values.version) return { args: { command: 'version', rest, lang: values.lang } };
    if (name === undefined) return { mistake: (locale) => cliText(locale, 'noCommand', { names }) };
    if (name === 'help') return { args: { command: 'help', rest, lang: values.lang } };
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) return { mistake: (locale) => cliText(locale, 'unknownCommand', { command: name, names }) };
    return { args: { command, rest, lang: values.lang } };
  },
  usage: (locale, common) => {
    const list = Object.entries(commands)
      .map(([name, command]) => `  ${name.padEnd(8)} ${cliText(locale, command.summary)}`)
      .join('\n');
    return cliText(locale, 'usage.main', { commands: list, common });
  },
  usageStatus: 2,
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const started = startCommand(dispatcher, argv, io);
  if (typeof started === 'number') return started;
  const { command, rest, lang } = started.args;
  // `help [COMMAND]` is `[COMMAND] --help`.
  if (command === 'help') return main([...(lang ? ['--lang', lang] : []), ...rest, '--help'], io);
  if (command === 'version') {
    writeLine(io.stdout, `dockerfile-studio ${version}`);
    return 0;
  }
  const module = await command.load();
  return module.main(rest, io, lang);
}

function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin; // made on first use only: a run without -i starts sooner
    },
    env: process.env,
    cwd: process.cwd(),
    stdinIsTTY: isatty(0),
    stdoutIsTTY: isatty(1),
    onSignals(signals: readonly CliSignal[], handler: () => void) {
      for (const signal of signals) process.on(signal, handler);
      return () => {
        for (const signal of signals) process.removeListener(signal, handler);
      };
    },
  };
}

if (require.main === module) {
  void main(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
