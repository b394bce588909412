// Prints, for every case in test/unit/context/cases.ts, what the real docker CLI uploads, in the
// form the table's `want` fields take. Run: node --import tsx test/engine/context/support/record-cases.ts
import { CASES } from '../../../unit/context/cases.js';
import { findDockerCli } from './docker-cli.js';
import { runCli, runOurs, withFixture } from './cli-run.js';
import { describeAll } from '../../../unit/context/fixture.js';
import { startStandinEngine } from './standin-engine.js';

async function main(): Promise<void> {
  const docker = findDockerCli();
  if (!docker) throw new Error('No docker CLI found on PATH.');
  const engine = await startStandinEngine();
  try {
    for (const c of CASES) {
      const [cli, ours] = await withFixture(
        c,
        async (fx) => [await runCli(docker, engine, c, fx), await runOurs(c, fx)] as const,
      );
      const want = cli.entries ? describeAll(cli.entries, c.unorderedTail) : { error: cli.error };
      const got = ours.entries ? describeAll(ours.entries, c.unorderedTail) : { error: ours.error };
      const same = JSON.stringify(want) === JSON.stringify(got) ? 'same' : `OURS DIFFER: ${JSON.stringify(got)}`;
      console.log(
        `// ${c.name} (${same})\n    want: ${JSON.stringify(want)},\n    wantDockerfile: ${JSON.stringify(cli.dockerfile)},`,
      );
    }
  } finally {
    await engine.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
