// Our port of moby/patternmatcher: .dockerignore patterns and the matching rules the docker CLI
// applies with them (last match wins, `!` exceptions, `**`, parent-directory matching).
import { cleanPath, isBadGlob, trimSpace } from './gosyntax';
import { GoRegexError, goRegexToJs } from './goregex';
import { byteString, hasEscapes, isEscape } from './names';

export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: 'lone-exclamation' | 'syntax',
    detail?: string,
  ) {
    super(
      reason === 'lone-exclamation'
        ? 'illegal exclusion pattern: "!"'
        : `syntax error in pattern ${pattern}${detail ? `: ${detail}` : ''}`,
    );
  }
}

type Matcher = (path: string) => boolean;

/** Builds patternmatcher's Go regexp source, and notes which shortcut it would use instead. */
function compile(pattern: string): Matcher {
  let re = '^';
  let kind: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  // text/scanner reads each byte that is not UTF-8 as U+FFFD, which Go's regexp matches against any such byte.
  const chars = Array.from(pattern, (ch) => (isEscape(ch.codePointAt(0) ?? 0) ? '\uFFFD' : ch));
  for (let k = 0, i = 0; k < chars.length; i++) {
    const ch = chars[k++] ?? '';
    if (ch === '*' && chars[k] === '*') {
      k++;
      if (chars[k] === '/') k++;
      if (k >= chars.length) {
        if (kind === 'exact') kind = 'prefix';
        else {
          re += '.*';
          kind = 'regexp';
        }
      } else {
        re += '(.*/)?';
        kind = 'regexp';
      }
      if (i === 0) kind = 'suffix';
    } else if (ch === '*' || ch === '?') {
      re += ch === '*' ? '[^/]*' : '[^/]';
      kind = 'regexp';
    } else if ('.+()|{}$'.includes(ch)) {
      re += '\\' + ch;
    } else if (ch === '\\') {
      if (k < chars.length) {
        re += '\\' + (chars[k++] ?? '');
        kind = 'regexp';
      } else re += '\\';
    } else if (ch === '[' || ch === ']') {
      re += ch;
      kind = 'regexp';
    } else re += ch;
  }
  switch (kind) {
    case 'exact':
      return (path) => path === pattern;
    case 'prefix':
      return affixMatcher(pattern.slice(0, -2), (path, prefix) => path.startsWith(prefix));
    case 'suffix': {
      const suffix = pattern.slice(2);
      const ends = affixMatcher(suffix, (path, end) => path.endsWith(end));
      return (path) => ends(path) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    case 'regexp': {
      const regexp = goRegexToJs(re + '$');
      return (path) => regexp.test(path);
    }
  }
}

/**
 * Go tests prefixes and suffixes byte by byte. On decoded names that is the same test, except when the affix holds
 * bytes that are not UTF-8 (it may then end inside a character of the name): compare bytes then.
 */
function affixMatcher(affix: string, test: (path: string, affix: string) => boolean): Matcher {
  if (!hasEscapes(affix)) return (path) => test(path, affix);
  const bytes = byteString(affix);
  return (path) => test(byteString(path), bytes);
}

export class Pattern {
  readonly dirs: string[];
  readonly match: Matcher;

  constructor(
    readonly cleaned: string,
    readonly exclusion: boolean,
  ) {
    this.dirs = cleaned.split('/');
    try {
      this.match = compile(cleaned);
    } catch (err) {
      if (err instanceof GoRegexError) throw new PatternError(cleaned, 'syntax', err.message);
      throw err;
    }
  }

  /** Does the pattern match one of the path's parent directories (given as path segments)? */
  matchesParent(parentDirs: string[]): boolean {
    for (let i = 1; i <= parentDirs.length; i++) {
      if (this.match(parentDirs.slice(0, i).join('/'))) return true;
    }
    return false;
  }
}

/** Per-pattern results for a directory, handed down to its children while walking. */
export type MatchInfo = readonly boolean[];

function parentDirsOf(path: string): string[] | undefined {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? undefined : path.slice(0, slash).split('/');
}

export class PatternMatcher {
  readonly patterns: Pattern[] = [];
  readonly hasExclusions: boolean;

  /** Like patternmatcher.New: trims, cleans and checks each pattern. Throws PatternError. */
  constructor(patterns: readonly string[]) {
    for (const raw of patterns) {
      let p = trimSpace(raw);
      if (p === '') continue;
      p = cleanPath(p);
      const exclusion = p.startsWith('!');
      if (exclusion) {
        if (p.length === 1) throw new PatternError(raw, 'lone-exclamation');
        p = p.slice(1);
      }
      if (isBadGlob(p)) throw new PatternError(p, 'syntax');
      this.patterns.push(new Pattern(p, exclusion));
    }
    this.hasExclusions = this.patterns.some((p) => p.exclusion);
  }

  /** MatchesOrParentMatches: is `path` excluded, testing every parent directory too? */
  matchesOrParentMatches(path: string): boolean {
    const parents = parentDirsOf(path);
    let matched = false;
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      if (pattern.match(path) || (parents !== undefined && pattern.matchesParent(parents)))
        matched = !pattern.exclusion;
    }
    return matched;
  }

  /** The deprecated Matches, which tests only the parent as deep as the pattern (the CLI still uses it). */
  matchesLegacy(path: string): boolean {
    const parents = parentDirsOf(path);
    let matched = false;
    for (const pattern of this.patterns) {
      if (pattern.exclusion !== matched) continue;
      let match = pattern.match(path);
      if (!match && parents !== undefined && pattern.dirs.length <= parents.length) {
        match = pattern.match(parents.slice(0, pattern.dirs.length).join('/'));
      }
      if (match) matched = !pattern.exclusion;
    }
    return matched;
  }

  /** MatchesUsingParentResults: the walker's matching, reusing the parent directory's results. */
  matchesUsingParentResults(path: string, parent: MatchInfo | undefined): { matched: boolean; info: boolean[] } {
    const parents = parent === undefined ? parentDirsOf(path) : undefined;
    let matched = false;
    const info = this.patterns.map((pattern, i) => {
      let match = parent?.[i] ?? false;
      if (!match) {
        if (pattern.exclusion !== matched) return false;
        match = pattern.match(path) || (parents !== undefined && pattern.matchesParent(parents));
      }
      if (match) matched = !pattern.exclusion;
      return match;
    });
    return { matched, info };
  }

  /** The walker's rule: an excluded directory is still entered when an exception names a path inside it. */
  mayContainExceptions(dir: string): boolean {
    if (!this.hasExclusions) return false;
    const dirSlash = dir + '/';
    return this.patterns.some((p) => p.exclusion && (p.cleaned + '/').startsWith(dirSlash));
  }
}

/** patternmatcher.Matches (package-level): cleans the path and never excludes the context root. */
export function legacyMatches(path: string, patterns: readonly string[]): boolean {
  const clean = cleanPath(path);
  if (clean === '.') return false;
  try {
    return new PatternMatcher(patterns).matchesLegacy(clean);
  } catch {
    return false;
  }
}
