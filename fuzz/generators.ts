// Deterministic document generators: document `index` of run `seed` is always the same text, so a worker that
// hangs can be reproduced from its index alone. Five families: random UTF-16 units, random bytes decoded as UTF-8,
// Dockerfile-ish fragments, mutations of the golden cases, and adversarial documents (long words, many long names,
// long lines of variables, deep nesting, binary noise) up to 300 KB.

export type Random = () => number;

/** A small fast PRNG (mulberry32). */
export function random(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that exercise every corner of the grammar when strung together. */
export const FRAGMENTS = [
  'FROM',
  'RUN',
  'CMD',
  'ENTRYPOINT',
  'COPY',
  'ADD',
  'ENV',
  'LABEL',
  'ARG',
  'ONBUILD',
  'HEALTHCHECK',
  'SHELL',
  'WORKDIR',
  'USER',
  'EXPOSE',
  'VOLUME',
  'STOPSIGNAL',
  'MAINTAINER',
  'run',
  'from',
  'RUNN',
  'AS',
  'as',
  'NONE',
  ' ',
  ' ',
  ' ',
  '\t',
  '\n',
  '\n',
  '\n',
  '\r\n',
  '\r',
  '\\',
  '\\\n',
  '\\ \n',
  '`',
  '`\n',
  '#',
  '# ',
  '# escape=`\n',
  '# escape=\\\n',
  '# syntax=docker/dockerfile:1\n',
  '# check=error=true\n',
  '--from=a',
  '--mount=type=cache,target=/x',
  '--platform=$P',
  '--chown="a b"',
  '--link',
  '--',
  '-',
  '"',
  "'",
  '[',
  ']',
  ',',
  '"a"',
  '"\\u0041"',
  '"\\"',
  '{',
  '}',
  '$',
  '${',
  '${A',
  '${A:-',
  '${A:-d}',
  '${A}',
  '$A',
  '${}',
  '${A/b/c}',
  '${A##*}',
  ':',
  '=',
  'A=b',
  'A="x y"',
  '<<',
  '<<EOF',
  '<<-EOF',
  'EOF',
  '\tEOF',
  'EOF\n',
  '<<"EOF"',
  "<<'E'",
  '2<<X',
  'X\n',
  'alpine:3',
  'name',
  '/a/b',
  '\ufeff',
  '😀',
  '\ud83d',
  '\u00a0',
  '\u0085',
  '\u2028',
  '\u0000',
  'null',
  '1',
  'true',
  '1e999',
  '\\u0041',
  '\\"',
];

function pick<T>(rand: Random, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function randomUnits(rand: Random): string {
  const length = Math.floor(rand() * 200);
  const units: number[] = [];
  for (let i = 0; i < length; i++)
    units.push(rand() < 0.7 ? 32 + Math.floor(rand() * 95) : Math.floor(rand() * 0x10000));
  return String.fromCharCode(...units);
}

function randomBytes(rand: Random): string {
  const bytes = new Uint8Array(Math.floor(rand() * 300));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rand() * 256);
  return Buffer.from(bytes).toString(rand() < 0.5 ? 'utf8' : 'latin1');
}

function fragments(rand: Random): string {
  const count = Math.floor(rand() * 80);
  let text = '';
  for (let i = 0; i < count; i++) text += pick(rand, FRAGMENTS);
  return text;
}

function mutate(rand: Random, seedText: string): string {
  let text = seedText;
  const edits = 1 + Math.floor(rand() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rand() * (text.length + 1));
    const choice = rand();
    if (choice < 0.45) text = text.slice(0, at) + pick(rand, FRAGMENTS) + text.slice(at);
    else if (choice < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 8));
    else if (choice < 0.8) text = text.slice(0, at) + text.slice(at, at + 40) + text.slice(at);
    else if (choice < 0.9) text = text.replace(/\r?\n/g, pick(rand, ['\n', '\r\n', '\r']));
    else text = text.slice(0, at);
  }
  return text;
}

/** Mostly a few kilobytes, one in a hundred 300 KB: big enough to show anything worse than linear. */
function adversarialSize(rand: Random): number {
  return rand() < 0.01 ? 300_000 : 1 + Math.floor(rand() * 8_000);
}

function longWord(rand: Random, size: number): string {
  const before = pick(rand, ['', 'FROM ', 'RUN ', 'ARG ', 'ENV ', 'COPY ', 'FROM alpine\n', 'FROM alpine\nRUNN ']);
  return before + pick(rand, ['x', 'A', '-', '=', '😀', '\\']).repeat(size) + pick(rand, ['', ' y', '\n']);
}

function manyLongNames(rand: Random, size: number): string {
  const length = 50 + Math.floor(rand() * 400);
  const name = (i: number): string => `${pick(rand, ['N', 'n', '_'])}`.repeat(length) + String(i);
  const lines = [pick(rand, ['FROM scratch', 'FROM alpine', 'ARG A'])];
  for (let i = 0; lines.length * length < size; i++) {
    lines.push(pick(rand, [`ARG ${name(i)}`, `ENV ${name(i)}=1`, `COPY $${name(i)} /x`, `WORKDIR \${${name(i)}}`]));
  }
  return lines.join('\n');
}

const VARIABLE_PIECES = ['$a', '${a}', '${a:-b}', '"$a"', "'$a'", '$', '${a/b/c}', ' $a', '\\$a', '${1}'];

function variableLine(rand: Random, size: number): string {
  const head = pick(rand, ['RUN ', 'COPY ', 'ENV A=', 'LABEL a=', 'WORKDIR ', 'FROM ', 'ADD --chown=', 'EXPOSE ']);
  const piece = pick(rand, VARIABLE_PIECES);
  return `FROM alpine\n${head}${piece.repeat(Math.ceil(size / piece.length))}`;
}

function deepNesting(rand: Random, size: number): string {
  const depth = Math.ceil(size / 6);
  switch (Math.floor(rand() * 6)) {
    case 0:
      return `FROM alpine\nENV A=${'${a:-'.repeat(depth)}${'}'.repeat(depth)}`;
    case 1:
      return `FROM alpine\nCMD ${'['.repeat(depth)}${']'.repeat(rand() < 0.5 ? depth : 0)}`;
    case 2:
      return `FROM alpine\n${'ONBUILD '.repeat(depth)}RUN x`;
    case 3:
      return `FROM alpine\nRUN ${'<<A '.repeat(depth)}\n${'A\n'.repeat(depth)}`;
    case 4:
      return `FROM alpine\nRUN a${' \\\n'.repeat(depth)}`;
    default:
      return `FROM alpine\nLABEL ${'"\\"'.repeat(depth)}`;
  }
}

function binaryNoise(rand: Random, size: number): string {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = rand() < 0.02 ? 10 : Math.floor(rand() * 256);
  return Buffer.from(bytes).toString(rand() < 0.5 ? 'utf8' : 'latin1');
}

const ADVERSARIES = [longWord, manyLongNames, variableLine, deepNesting, binaryNoise];

function adversarial(rand: Random): string {
  return pick(rand, ADVERSARIES)(rand, adversarialSize(rand));
}

export function documentAt(seed: number, index: number, corpus: readonly string[]): string {
  const rand = random(Math.imul(seed, 0x9e3779b1) ^ index);
  switch (index % 6) {
    case 0:
      return randomUnits(rand);
    case 1:
      return randomBytes(rand);
    case 2:
      return fragments(rand);
    case 3:
      return adversarial(rand);
    default:
      return corpus.length > 0 ? mutate(rand, pick(rand, corpus)) : fragments(rand);
  }
}
