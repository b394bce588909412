// The CLI as users run it, as whole processes against a peer in the same run:
// - `check` of the seed's two-line Dockerfile against `node -e ""` (target <= 1.5x: the engine and build code must
//   not load for `check`);
// - `check` of a folder of 1,000 realistic Dockerfiles (the corpus's real files, many times over) in one call, against
//   one Node process that reads the same files and runs the peer's `validate` (dockerfile-utils) on each (target
//   <= 0.1x). ShellCheck is left out (an empty PATH), as the peer runs none: with it installed, each file's snippets
//   cost ShellCheck processes of their own.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contender, interleave, reportRatio, timeProcess } from './support/processes.js';

const RUNS = 15;
const FILES = 1000;
const CORPUS = resolve('test/fixtures/corpus');
const CLI = resolve('dist/cli.js');

/** `count` Dockerfiles, cycling through the corpus, ten to a folder. */
function corpusFolder(dir: string, count: number): string[] {
  const sources = readdirSync(CORPUS).filter((name) => name.endsWith('.Dockerfile'));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = join(dir, 'project', `app${Math.floor(i / 10)}`);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${i}.Dockerfile`);
    cpSync(join(CORPUS, sources[i % sources.length] as string), file);
    files.push(file);
  }
  return files;
}

const PEER_SCRIPT = `
const { readFileSync } = require('node:fs');
const { validate } = require(${JSON.stringify(require.resolve('dockerfile-utils'))});
for (const file of JSON.parse(readFileSync(process.argv[1], 'utf8'))) validate(readFileSync(file, 'utf8'));
`;

async function main(): Promise<void> {
  if (!existsSync(CLI)) return void console.log('dist/cli.js is missing: run `node scripts/build.mjs`.');
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const seed = join(dir, 'Dockerfile');
    writeFileSync(seed, 'FROM alpine:3.20\nCMD ["echo", "hello"]\n');
    const bare = contender('node -e ""', () => timeProcess(process.execPath, ['-e', '']));
    const seedCheck = contender("check of the seed's Dockerfile", () =>
      timeProcess(process.execPath, [CLI, 'check', seed]),
    );
    await interleave([bare, seedCheck], RUNS);
    reportRatio("check of the seed's two-line Dockerfile", seedCheck, bare, 1.5);

    const list = join(dir, 'files.json');
    writeFileSync(list, JSON.stringify(corpusFolder(dir, FILES)));
    const project = join(dir, 'project');
    const notFound = (output: string): boolean => !output.includes('found no Dockerfile');
    const ours = contender(`check of ${FILES} files, one call`, () =>
      timeProcess(process.execPath, [CLI, 'check', '--format', 'json', project], {
        accept: notFound,
        env: { PATH: '' },
      }),
    );
    const peer = contender(`dockerfile-utils validate, one process`, () =>
      timeProcess(process.execPath, ['-e', PEER_SCRIPT, list]),
    );
    await interleave([peer, ours], 5);
    reportRatio(`check of a folder of ${FILES} realistic Dockerfiles`, ours, peer, 0.1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
