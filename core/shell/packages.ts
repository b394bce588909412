// Package managers as the rules need them: which subcommands install, what answers "yes" for them, which options
// take a value, how a version is pinned, and what cleans their cache.
import { commandsOf, operands, subcommand, type CommandView, type OptionSpec } from './commands';
import type { Range } from '../parser/ast';
import type { AnalyzedSnippet } from './analysis';
import type { ShellWord } from './types';

export interface SystemPackageManager {
  names: readonly string[];
  /** Subcommands that install or change packages (and so may ask for confirmation). */
  installs: readonly string[];
  /** Subcommands that add packages, whose operands should carry versions. */
  adds: readonly string[];
  /** The options that answer the confirmation prompt; undefined when the tool never asks. */
  yes: { short: string; long: readonly string[] } | undefined;
  options: OptionSpec;
  pinned(operand: string): boolean;
  /** Cache directories a `rm -rf` may clean, and the subcommand that does. */
  cache: { paths: readonly string[]; clean: readonly string[] };
}

const APT: SystemPackageManager = {
  names: ['apt-get', 'apt'],
  installs: ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove', 'build-dep'],
  adds: ['install'],
  yes: { short: 'y', long: ['yes', 'assume-yes', 'force-yes'] },
  options: { short: 'octa', long: ['option', 'config-file', 'target-release', 'host-architecture'] },
  pinned: (operand) => /[=/]/.test(operand) || operand.endsWith('.deb'),
  cache: { paths: ['/var/lib/apt/lists'], clean: [] },
};

const YUM: SystemPackageManager = {
  names: ['yum', 'dnf', 'microdnf', 'tdnf'],
  installs: ['install', 'groupinstall', 'localinstall', 'reinstall', 'upgrade', 'update', 'remove', 'erase'],
  adds: ['install', 'groupinstall', 'localinstall'],
  yes: { short: 'y', long: ['assumeyes'] },
  options: { short: 'cxR', long: ['config', 'exclude', 'installroot', 'releasever', 'setopt', 'enablerepo'] },
  pinned: (operand) => /-\d/.test(operand) || operand.endsWith('.rpm') || operand.startsWith('@'),
  cache: { paths: ['/var/cache/yum', '/var/cache/dnf'], clean: ['clean'] },
};

const ZYPPER: SystemPackageManager = {
  names: ['zypper'],
  installs: ['install', 'in', 'remove', 'rm', 'update', 'up', 'dist-upgrade', 'dup', 'patch'],
  adds: ['install', 'in'],
  yes: { short: 'yn', long: ['no-confirm', 'non-interactive'] },
  options: { short: 'rtR', long: ['repo', 'type', 'root', 'from'] },
  pinned: (operand) => /[=<>]/.test(operand) || operand.endsWith('.rpm'),
  cache: { paths: ['/var/cache/zypp'], clean: ['clean', 'cc'] },
};

const APK: SystemPackageManager = {
  names: ['apk'],
  installs: ['add'],
  adds: ['add'],
  yes: undefined,
  options: { short: 'Xtp', long: ['repository', 'virtual', 'root', 'repositories-file', 'keys-dir', 'arch'] },
  pinned: (operand) => /[=<>~]/.test(operand) || operand.endsWith('.apk'),
  cache: { paths: ['/var/cache/apk'], clean: [] },
};

export const SYSTEM_PACKAGE_MANAGERS: readonly SystemPackageManager[] = [APT, YUM, ZYPPER, APK];

function packageManagerOf(name: string | undefined): SystemPackageManager | undefined {
  return name === undefined ? undefined : SYSTEM_PACKAGE_MANAGERS.find((manager) => manager.names.includes(name));
}

/** `apt-get -q install -y curl` → `install` and the words after it. */
function packageSubcommand(view: CommandView, manager: SystemPackageManager) {
  return subcommand(view.args, manager.options);
}

/** A command a system package manager runs, with its subcommand: `apt-get -q install -y curl`. */
export interface PackageCommand {
  snippet: AnalyzedSnippet;
  view: CommandView;
  manager: SystemPackageManager;
  /** The subcommand (`install`) and the words after it. */
  sub: { word: ShellWord; rest: ShellWord[] };
}

const NO_PACKAGE_COMMANDS: readonly PackageCommand[] = [];

/** The snippets' commands that run a system package manager with a subcommand, in order (kept: see `SnippetGroup`). */
export function packageCommands(snippets: readonly AnalyzedSnippet[]): readonly PackageCommand[] {
  const group = snippets[0]?.group;
  if (!group) return NO_PACKAGE_COMMANDS;
  if (group.parts !== snippets) return listPackageCommands(snippets);
  return (group.packages ??= listPackageCommands(snippets));
}

function listPackageCommands(snippets: readonly AnalyzedSnippet[]): readonly PackageCommand[] {
  const commands: PackageCommand[] = [];
  for (const [snippet, view] of commandsOf(snippets)) {
    const manager = packageManagerOf(view.name);
    const sub = manager && packageSubcommand(view, manager);
    if (manager && sub) commands.push({ snippet, view, manager, sub });
  }
  return commands.length === 0 ? NO_PACKAGE_COMMANDS : commands;
}

/** Where findings about a package command point: its name through its subcommand (`apt-get install`). */
export function packageCommandRange({ snippet, view, sub }: PackageCommand): Range {
  return snippet.text.range(view.nameWord.start, sub.word.end);
}

/** How messages quote a package command: `apt-get install`. */
export function packageCommandText({ view, sub }: PackageCommand): string {
  return `${view.name} ${sub.word.text}`;
}

/** The packages named by an install: operands after the subcommand, variables included. */
export function packageOperands(rest: ShellWord[], manager: SystemPackageManager): ShellWord[] {
  return operands(rest, manager.options);
}

/** The instruction's snippets clean the manager's cache (its clean subcommand or `rm` of its cache directory). */
export function cleansCache(snippets: readonly AnalyzedSnippet[], manager: SystemPackageManager): boolean {
  for (const [, view] of commandsOf(snippets)) {
    if (view.name === 'rm' && view.args.some((arg) => manager.cache.paths.some((path) => arg.text.startsWith(path))))
      return true;
    if (!manager.names.includes(view.name ?? '')) continue;
    const sub = packageSubcommand(view, manager);
    if (sub && manager.cache.clean.includes(sub.word.value ?? '')) return true;
  }
  return false;
}

/** The RUN has a cache mount on one of the manager's cache directories, so nothing stays in the image. */
export function mountsCache(flags: readonly { name: string; value: string | undefined }[], paths: readonly string[]) {
  return flags.some(
    (flag) =>
      flag.name === 'mount' &&
      /(^|,)type=cache(,|$)/.test(flag.value ?? '') &&
      paths.some((path) => new RegExp(`(^|,)(target|dst|destination)=${path}/?(,|$)`).test(flag.value ?? '')),
  );
}
