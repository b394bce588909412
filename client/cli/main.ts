// The `dockerfile-studio` command: dispatches to subcommands through a table of lazy imports.
import { resolveLocale } from '../../core/l10n';
import { cliMessage, environmentLocale, type CliMessageKey } from './messages';
import { usageError, type CliIo } from './args';

interface Subcommand {
  main(argv: string[], io: CliIo): Promise<number>;
}

const commands: Record<string, { load: () => Promise<Subcommand>; summary: CliMessageKey }> = {
  build: { load: () => import('./build.js'), summary: 'command.build' },
  check: { load: () => import('./check.js'), summary: 'command.check' },
  parse: { load: () => import('./parse.js'), summary: 'command.parse' },
  run: { load: () => import('./run.js'), summary: 'command.run' },
};

export async function main(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const locale = resolveLocale(environmentLocale(env));
  const list = Object.entries(commands)
    .map(([name, command]) => `  ${name.padEnd(8)} ${cliMessage(locale, command.summary)}`)
    .join('\n');
  const usage = cliMessage(locale, 'usage.main', { commands: list });
  const [name, ...rest] = argv;
  if (name === undefined) return usageError(io, usage, cliMessage(locale, 'noCommand'));
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) return usageError(io, usage, cliMessage(locale, 'unknownCommand', { command: name }));
  const module = await command.load();
  return module.main(rest, io);
}

if (require.main === module) {
  void main(process.argv.slice(2), process).then((code) => {
    process.exitCode = code;
  });
}
