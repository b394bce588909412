// Asks the runner what the workbench page shows: a `<name>.query` file holding a CSS selector, answered by
// `<name>.answer` (the matching elements' text and classes). For what no extension API can read, like the
// walkthrough's completed steps.
import * as fs from 'node:fs';
import * as path from 'node:path';
import protocol from '../protocol.json';
import { waitFor } from './wait';

export interface PageElement {
  text: string;
  classes: string;
}

/** The elements matching `selector`; undefined when no runner answers (the Electron route). */
export async function queryPage(name: string, selector: string): Promise<PageElement[] | undefined> {
  const dir = process.env[protocol.screenshotEnv];
  if (!dir) return undefined;
  const file = (suffix: string): string => path.join(dir, `${name}.${suffix}`);
  for (const old of ['answer', 'failed']) fs.rmSync(file(old), { force: true });
  fs.writeFileSync(file('query'), selector);
  const answer = await waitFor(`the runner's answer to "${selector}"`, () => {
    if (fs.existsSync(file('failed')))
      throw new Error(`query ${name} failed: ${fs.readFileSync(file('failed'), 'utf8')}`);
    return fs.existsSync(file('answer')) ? fs.readFileSync(file('answer'), 'utf8') : undefined;
  });
  return JSON.parse(answer) as PageElement[];
}
