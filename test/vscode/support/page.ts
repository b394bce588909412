// Asks the runner about the workbench page, and to act on it as a user does, through files in the folder the runner
// watches: `<name>.query` (a CSS selector) is answered by `<name>.answer` (the matching elements' text, classes and
// value), `<name>.input` (keys to type and press, elements to click) by `<name>.done`. For what no extension API
// can read or do, like the walkthrough's completed steps or typing into a prompt.
import * as fs from 'node:fs';
import * as path from 'node:path';
import protocol from '../protocol.json';
import { waitFor } from './wait';

export interface PageElement {
  text: string;
  classes: string;
  /** An input's value. */
  value?: string;
}

export type InputStep = { type: string } | { press: string } | { click: string };

/** The elements matching `selector`; undefined when no runner answers (the Electron route). */
export async function queryPage(name: string, selector: string): Promise<PageElement[] | undefined> {
  const answer = await askRunner(name, 'query', selector, 'answer');
  return answer === undefined ? undefined : (JSON.parse(answer) as PageElement[]);
}

/** Types, presses keys and clicks in the workbench; false when no runner listens (the Electron route). */
export async function inputOnPage(name: string, steps: readonly InputStep[]): Promise<boolean> {
  return (await askRunner(name, 'input', JSON.stringify(steps), 'done')) !== undefined;
}

async function askRunner(name: string, kind: string, body: string, reply: string): Promise<string | undefined> {
  const dir = process.env[protocol.screenshotEnv];
  if (!dir) return undefined;
  const file = (suffix: string): string => path.join(dir, `${name}.${suffix}`);
  for (const old of [reply, 'failed']) fs.rmSync(file(old), { force: true });
  // Written whole, then renamed: the runner polls for requests and must never read half of one (an empty selector).
  fs.writeFileSync(file(`${kind}-part`), body);
  fs.renameSync(file(`${kind}-part`), file(kind));
  return waitFor(`the runner's answer to ${kind} ${name}`, () => {
    if (fs.existsSync(file('failed')))
      throw new Error(`${kind} ${name} failed: ${fs.readFileSync(file('failed'), 'utf8')}`);
    return fs.existsSync(file(reply)) ? fs.readFileSync(file(reply), 'utf8') : undefined;
  });
}

/** Waits until an element matching `selector` has text matching `text` (or containing it), and returns that text. */
export async function waitForPageText(name: string, selector: string, text: RegExp | string): Promise<string> {
  const matches = (candidate: string): boolean =>
    typeof text === 'string' ? candidate.includes(text) : text.test(candidate);
  let seen: string[] = [];
  return waitFor(
    `"${String(text)}" in ${selector}`,
    async () => {
      const found = (await queryPage(name, selector)) ?? [];
      seen = found.map((element) => element.text);
      return seen.find(matches);
    },
    { describe: () => seen },
  );
}

/** Clicks the first element `selector` (a Playwright selector) matches, as a user would; false with no runner. */
export function clickPage(name: string, selector: string): Promise<boolean> {
  return inputOnPage(name, [{ click: selector }]);
}

/** Types into the focused element: text as typed, `key:Enter`-style items as key presses; false with no runner. */
export function typeKeys(name: string, keys: readonly string[]): Promise<boolean> {
  return inputOnPage(
    name,
    keys.map((key) => (key.startsWith('key:') ? { press: key.slice('key:'.length) } : { type: key })),
  );
}
