// The command line of `dockerfile-studio run`, read as `docker run` reads it: options before IMAGE, and everything
// after IMAGE is the container's command, its own flags included (`run -e A=1 img sh -c 'echo -n x'`).
import type { PullPolicy } from '../engine/build-request';
import type { Ulimit } from '../engine/containers';
import { DEFAULT_TIMEOUTS, secondsText } from '../engine/timeouts';
import type { CommandDefinition, Mistake } from './command';
import type { CliIo } from './io';
import { runText } from './run-messages';

const OPTIONS = {
  rm: { type: 'boolean' },
  keep: { type: 'boolean' },
  env: { type: 'string', short: 'e', multiple: true },
  publish: { type: 'string', short: 'p', multiple: true },
  volume: { type: 'string', short: 'v', multiple: true },
  network: { type: 'string', aliases: ['net'] },
  label: { type: 'string', short: 'l', multiple: true },
  interactive: { type: 'boolean', short: 'i' },
  tty: { type: 'boolean', short: 't' },
  ulimit: { type: 'string', multiple: true },
  'stop-timeout': { type: 'string' },
  host: { type: 'string', short: 'H' },
  pull: { type: 'string', choices: ['missing', 'always', 'never'] },
} as const;

export interface RunArgs {
  image: string;
  cmd: string[];
  keep: boolean;
  env: string[];
  ports: string[];
  volumes: string[];
  ulimits: Ulimit[];
  labels: Record<string, string>;
  network: string | undefined;
  interactive: boolean;
  tty: boolean;
  stopTimeout: number | undefined;
  host: string | undefined;
  pull: PullPolicy;
}

const mistake = (key: 'missingImage' | 'badEnv' | 'badUlimit' | 'badTimeout' | 'notATty', value = ''): Mistake => ({
  mistake: (locale) => runText(locale, key, { value }),
});

export const runCommand: CommandDefinition<typeof OPTIONS, RunArgs> = {
  name: 'run',
  options: OPTIONS,
  stopAtFirstPositional: true,
  read: ({ values, given, positionals: [image, ...cmd] }, io) => {
    const badEnv = values.env.find((value) => value === '' || value.startsWith('='));
    if (badEnv !== undefined) return mistake('badEnv', badEnv);
    const badUlimit = values.ulimit.find((value) => !parseUlimit(value));
    if (badUlimit !== undefined) return mistake('badUlimit', badUlimit);
    const timeout = values['stop-timeout'];
    if (timeout !== undefined && !/^\d+$/.test(timeout)) return mistake('badTimeout', timeout);
    if (!image) return mistake('missingImage');
    if (values.interactive && values.tty && !io.stdinIsTTY) return mistake('notATty');
    return {
      args: {
        image,
        cmd,
        keep: given.filter((option) => option.name === 'rm' || option.name === 'keep').at(-1)?.name === 'keep',
        env: values.env.flatMap((value) => passedEnv(value, io.env)),
        ports: values.publish,
        volumes: values.volume,
        ulimits: values.ulimit.flatMap((value) => parseUlimit(value) ?? []),
        labels: Object.fromEntries(values.label.map(labelEntry)),
        network: values.network,
        interactive: values.interactive,
        tty: values.tty,
        stopTimeout: timeout === undefined ? undefined : Number(timeout),
        host: values.host,
        pull: (values.pull ?? 'missing') as PullPolicy,
      },
    };
  },
  usage: (locale, common) =>
    runText(locale, 'usage', {
      common,
      connect: secondsText(DEFAULT_TIMEOUTS.connectMs),
      response: secondsText(DEFAULT_TIMEOUTS.responseMs),
    }),
  usageStatus: 125,
};

/** `-e NAME=value`, or `-e NAME` to pass our own value of NAME (left out when we have none), as docker does. */
function passedEnv(value: string, env: CliIo['env']): string[] {
  if (value.includes('=')) return [value];
  const ours = env[value];
  return ours === undefined ? [] : [`${value}=${ours}`];
}

/** `KEY=VALUE`, or `KEY` for an empty value, as docker reads `--label`. */
export function labelEntry(value: string): [string, string] {
  const eq = value.indexOf('=');
  return eq === -1 ? [value, ''] : [value.slice(0, eq), value.slice(eq + 1)];
}

function parseUlimit(value: string): Ulimit | undefined {
  const match = /^([a-z]+)=(\d+)(?::(\d+))?$/.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  const soft = Number(match[2]);
  return { name: match[1], soft, hard: match[3] ? Number(match[3]) : soft };
}
