// Build-context cases: a folder, its .dockerignore, and what the docker CLI sends for it.
//
// Every `want` below was recorded from the real docker CLI 28.2.2 (legacy builder), not written by
// hand: `node --import tsx test/engine/context/support/record-cases.ts` runs
// `DOCKER_BUILDKIT=0 docker build [-f F] ctx` against a stand-in engine for each case and prints the
// tar entries it uploaded. test/engine/context/cli-parity.test.ts re-checks them against the CLI.
import type { ContextErrorKind } from '../../../client/context/errors.js';
import type { FileSpec } from './fixture.js';

export interface ContextCase {
  name: string;
  files: Record<string, FileSpec>;
  /** `-f`, relative to the context folder. */
  dockerfile?: string;
  /** Tar entries in order (see describeEntry), or our error kind and the CLI's message for the same input. */
  want: string[] | { error: ContextErrorKind; cli: string };
  /** The `dockerfile` query parameter the CLI sent, when not `Dockerfile`. */
  wantDockerfile?: string;
  /** The `.dockerignore` the CLI sent, when it rewrote it. */
  wantDockerignore?: string;
  /** The CLI appends these last entries in random (Go map) order. */
  unorderedTail?: number;
}

const DF = 'FROM scratch\n';

/** Names that differ in one byte: not UTF-8 (0xe9, 0xff), U+FFFD itself, é, a cut 4-byte character, a whole one. */
const ODD_BYTES = {
  'caf\udce9.txt': 'e9',
  'caf\udcff.txt': 'ff',
  'caf\ufffd.txt': 'fffd',
  'cafe.txt': 'e',
  'café.txt': 'é',
  'x\udcf0\udc9f\udc98.txt': 'cut',
  'x😀.txt': 'whole',
};

export const CASES: ContextCase[] = [
  {
    name: 'no .dockerignore: everything, with empty dirs, symlinks in and out, hard links, odd names',
    files: {
      Dockerfile: DF,
      'a.txt': 'a',
      empty: { dir: true },
      'sub/deep/x': 'x',
      'in-link': { symlink: 'a.txt' },
      'out-link': { symlink: '../outside.txt' },
      'abs-link': { symlink: '/etc/passwd' },
      'dir-link': { symlink: 'sub' },
      hard: { hardlink: 'a.txt' },
      'with space.txt': 's',
      'é 한글.txt': 'u',
      '# hash': 'h',
      '../outside.txt': 'o',
      'x-only': { text: 'x', mode: 0o711 },
    },
    want: [
      '# hash',
      'Dockerfile',
      'a.txt',
      'abs-link -> /etc/passwd',
      'dir-link -> sub',
      'empty/',
      'hard => a.txt',
      'in-link -> a.txt',
      'out-link -> ../outside.txt',
      'sub/',
      'sub/deep/',
      'sub/deep/x',
      'with space.txt',
      'x-only',
      'é 한글.txt',
    ],
  },
  {
    name: 'last match wins',
    files: {
      Dockerfile: DF,
      '.dockerignore': '*.txt\n!a.txt\n!b.txt\nb.txt\n',
      'a.txt': 'a',
      'b.txt': 'b',
      'c.txt': 'c',
      'd.md': 'd',
    },
    want: ['.dockerignore', 'Dockerfile', 'a.txt', 'd.md'],
  },
  {
    name: 'double star at start, middle and end',
    files: {
      Dockerfile: DF,
      '.dockerignore': '**/*.tmp\nlogs/**\ndocs/**/draft.md\n**\n!keep/**\n',
      'a.tmp': '1',
      'x/b.tmp': '2',
      'x/y/c.tmp': '3',
      'logs/l1': 'l',
      'docs/draft.md': 'd',
      'docs/v1/draft.md': 'd',
      'docs/final.md': 'f',
      'keep/k.tmp': 'k',
      'keep/sub/k2': 'k',
    },
    want: ['.dockerignore', 'Dockerfile', 'keep/k.tmp', 'keep/sub/', 'keep/sub/k2'],
  },
  {
    name: 'double star suffix and prefix forms',
    files: {
      Dockerfile: DF,
      '.dockerignore': '**/node_modules\ncache**\n**.bak\n',
      'node_modules/m.js': 'm',
      'app/node_modules/n.js': 'n',
      cache: 'c',
      'cache2/x': 'c',
      'cachedir/y': 'y',
      'a.bak': 'b',
      'deep/b.bak': 'b',
      'keep.js': 'k',
    },
    want: ['.dockerignore', 'Dockerfile', 'app/', 'deep/', 'keep.js'],
  },
  {
    name: 'leading slash stripped and paths cleaned',
    files: {
      Dockerfile: DF,
      '.dockerignore': '/secret\n./build/../secret2\nsub//x\nsub2/\n/\n  spaced  \n',
      secret: 's',
      secret2: 's',
      'sub/x': 'x',
      'sub/y': 'y',
      'sub2/z': 'z',
      spaced: 's',
      other: 'o',
    },
    want: ['.dockerignore', 'Dockerfile', 'other', 'sub/', 'sub/y'],
  },
  {
    name: 'comments only at column 0, CRLF line ends',
    files: {
      Dockerfile: DF,
      '.dockerignore': '# drop.txt\r\n #hash\r\ndrop2.txt\r\n',
      'drop.txt': 'd',
      '#hash': 'h',
      'drop2.txt': 'd',
      '# drop.txt': 'c',
    },
    want: ['# drop.txt', '.dockerignore', 'Dockerfile', 'drop.txt'],
  },
  {
    name: 'BOM stripped from the first line',
    files: {
      Dockerfile: DF,
      '.dockerignore': '\uFEFFsecret\n\uFEFFsecond\n',
      secret: 's',
      second: 's',
      '\uFEFFsecond': 'b',
    },
    want: ['.dockerignore', 'Dockerfile', 'second'],
  },
  {
    name: 'parent directory matching excludes children',
    files: {
      Dockerfile: DF,
      '.dockerignore': 'sub\n*/deep\nlevel1/level2/level3\n',
      'sub/a': 'a',
      'sub/deep/b': 'b',
      'other/deep/c': 'c',
      'other/shallow/d': 'd',
      'level1/level2/level3/level4/e': 'e',
      'level1/level2/f': 'f',
    },
    want: [
      '.dockerignore',
      'Dockerfile',
      'level1/',
      'level1/level2/',
      'level1/level2/f',
      'other/',
      'other/shallow/',
      'other/shallow/d',
    ],
  },
  {
    name: 'literal exception re-enters an excluded directory',
    files: {
      Dockerfile: DF,
      '.dockerignore': 'sub\n!sub/keep.txt\n',
      'sub/keep.txt': 'k',
      'sub/drop.txt': 'd',
      'sub/inner/x': 'x',
    },
    want: ['.dockerignore', 'Dockerfile', 'sub/keep.txt'],
  },
  {
    name: 'wildcard exceptions do not re-enter an excluded directory',
    files: {
      Dockerfile: DF,
      '.dockerignore': 'sub\nsub2\n!**/keep.txt\n!*/keep.txt\n!sub2/*.txt\n',
      'sub/keep.txt': 'k',
      'sub2/keep.txt': 'k',
      'sub2/other.txt': 'o',
      'sub2/x.md': 'x',
      'keep.txt': 'k',
    },
    want: ['.dockerignore', 'Dockerfile', 'keep.txt', 'sub2/keep.txt', 'sub2/other.txt'],
  },
  {
    name: 'nested exceptions',
    files: {
      Dockerfile: DF,
      '.dockerignore': 'a\n!a/b\na/b/c\n!a/b/c/keep\n',
      'a/top': 't',
      'a/b/mid': 'm',
      'a/b/c/low': 'l',
      'a/b/c/keep': 'k',
    },
    want: ['.dockerignore', 'Dockerfile', 'a/b/', 'a/b/c/keep', 'a/b/mid'],
  },
  {
    name: 'ignored Dockerfile and .dockerignore are still sent',
    files: { Dockerfile: DF, '.dockerignore': '*\n', a: 'a', 'dir/b': 'b' },
    want: ['.dockerignore', 'Dockerfile'],
  },
  {
    name: 'ignored Dockerfile and .dockerignore listed by name',
    files: { Dockerfile: DF, '.dockerignore': 'Dockerfile\n.dockerignore\nsecret\n', secret: 's', kept: 'k' },
    want: ['.dockerignore', 'Dockerfile', 'kept'],
  },
  {
    name: '-f pointing at a Dockerfile in an ignored subdirectory',
    files: { '.dockerignore': 'docker\n', 'docker/Dockerfile.dev': DF, 'docker/other': 'o', 'app.js': 'a' },
    dockerfile: 'docker/Dockerfile.dev',
    want: ['.dockerignore', 'app.js', 'docker/Dockerfile.dev'],
    wantDockerfile: 'docker/Dockerfile.dev',
  },
  {
    name: 'lowercase dockerfile is the default when Dockerfile is missing',
    files: { dockerfile: DF, '.dockerignore': 'dockerfile\n', a: 'a' },
    want: ['.dockerignore', 'a', 'dockerfile'],
    wantDockerfile: 'dockerfile',
  },
  {
    name: 'Dockerfile outside the context, with a .dockerignore',
    files: { '../Dockerfile.outside': DF, '.dockerignore': 'secret\n', secret: 's', 'app.js': 'a' },
    dockerfile: '../Dockerfile.outside',
    want: ['.dockerignore', 'app.js', '.dockerfile.RANDOM'],
    wantDockerfile: '.dockerfile.RANDOM',
    wantDockerignore: 'secret\n\n.dockerfile.RANDOM\n',
    unorderedTail: 1,
  },
  {
    name: 'Dockerfile outside the context, without a .dockerignore',
    files: { '../Dockerfile.outside': DF, 'app.js': 'a' },
    dockerfile: '../Dockerfile.outside',
    want: ['app.js', '.dockerfile.RANDOM', '.dockerignore'],
    wantDockerfile: '.dockerfile.RANDOM',
    wantDockerignore: '.dockerignore\n.dockerfile.RANDOM\n',
    unorderedTail: 2,
  },
  {
    name: 'regex metacharacters are literal',
    files: {
      Dockerfile: DF,
      '.dockerignore': 'a.b\n(x)\n$y\n{z}\na+b\nc|d\n^e\n',
      'a.b': '1',
      axb: '2',
      '(x)': '3',
      $y: '4',
      '{z}': '5',
      'a+b': '6',
      aab: '7',
      'c|d': '8',
      '^e': '9',
      e: '10',
    },
    want: ['.dockerignore', 'Dockerfile', 'aab', 'axb', 'e'],
  },
  {
    name: 'character classes, ranges and ? wildcard',
    files: {
      Dockerfile: DF,
      '.dockerignore': '[ab].txt\nfile[0-2]\n?.md\n[^x]y\n\\*star\n',
      'a.txt': '1',
      'c.txt': '2',
      file1: '3',
      file5: '4',
      'x.md': '5',
      'xx.md': '6',
      zy: '7',
      xy: '8',
      '*star': '9',
      astar: '10',
    },
    want: ['.dockerignore', 'Dockerfile', 'astar', 'c.txt', 'file5', 'xx.md', 'xy'],
  },
  {
    name: 'unicode and spaces in patterns',
    files: {
      Dockerfile: DF,
      '.dockerignore': 'é*\nmy file.txt\n한글/**\n',
      'é 한글.txt': 'u',
      'my file.txt': 's',
      '한글/a': 'a',
      ascii: 'a',
    },
    want: ['.dockerignore', 'Dockerfile', 'ascii', '한글/'],
  },
  {
    name: 'hard link whose first name is excluded is sent as a file',
    files: {
      Dockerfile: DF,
      '.dockerignore': 'a-first\n',
      'a-first': 'same',
      'b-second': { hardlink: 'a-first' },
      'c-third': { hardlink: 'a-first' },
    },
    want: ['.dockerignore', 'Dockerfile', 'b-second', 'c-third => b-second'],
  },
  {
    name: 'symlink to an excluded directory is still sent as a link',
    files: { Dockerfile: DF, '.dockerignore': 'real\n', 'real/x': 'x', alias: { symlink: 'real' } },
    want: ['.dockerignore', 'Dockerfile', 'alias -> real'],
  },
  {
    name: 'Go regexp escapes and POSIX classes inside patterns',
    files: {
      Dockerfile: DF,
      '.dockerignore': 'file\\d\n[[:upper:]]x\nw\\w\n',
      file1: '1',
      filed: 'd',
      Ax: 'a',
      ax: 'a',
      w_: 'w',
      'w-': 'w',
    },
    want: ['.dockerignore', 'Dockerfile', 'ax', 'filed', 'w-'],
  },
  {
    name: 'long names, setuid and sticky modes, fifo',
    files: {
      Dockerfile: DF,
      [`${'long-directory-name/'.repeat(6)}${'f'.repeat(90)}`]: 'deep',
      [`${'n'.repeat(150)}`]: 'flat',
      setuid: { text: 's', mode: 0o4755 },
      sticky: { dir: true, mode: 0o1777 },
      pipe: { fifo: true },
    },
    want: [
      'Dockerfile',
      ...[1, 2, 3, 4, 5, 6].map((n) => 'long-directory-name/'.repeat(n)),
      `${'long-directory-name/'.repeat(6)}${'f'.repeat(90)}`,
      'n'.repeat(150),
      'pipe',
      'setuid',
      'sticky/',
    ],
  },
  {
    name: 'Dockerfile that is a symlink to another file in the context',
    files: {
      Dockerfile: { symlink: 'docker/real.Dockerfile' },
      'docker/real.Dockerfile': DF,
      '.dockerignore': 'docker\n',
    },
    want: ['.dockerignore', 'Dockerfile -> docker/real.Dockerfile', 'docker/real.Dockerfile'],
    wantDockerfile: 'docker/real.Dockerfile',
  },
  {
    name: 'lone ! is an error',
    files: { Dockerfile: DF, '.dockerignore': 'a\n!\n', a: 'a' },
    want: { error: 'ignore-lone-exclamation', cli: 'illegal exclusion pattern: "!"' },
  },
  {
    name: 'unclosed bracket is an error',
    files: { Dockerfile: DF, '.dockerignore': 'a[\n', a: 'a' },
    want: { error: 'ignore-bad-pattern', cli: 'syntax error in pattern' },
  },
  // Names that are not UTF-8: `\udcXX` stands for the byte 0xXX (see core/ignore/names).
  {
    name: 'names that are not UTF-8 are sent as their bytes, in byte order',
    files: { Dockerfile: DF, ...ODD_BYTES, 'd\udcff/inner': 'i', link: { symlink: 'caf\udce9.txt' } },
    want: [
      'Dockerfile',
      'cafe.txt',
      'café.txt',
      'caf\udce9.txt',
      'caf\ufffd.txt',
      'caf\udcff.txt',
      'd\udcff/',
      'd\udcff/inner',
      'link -> caf\udce9.txt',
      'x\udcf0\udc9f\udc98.txt',
      'x😀.txt',
    ],
  },
  {
    name: '.dockerignore: ? and a regexp take a byte that is not UTF-8 as one character (U+FFFD)',
    files: { Dockerfile: DF, ...ODD_BYTES, '.dockerignore': 'x???.txt\ncaf\udce9*\n' },
    want: ['.dockerignore', 'Dockerfile', 'cafe.txt', 'café.txt', 'x😀.txt'],
  },
  {
    name: '.dockerignore: without wildcards, a pattern holding such a byte matches those very bytes',
    files: { Dockerfile: DF, ...ODD_BYTES, '.dockerignore': 'caf\udce9.txt\n**\udca9.txt\n' },
    want: [
      '.dockerignore',
      'Dockerfile',
      'cafe.txt',
      'caf\ufffd.txt',
      'caf\udcff.txt',
      'x\udcf0\udc9f\udc98.txt',
      'x😀.txt',
    ],
  },
  {
    name: '.dockerignore: a folder named with such a byte, and an exception in it',
    files: { Dockerfile: DF, 'd\udcff/inner': 'i', 'd\udcff/keep': 'k', '.dockerignore': 'd\udcff\n!d\udcff/keep\n' },
    want: ['.dockerignore', 'Dockerfile', 'd\udcff/keep'],
  },
  {
    name: '.dockerignore: such a byte inside [ ] is an error',
    files: { Dockerfile: DF, ...ODD_BYTES, '.dockerignore': 'caf[\udce9].txt\n' },
    want: { error: 'ignore-bad-pattern', cli: 'syntax error in pattern' },
  },
];
