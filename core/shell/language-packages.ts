// Language package installers as the rules need them: pip, npm, gem and `go install`, what they install and whether
// each package carries a version.
import { operands, subcommand, type CommandView, type OptionSpec } from './commands';
import type { ShellWord } from './types';

export interface LanguageInstall {
  tool: 'pip' | 'npm' | 'gem' | 'go';
  /** The `install` word. */
  subcommand: ShellWord;
  /** The words after it. */
  rest: ShellWord[];
  /** The packages named without a version. */
  unpinned: ShellWord[];
}

const PIP_OPTIONS: OptionSpec = {
  short: 'rcietf',
  long: ['requirement', 'constraint', 'editable', 'index-url', 'extra-index-url', 'find-links', 'target', 'prefix'],
};
const NPM_OPTIONS: OptionSpec = { long: ['registry', 'prefix', 'cache', 'omit', 'include', 'tag'] };
const GEM_OPTIONS: OptionSpec = { short: 'vis', long: ['version', 'install-dir', 'source', 'bindir', 'platform'] };

/** A path, URL, archive or VCS reference: it names what it installs exactly. */
const LOCATION = /^(\.|\/|~|[a-z+]+:|git@)|\.(whl|tar\.gz|tgz|zip|gem)$/i;

/** `pip install x`, `python -m pip install x`, `npm i x`, `gem install x`, `go install x@v1`. */
export function languageInstall(view: CommandView): LanguageInstall | undefined {
  const name = view.name ?? '';
  if (/^pip[\d.]*$/.test(name)) return pip(view.args);
  if (/^python[\d.]*$/.test(name) && view.args[0]?.value === '-m' && view.args[1]?.value === 'pip') {
    return pip(view.args.slice(2));
  }
  if (name === 'npm') return npm(view.args);
  if (name === 'gem') return gem(view.args);
  if (name === 'go') return goInstall(view.args);
  return undefined;
}

function pip(args: ShellWord[]): LanguageInstall | undefined {
  const sub = subcommand(args, PIP_OPTIONS);
  if (sub?.word.value !== 'install') return undefined;
  const unpinned = operands(sub.rest, PIP_OPTIONS).filter((word) => !/[=<>~!@$]/.test(word.text) && !isLocation(word));
  return { tool: 'pip', subcommand: sub.word, rest: sub.rest, unpinned };
}

function npm(args: ShellWord[]): LanguageInstall | undefined {
  const sub = subcommand(args, NPM_OPTIONS);
  if (!['install', 'i', 'add'].includes(sub?.word.value ?? '') || !sub) return undefined;
  const versioned = (text: string): boolean => text.slice(1).includes('@') || text.includes('$');
  const unpinned = operands(sub.rest, NPM_OPTIONS).filter((word) => !versioned(word.text) && !isLocation(word));
  return { tool: 'npm', subcommand: sub.word, rest: sub.rest, unpinned };
}

function gem(args: ShellWord[]): LanguageInstall | undefined {
  const sub = subcommand(args, GEM_OPTIONS);
  if (sub?.word.value !== 'install') return undefined;
  const hasVersion = sub.rest.some((word) => /^(-v|--version)(=|$)/.test(word.text));
  const unpinned = hasVersion
    ? []
    : operands(sub.rest, GEM_OPTIONS).filter((word) => !/[:$]/.test(word.text) && !isLocation(word));
  return { tool: 'gem', subcommand: sub.word, rest: sub.rest, unpinned };
}

function goInstall(args: ShellWord[]): LanguageInstall | undefined {
  const sub = subcommand(args);
  if (sub?.word.value !== 'install') return undefined;
  const pinned = (text: string): boolean => (text.includes('@') && !text.endsWith('@latest')) || text.includes('$');
  const unpinned = operands(sub.rest).filter((word) => !pinned(word.text) && !word.text.startsWith('.'));
  return { tool: 'go', subcommand: sub.word, rest: sub.rest, unpinned };
}

function isLocation(word: ShellWord): boolean {
  return LOCATION.test(word.value ?? word.text);
}
