// Names that are not UTF-8 (`caf\xe9.txt`): held without loss, matched by .dockerignore as Go matches bytes, and
// written into the tar as raw bytes as Go's archive/tar writes them. What the docker CLI does with each was recorded
// from its upload (the cases in cases.ts; test/engine/context/cli-parity.test.ts compares the bytes live).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeName, displayName, encodeName } from '../../../core/ignore/names';
import { PatternError, PatternMatcher } from '../../../core/ignore/patterns';
import { encodeHeader } from '../../../client/context/tar-header.js';
import { packContext } from '../../../client/context/pack.js';
import { makeContext } from './fixture.js';
import { tarEntries } from './tar-entries.js';

const bytes = (latin1: string): Uint8Array => Uint8Array.from(Buffer.from(latin1, 'latin1'));

void describe('names as bytes', () => {
  void it('any bytes decode and encode back to the same bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (raw) => {
        assert.deepEqual(encodeName(decodeName(raw)), raw);
      }),
      { numRuns: 2000 },
    );
  });

  void it('UTF-8 decodes as usual, a leading BOM included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        assert.equal(decodeName(new TextEncoder().encode(text)), text);
      }),
    );
    assert.equal(decodeName(bytes('\xef\xbb\xbfa')), '\uFEFFa');
  });

  void it('each byte Go cannot decode is one character, as utf8.DecodeRune reads them', () => {
    assert.equal(decodeName(bytes('x\xf0\x9f\x98.txt')).length, 8, 'a cut 4-byte character is 3 bytes, not 1');
    assert.equal(decodeName(bytes('\xed\xa0\x80')).length, 3, 'an encoded surrogate is not UTF-8');
    assert.equal(decodeName(bytes('\xc0\xaf')).length, 2, 'an overlong form is not UTF-8');
    assert.equal(displayName(decodeName(bytes('caf\xe9.txt'))), 'caf\\xe9.txt');
  });

  void it('.dockerignore matches them as Go does (recorded from the docker CLI)', () => {
    const name = decodeName(bytes('caf\xe9.txt'));
    const matches = (pattern: string, path: string): boolean =>
      new PatternMatcher([decodeName(bytes(pattern))]).matchesOrParentMatches(decodeName(bytes(path)));
    assert.ok(matches('caf?.txt', 'caf\xe9.txt'), '? is one character');
    assert.ok(matches('caf\xe9.txt', 'caf\xe9.txt') && !matches('caf\xe9.txt', 'caf\xff.txt'), 'exact: by bytes');
    assert.ok(matches('caf\xe9*', 'caf\xff.txt'), 'in a regexp, a byte that is not UTF-8 is U+FFFD: any such byte');
    assert.ok(matches('caf\xef\xbf\xbd*', 'caf\xe9.txt') && !matches('caf\xe9*', 'cafe.txt'));
    assert.ok(matches('x???.txt', 'x\xf0\x9f\x98.txt') && !matches('x?.txt', 'x\xf0\x9f\x98.txt'));
    assert.ok(matches('**\xa9.txt', 'caf\xc3\xa9.txt'), 'a suffix is compared by bytes, even inside a character');
    assert.ok(matches('caf\xc3**', 'caf\xc3\xa9.txt'), 'and so is a prefix');
    assert.ok(new PatternMatcher(['caf[^a].txt']).matchesOrParentMatches(name));
    assert.throws(() => new PatternMatcher([decodeName(bytes('caf[\xe9].txt'))]), PatternError);
  });

  void it('headers hold the raw bytes in a PAX path record and the ASCII rest in the USTAR name, as Go writes', () => {
    const header = encodeHeader({
      name: decodeName(bytes('caf\xe9.txt')),
      type: 'file',
      mode: 0o644,
      size: 1,
      mtime: 0,
    });
    assert.equal(header.length, 3 * 512);
    assert.equal(header.subarray(0, 20).toString('latin1'), 'PaxHeaders.0/caf.txt');
    assert.equal(header.subarray(512, 512 + 17).toString('latin1'), '17 path=caf\xe9.txt\n');
    assert.equal(header.subarray(1024, 1024 + 8).toString('latin1'), 'caf.txt\0');
  });

  // Regression: a file named caf\xe9.txt was reported as "changed or was removed", then the build crashed.
  void it('a context with such names packs them under their own bytes', async () => {
    const fx = makeContext({
      Dockerfile: 'FROM scratch\n',
      [decodeName(bytes('caf\xe9.txt'))]: 'e9',
      [decodeName(bytes('d\xff/inner'))]: 'ff',
      link: { symlink: decodeName(bytes('caf\xe9.txt')) },
    });
    try {
      const entries = await tarEntries(packContext({ contextDir: fx.contextDir }).stream);
      assert.deepEqual(
        entries.map((e) => [displayName(e.name), e.content ?? displayName(e.linkname)]),
        [
          ['Dockerfile', 'FROM scratch\n'],
          ['caf\\xe9.txt', 'e9'],
          ['d\\xff/', ''],
          ['d\\xff/inner', 'ff'],
          ['link', 'caf\\xe9.txt'],
        ],
      );
    } finally {
      fx.cleanup();
    }
  });
});
