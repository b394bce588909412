// The Docker engine the engine benches run against: the one scripts/engine-up.sh recorded, when it answers.
import { EngineClient } from '../../client/engine/client.js';
import { resolveEngineEndpoint } from '../../client/engine/connection.js';
import { expectedEngines } from '../../test/support/engines.js';

export interface BenchEngine {
  client: EngineClient;
  host: string;
}

/** The Docker engine, or undefined after one line saying why the bench is skipped. */
export async function benchDocker(): Promise<BenchEngine | undefined> {
  const host = expectedEngines().find((e) => e.name === 'docker')?.host;
  if (!host) return void console.log('No Docker engine configured: skipped (run scripts/engine-up.sh).');
  try {
    return { client: await EngineClient.connect(resolveEngineEndpoint({ host })), host };
  } catch (err) {
    return void console.log(
      `Docker engine unreachable (${err instanceof Error ? err.message : String(err)}): skipped.`,
    );
  }
}
