// Reading `.dockerignore` the way the docker CLI does (moby/patternmatcher's ignorefile), and the
// CLI's rule that the Dockerfile and `.dockerignore` are always sent.
import { cleanPath, trimSpace } from './gosyntax';
import { legacyMatches, PatternError, PatternMatcher } from './patterns';

export { PatternError, PatternMatcher } from './patterns';

export interface IgnoreFile {
  /** Patterns in file order, as the CLI hands them to the matcher. */
  patterns: string[];
  /** The 1-based line of each pattern, for messages. */
  lines: number[];
}

const BOM = '\uFEFF';

/** Parses `.dockerignore` text: BOM stripped, `#` comments only at column 0, paths cleaned, leading `/` dropped. */
export function parseDockerignore(text: string): IgnoreFile {
  const patterns: string[] = [];
  const lines: number[] = [];
  const rows = text.split('\n');
  if (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
  rows.forEach((row, index) => {
    let line = row.endsWith('\r') ? row.slice(0, -1) : row;
    if (index === 0 && line.startsWith(BOM)) line = line.slice(1);
    if (line.startsWith('#')) return;
    let pattern = trimSpace(line);
    if (pattern === '') return;
    const invert = pattern.startsWith('!');
    if (invert) pattern = trimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(invert ? '!' + pattern : pattern);
    lines.push(index + 1);
  });
  return { patterns, lines };
}

/**
 * Appends `!.dockerignore` and `!<dockerfile>` when the patterns would exclude them, as the CLI does,
 * so both always reach the engine (which drops them again after reading them).
 */
export function keepBuildFiles(patterns: readonly string[], dockerfile: string): string[] {
  const out = [...patterns];
  if (legacyMatches('.dockerignore', out)) out.push('!.dockerignore');
  if (legacyMatches(dockerfile, out)) out.push('!' + dockerfile);
  return out;
}

/** Where a pattern came from, for error messages. */
export function lineOfPattern(file: IgnoreFile, err: PatternError): number | undefined {
  const index = file.patterns.findIndex((p) => p === err.pattern || cleanPath(p.replace(/^!/, '')) === err.pattern);
  return index < 0 ? undefined : file.lines[index];
}

/** The matcher for a context: `.dockerignore` patterns plus the build files kept. Throws PatternError. */
export function contextMatcher(file: IgnoreFile, dockerfile: string): PatternMatcher {
  return new PatternMatcher(keepBuildFiles(file.patterns, dockerfile));
}
