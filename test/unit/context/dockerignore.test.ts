// Reading .dockerignore and matching patterns, at the level of the functions. The CLI-observed
// behaviour of whole contexts is in cases.test.ts; these tables pin the pieces it is built from.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { keepBuildFiles, parseDockerignore, PatternError, PatternMatcher } from '../../../core/ignore/dockerignore';

const PARSE_CASES = [
  { name: 'BOM only on the first line', input: '\uFEFFa\n\uFEFFb\n', want: ['a', '\uFEFFb'] },
  { name: '# is a comment only at column 0', input: '# c\n #d\n', want: ['#d'] },
  { name: 'CRLF and blank lines', input: 'a\r\n\r\n  \r\nb', want: ['a', 'b'] },
  { name: 'leading slash stripped after cleaning', input: '/a/b\n./x/../y\n//z\n/\n', want: ['a/b', 'y', 'z', '/'] },
  { name: 'spaces after ! are dropped', input: '!  /keep/me \n', want: ['!keep/me'] },
  { name: 'a lone ! is kept for the matcher to reject', input: '!\n! \n', want: ['!', '!'] },
];

void describe('parseDockerignore', () => {
  for (const c of PARSE_CASES) {
    void it(c.name, () => assert.deepEqual(parseDockerignore(c.input).patterns, c.want));
  }

  void it('keeps line numbers for messages', () => {
    assert.deepEqual(parseDockerignore('# c\n\na\n\nb\n').lines, [3, 5]);
  });
});

const MATCH_CASES = [
  { name: 'parent directory', patterns: ['a/b'], path: 'a/b/c/d', want: true },
  { name: 'later exception wins', patterns: ['*.md', '!README.md'], path: 'README.md', want: false },
  { name: 'later exclusion wins again', patterns: ['*.md', '!README.md', 'README*'], path: 'README.md', want: true },
  { name: '** matches zero folders', patterns: ['**/x'], path: 'x', want: true },
  { name: '* does not cross folders', patterns: ['*.js'], path: 'src/a.js', want: false },
  { name: 'dot is literal', patterns: ['a.b'], path: 'axb', want: false },
  { name: 'Go \\d class', patterns: ['f\\d'], path: 'f7', want: true },
];

void describe('PatternMatcher', () => {
  for (const c of MATCH_CASES) {
    void it(c.name, () => assert.equal(new PatternMatcher(c.patterns).matchesOrParentMatches(c.path), c.want));
  }

  void it('a lone ! is an error', () => {
    assert.throws(
      () => new PatternMatcher(['a', '!']),
      (err) => err instanceof PatternError && err.reason === 'lone-exclamation',
    );
  });

  void it('keeps the Dockerfile and .dockerignore only when they would be excluded', () => {
    assert.deepEqual(keepBuildFiles(['*'], 'Dockerfile'), ['*', '!.dockerignore', '!Dockerfile']);
    assert.deepEqual(keepBuildFiles(['secret'], 'Dockerfile'), ['secret']);
  });

  void it('any pattern text either compiles or fails with a PatternError, and matching never throws', () => {
    const chars = fc.constantFrom(...'ab/*?[]^!-\\.+(){}$|:dé '.split(''));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 12 }).map((a) => a.join('')),
        fc.string({ maxLength: 8 }),
        (pattern, path) => {
          let matcher: PatternMatcher;
          try {
            matcher = new PatternMatcher([pattern]);
          } catch (err) {
            return err instanceof PatternError;
          }
          matcher.matchesOrParentMatches(path || 'x');
          return true;
        },
      ),
      { numRuns: 2000 },
    );
  });
});
