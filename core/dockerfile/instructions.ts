// The one table of Dockerfile instructions and parser directives: what each accepts (flags, arguments) and how
// completion writes it. Validation, completion and hover all read it; the texts explaining each entry are in the
// instruction-docs catalog, keyed by the entries of this table (see InstructionDocKey).
//
// The flags follow the stable channel of BuildKit's Dockerfile frontend 1.20 (BuildKit v0.26,
// frontend/dockerfile/instructions/parse.go and the RUN flag hooks): FROM --platform; RUN --mount, --network,
// --security; COPY --from, --chown, --chmod, --link, --parents, --exclude; ADD --chown, --chmod, --link,
// --keep-git-dir, --checksum, --unpack, --exclude; HEALTHCHECK --interval, --timeout, --start-period,
// --start-interval, --retries. Labs-only flags (RUN --device) are left out. Plain data: no Node APIs.

export interface FlagSpec {
  readonly name: string;
  /** `bool` flags may be written bare (`--link`); `value` flags need `--name=value`. */
  readonly kind: 'bool' | 'value';
  /** May be given more than once (`--mount`, `--exclude`). */
  readonly repeatable?: boolean;
  /** LSP snippet completion inserts after `--name=`; only `value` flags have one. */
  readonly valueSnippet?: string;
}

export interface InstructionSpec {
  readonly keyword: string;
  readonly flags: readonly FlagSpec[];
  readonly minArgs: number;
  /**
   * The arguments after the flags, for signature help: a parameter spans as many words as its label has (`[AS
   * <name>]` two), and one ending in `…` takes every word the others leave.
   */
  readonly parameters: readonly string[];
  /** BuildKit takes the rest of the line as one value, which must be a single word (`USER a b` is a mistake). */
  readonly singleWord?: boolean;
  /** The usual shape, shown in hover and in argument-count messages. */
  readonly syntax: string;
  /** LSP snippet for the whole instruction, inserted by completion. */
  readonly snippet: string;
}

export interface DirectiveSpec {
  readonly name: string;
  /** LSP snippet completion inserts after `name=`. */
  readonly snippet: string;
}

const value = <const N extends string>(name: N, valueSnippet: string) =>
  ({ name, kind: 'value', valueSnippet }) as const;
const repeated = <const N extends string>(name: N, valueSnippet: string) =>
  ({ name, kind: 'value', valueSnippet, repeatable: true }) as const;
const bool = <const N extends string>(name: N) => ({ name, kind: 'bool' }) as const;

const chown = value('chown', '${1:user}:${2:group}');
const chmod = value('chmod', '${1:0644}');
const link = bool('link');
const exclude = repeated('exclude', '${1:pattern}');

/** In completion order. */
export const INSTRUCTIONS = [
  {
    keyword: 'FROM',
    parameters: ['<image>[:<tag>]', '[AS <name>]'],
    flags: [value('platform', '${1:linux/amd64}')],
    minArgs: 1,
    syntax: 'FROM [--platform=<platform>] <image>[:<tag>] [AS <name>]',
    snippet: 'FROM ${1:alpine}:${2:latest}',
  },
  {
    keyword: 'RUN',
    parameters: ['<command>…'],
    flags: [
      repeated('mount', 'type=${1|cache,bind,secret,ssh,tmpfs|},target=${2:/path}'),
      value('network', '${1|default,none,host|}'),
      value('security', '${1|sandbox,insecure|}'),
    ],
    minArgs: 1,
    syntax: 'RUN <command>  |  RUN ["executable", "arg"…]',
    snippet: 'RUN ${1:command}',
  },
  {
    keyword: 'CMD',
    parameters: ['<command>…'],
    flags: [],
    minArgs: 0,
    syntax: 'CMD ["executable", "arg"…]  |  CMD command arg…',
    snippet: 'CMD ["${1:executable}"${2:, "${3:arg}"}]',
  },
  {
    keyword: 'LABEL',
    parameters: ['<key>=<value>…'],
    flags: [],
    minArgs: 1,
    syntax: 'LABEL <key>=<value> [<key>=<value>…]',
    snippet: 'LABEL ${1:key}="${2:value}"',
  },
  {
    keyword: 'MAINTAINER',
    parameters: ['<name>…'],
    flags: [],
    minArgs: 1,
    syntax: 'MAINTAINER <name>',
    snippet: 'MAINTAINER ${1:name}',
  },
  {
    keyword: 'EXPOSE',
    parameters: ['<port>[/<protocol>]…'],
    flags: [],
    minArgs: 1,
    syntax: 'EXPOSE <port>[/<protocol>]…',
    snippet: 'EXPOSE ${1:80}',
  },
  {
    keyword: 'ENV',
    parameters: ['<key>=<value>…'],
    flags: [],
    minArgs: 1,
    syntax: 'ENV <key>=<value> [<key>=<value>…]',
    snippet: 'ENV ${1:KEY}=${2:value}',
  },
  {
    keyword: 'ADD',
    parameters: ['<src>…', '<dest>'],
    flags: [chown, chmod, link, bool('keep-git-dir'), value('checksum', 'sha256:${1:digest}'), bool('unpack'), exclude],
    minArgs: 2,
    syntax: 'ADD [--chown=<user>:<group>] [--chmod=<perms>] <src>… <dest>',
    snippet: 'ADD ${1:source} ${2:destination}',
  },
  {
    keyword: 'COPY',
    parameters: ['<src>…', '<dest>'],
    flags: [value('from', '${1:stage}'), chown, chmod, link, bool('parents'), exclude],
    minArgs: 2,
    syntax: 'COPY [--from=<stage>] [--chown=<user>:<group>] <src>… <dest>',
    snippet: 'COPY ${1:source} ${2:destination}',
  },
  {
    keyword: 'ENTRYPOINT',
    parameters: ['<command>…'],
    flags: [],
    minArgs: 0,
    syntax: 'ENTRYPOINT ["executable", "arg"…]  |  ENTRYPOINT command arg…',
    snippet: 'ENTRYPOINT ["${1:executable}"]',
  },
  {
    keyword: 'VOLUME',
    parameters: ['<path>…'],
    flags: [],
    minArgs: 1,
    syntax: 'VOLUME ["/path"…]',
    snippet: 'VOLUME ["${1:/data}"]',
  },
  {
    keyword: 'USER',
    parameters: ['<user>[:<group>]'],
    flags: [],
    minArgs: 1,
    singleWord: true,
    syntax: 'USER <user>[:<group>]',
    snippet: 'USER ${1:user}',
  },
  {
    keyword: 'WORKDIR',
    parameters: ['<path>'],
    flags: [],
    minArgs: 1,
    syntax: 'WORKDIR /path',
    snippet: 'WORKDIR ${1:/app}',
  },
  {
    keyword: 'ARG',
    parameters: ['<name>[=<default>]…'],
    flags: [],
    minArgs: 1,
    syntax: 'ARG <name>[=<default>] …',
    snippet: 'ARG ${1:NAME}${2:=${3:default}}',
  },
  {
    keyword: 'ONBUILD',
    parameters: ['<INSTRUCTION>', '<arguments>…'],
    flags: [],
    minArgs: 1,
    syntax: 'ONBUILD <INSTRUCTION>',
    snippet: 'ONBUILD ${1:INSTRUCTION}',
  },
  {
    keyword: 'STOPSIGNAL',
    parameters: ['<signal>'],
    flags: [],
    minArgs: 1,
    syntax: 'STOPSIGNAL <signal>',
    snippet: 'STOPSIGNAL ${1:SIGTERM}',
  },
  {
    keyword: 'HEALTHCHECK',
    parameters: ['CMD|NONE', '<command>…'],
    flags: [
      value('interval', '${1:30s}'),
      value('timeout', '${1:30s}'),
      value('start-period', '${1:0s}'),
      value('start-interval', '${1:5s}'),
      value('retries', '${1:3}'),
    ],
    minArgs: 1,
    syntax: 'HEALTHCHECK [--interval=<duration>…] CMD <command>  |  HEALTHCHECK NONE',
    snippet: 'HEALTHCHECK --interval=${1:30s} CMD ${2:command}',
  },
  {
    keyword: 'SHELL',
    parameters: ['<executable>', '<parameter>…'],
    flags: [],
    minArgs: 1,
    syntax: 'SHELL ["executable", "parameters"…]',
    snippet: 'SHELL ["${1:/bin/sh}", "${2:-c}"]',
  },
] as const satisfies readonly InstructionSpec[];

export const DIRECTIVES = [
  { name: 'syntax', snippet: 'docker/dockerfile:1' },
  { name: 'escape', snippet: '`' },
  { name: 'check', snippet: 'skip=${1:RuleName}' },
] as const satisfies readonly DirectiveSpec[];

type Instruction = (typeof INSTRUCTIONS)[number];
type FlagKey<I> = I extends { keyword: infer K extends string; flags: readonly { name: infer N extends string }[] }
  ? `flag.${K}.${N}`
  : never;

/** Every key of the instruction-docs catalog: `FROM`, `flag.ADD.unpack`, `directive.escape`. */
export type InstructionDocKey =
  Instruction['keyword'] | FlagKey<Instruction> | `directive.${(typeof DIRECTIVES)[number]['name']}`;

export const INSTRUCTION_NAMES: readonly string[] = INSTRUCTIONS.map((spec) => spec.keyword);

const byKeyword = new Map<string, InstructionSpec>(INSTRUCTIONS.map((spec) => [spec.keyword, spec]));

/** The instruction named by an upper-case keyword, or undefined when it is no Dockerfile instruction. */
export function instructionSpec(keyword: string): InstructionSpec | undefined {
  return byKeyword.get(keyword);
}

export function flagSpec(keyword: string, name: string): FlagSpec | undefined {
  return instructionSpec(keyword)?.flags.find((flag) => flag.name === name);
}

/** FROM and the instructions whose arguments BuildKit expands itself; RUN, CMD and the rest leave `$X` to the shell. */
const BUILDER_EXPANDED = new Set([
  'FROM',
  'ADD',
  'ARG',
  'COPY',
  'ENV',
  'EXPOSE',
  'LABEL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/** Whether BuildKit replaces `$X` in the instruction's arguments while building (an upper-case keyword). */
export function builderExpands(keyword: string): boolean {
  return BUILDER_EXPANDED.has(keyword);
}

export function directiveSpec(name: string): DirectiveSpec | undefined {
  return DIRECTIVES.find((directive) => directive.name === name);
}

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

/** Docker's reference section for the instruction. */
export function instructionUrl(keyword: string): string {
  return `${REFERENCE}#${keyword.toLowerCase()}`;
}
