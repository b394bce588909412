// What each Dockerfile instruction accepts: its flags and how many arguments, as BuildKit checks them.

export interface FlagSpec {
  /** `bool` flags may be written bare (`--link`); `value` flags need `--name=value`. */
  kind: 'bool' | 'value';
  /** May be given more than once (`--mount`, `--exclude`). */
  repeatable?: boolean;
}

export interface InstructionSpec {
  flags: Readonly<Record<string, FlagSpec>>;
  minArgs: number;
  /** BuildKit takes the rest of the line as one value, which must be a single word (`USER a b` is a mistake). */
  singleWord?: boolean;
  /** The syntax, shown in messages. */
  usage: string;
}

const value: FlagSpec = { kind: 'value' };
const repeated: FlagSpec = { kind: 'value', repeatable: true };
const bool: FlagSpec = { kind: 'bool' };
const none = {};

export const INSTRUCTIONS: Readonly<Record<string, InstructionSpec>> = {
  FROM: { flags: { platform: value }, minArgs: 1, usage: 'FROM [--platform=<platform>] <image> [AS <name>]' },
  RUN: {
    flags: { mount: repeated, network: value, security: value },
    minArgs: 1,
    usage: 'RUN <command>  or  RUN ["executable", "arg"…]',
  },
  CMD: { flags: none, minArgs: 0, usage: 'CMD ["executable", "arg"…]' },
  ENTRYPOINT: { flags: none, minArgs: 0, usage: 'ENTRYPOINT ["executable", "arg"…]' },
  LABEL: { flags: none, minArgs: 1, usage: 'LABEL <key>=<value> …' },
  MAINTAINER: { flags: none, minArgs: 1, usage: 'MAINTAINER <name>' },
  EXPOSE: { flags: none, minArgs: 1, usage: 'EXPOSE <port>[/<protocol>] …' },
  ENV: { flags: none, minArgs: 1, usage: 'ENV <key>=<value> …' },
  ADD: {
    flags: {
      chown: value,
      chmod: value,
      link: bool,
      checksum: value,
      'keep-git-dir': bool,
      exclude: repeated,
      unpack: bool,
    },
    minArgs: 2,
    usage: 'ADD [--chown=<user>] <source>… <destination>',
  },
  COPY: {
    flags: { from: value, chown: value, chmod: value, link: bool, parents: bool, exclude: repeated },
    minArgs: 2,
    usage: 'COPY [--from=<stage>] <source>… <destination>',
  },
  VOLUME: { flags: none, minArgs: 1, usage: 'VOLUME ["/path"…]' },
  USER: { flags: none, minArgs: 1, singleWord: true, usage: 'USER <user>[:<group>]' },
  WORKDIR: { flags: none, minArgs: 1, usage: 'WORKDIR /path' },
  ARG: { flags: none, minArgs: 1, usage: 'ARG <name>[=<default>] …' },
  ONBUILD: { flags: none, minArgs: 1, usage: 'ONBUILD <instruction>' },
  STOPSIGNAL: { flags: none, minArgs: 1, usage: 'STOPSIGNAL <signal>' },
  HEALTHCHECK: {
    flags: { interval: value, timeout: value, 'start-period': value, 'start-interval': value, retries: value },
    minArgs: 1,
    usage: 'HEALTHCHECK [--interval=<duration>…] CMD <command>  or  HEALTHCHECK NONE',
  },
  SHELL: { flags: none, minArgs: 1, usage: 'SHELL ["executable", "parameters"…]' },
};

export const INSTRUCTION_NAMES: readonly string[] = Object.keys(INSTRUCTIONS);

const SPECS = new Map(Object.entries(INSTRUCTIONS));

export function specOf(keyword: string): InstructionSpec | undefined {
  return SPECS.get(keyword);
}
