// Which shell runs a stage's snippets: BuildKit's default `/bin/sh -c`, or what SHELL sets. Windows images and
// shells we do not parse (PowerShell, cmd, zsh …) are left alone rather than guessed at.
import type { Dialect } from './types';

export interface StageShell {
  /** undefined: not a shell we analyse. */
  dialect: Dialect | undefined;
  /** `-o pipefail` is among the SHELL's options. */
  pipefail: boolean;
  /** The base image's /bin/sh is busybox ash (Alpine, busybox), not dash. */
  ash: boolean;
  /** A Windows base image: nothing in it is analysed, whatever SHELL says. */
  windows: boolean;
}

const POSIX_SHELLS = new Set(['sh', 'dash', 'ash']);

/** The default for a stage built on `image`. */
export function defaultShell(image: string): StageShell {
  const windows = /windows|nanoserver|servercore/i.test(image);
  return { dialect: windows ? undefined : 'sh', pipefail: false, ash: /alpine|busybox/i.test(image), windows };
}

/** The shell after `SHELL ["…", …]` (JSON form, the only one BuildKit accepts). */
export function shellFromInstruction(args: readonly string[], current: StageShell): StageShell {
  if (current.windows) return current;
  return { ...current, dialect: dialectOf(args), pipefail: hasPipefail(args) };
}

/** `#!/bin/bash`, `#!/usr/bin/env sh` → the dialect; undefined for another interpreter. */
export function shebangDialect(line: string): Dialect | undefined {
  const words = line.slice(2).trim().split(/\s+/);
  return dialectOf(words);
}

function dialectOf(command: readonly string[]): Dialect | undefined {
  let name = basename(command[0] ?? '');
  if (name === 'env') name = basename(command.slice(1).find((word) => !word.startsWith('-')) ?? '');
  if (name === 'bash') return 'bash';
  return POSIX_SHELLS.has(name) ? 'sh' : undefined;
}

function basename(path: string): string {
  return (path.split(/[\\/]/).pop() ?? '').replace(/\.exe$/i, '').toLowerCase();
}

/** `-o pipefail`, or `-o` inside a cluster of short options: `-euxo pipefail`. */
function hasPipefail(args: readonly string[]): boolean {
  return args.some((arg, i) => /^-[a-z]*o[a-z]*$/i.test(arg) && args[i + 1] === 'pipefail');
}
