// The test module the extension host loads (extensionTestsPath): runs the chosen suites with mocha and reports counts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import protocol from './protocol.json';

interface Counts {
  passed: number;
  failed: number;
  pending: number;
}

/** Suite files chosen by the environment: `a,b` runs only those, `-c` leaves c out, nothing runs all. */
function chosenSuites(dir: string): string[] {
  const words = (process.env[protocol.suitesEnv] ?? '')
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
  const left = new Set(words.filter((word) => word.startsWith('-')).map((word) => word.slice(1)));
  const only = new Set(words.filter((word) => !word.startsWith('-')));
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .filter((file) => {
      const name = file.replace(/\.test\.js$/, '');
      return !left.has(name) && (only.size === 0 || only.has(name));
    })
    .map((file) => path.join(dir, file));
}

function runMocha(mocha: Mocha): Promise<Counts> {
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      const stats = runner.stats;
      resolve({ passed: stats?.passes ?? 0, failed: stats?.failures ?? 0, pending: stats?.pending ?? 0 });
    });
  });
}

export async function run(): Promise<void> {
  // Marks mocha's report so the runner can tell it from the workbench's own console output.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(protocol.reportPrefix + format(...args));
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const files = chosenSuites(path.join(__dirname, 'suite'));
  if (files.length === 0) throw new Error(`no suites match ${process.env[protocol.suitesEnv] ?? '(all)'}`);
  files.forEach((file) => mocha.addFile(file));
  const counts = await runMocha(mocha);
  console.log(protocol.resultPrefix + JSON.stringify(counts));
  if (counts.failed > 0) throw new Error(`${counts.failed} test(s) failed`);
  if (counts.passed === 0) throw new Error('no test passed');
}
