// Asks the runner what the workbench page shows: a `<name>.query` file holding a CSS selector, answered by
// `<name>.answer` (the matching elements' text and classes); or to click on it (`<name>.click`). For what no extension
// API can read or do, like the walkthrough's completed steps or a notification's Cancel button.
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

/** Clicks the first element `selector` (a Playwright selector) matches, as a user would; false with no runner. */
export function clickPage(name: string, selector: string): Promise<boolean> {
  return ask(name, 'click', 'clicked', selector);
}

/** Types into the focused element: text as typed, `key:Enter`-style items as key presses; false with no runner. */
export function typeKeys(name: string, keys: string[]): Promise<boolean> {
  return ask(name, 'keys', 'typed', JSON.stringify(keys));
}

async function ask(name: string, kind: string, answer: string, content: string): Promise<boolean> {
  const dir = process.env[protocol.screenshotEnv];
  if (!dir) return false;
  const file = (suffix: string): string => path.join(dir, `${name}.${suffix}`);
  for (const old of [answer, 'failed']) fs.rmSync(file(old), { force: true });
  fs.writeFileSync(file(kind), content);
  await waitFor(`the runner's ${kind} "${content}"`, () => {
    if (fs.existsSync(file('failed')))
      throw new Error(`${kind} ${name} failed: ${fs.readFileSync(file('failed'), 'utf8')}`);
    return fs.existsSync(file(answer)) ? true : undefined;
  });
  return true;
}
