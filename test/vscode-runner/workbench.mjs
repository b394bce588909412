// Opens the workbench in headless Chromium, loads the tests through the payload, and waits for them to finish.
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT_NAME = /^[a-z0-9][a-z0-9-]*$/;
const POLL_MS = 200;

/** The URL that opens `folder` and loads the extension under development and its tests. */
export function workbenchUrl(port, { folder, extensionPath, testsPath }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['enableProposedApi', ''],
    ['skipWelcome', 'true'],
  ];
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

function formatLog(args) {
  return Array.isArray(args) ? format(...args) : String(args);
}

export async function openWorkbench({ chromiumPath, profileDir, env, onLog, locale }) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: BROWSER_ARGS,
    env,
    viewport: { width: 1400, height: 860 },
    ...(locale ? { locale } : {}),
    // The runner's own handlers close the browser and stop code-server; Playwright's would exit before they finish.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let finish;
  const exited = new Promise((resolve) => {
    finish = resolve;
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, formatLog(args)));
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
  return { page, exited, close: () => context.close().catch(() => undefined) };
}

/**
 * Answers the tests' requests about the page, files in `requestDir` named `<name>.<kind>`:
 * `.request` → a screenshot `<name>.png` in `outDir`, then `<name>.done`;
 * `.query` (a CSS selector inside) → `<name>.answer`, the matching elements' text, classes and (inputs) value as JSON;
 * `.input` (a JSON list of `{ type }`, `{ press }` and `{ click }` steps) → the keys typed and pressed, the element
 *   matching a `click` selector clicked, as a user does, then `<name>.done`.
 * A failure writes `<name>.failed` with the reason.
 */
export function serveScreenshots(page, requestDir, outDir) {
  let busy = false;
  const handlers = {
    request: async (name) => {
      await page.screenshot({ path: join(outDir, `${name}.png`) });
      writeFileSync(join(requestDir, `${name}.done`), '');
    },
    query: async (name) => {
      const selector = readFileSync(join(requestDir, `${name}.query`), 'utf8');
      const found = await page.$$eval(selector, (elements) =>
        elements.map((element) => ({
          text: element.textContent ?? '',
          classes: String(element.className),
          ...('value' in element ? { value: String(element.value) } : {}),
        })),
      );
      // Written whole, then renamed: the test polls for the answer and must never read half of it.
      writeFileSync(join(requestDir, `${name}.answer-part`), JSON.stringify(found));
      renameSync(join(requestDir, `${name}.answer-part`), join(requestDir, `${name}.answer`));
    },
    input: async (name) => {
      for (const step of JSON.parse(readFileSync(join(requestDir, `${name}.input`), 'utf8'))) {
        if (step.type !== undefined) await page.keyboard.type(step.type);
        else if (step.press !== undefined) await page.keyboard.press(step.press);
        else await page.click(step.click, { timeout: 10_000 });
      }
      writeFileSync(join(requestDir, `${name}.done`), '');
    },
  };
  const answer = async (file) => {
    const kind = file.slice(file.lastIndexOf('.') + 1);
    const name = file.slice(0, -(kind.length + 1));
    try {
      if (!SCREENSHOT_NAME.test(name)) throw new Error(`"${name}" is not a request name (a-z, 0-9 and -)`);
      await handlers[kind](name);
    } catch (error) {
      writeFileSync(join(requestDir, `${name}.failed`), String(error));
    }
    rmSync(join(requestDir, file), { force: true });
  };
  const timer = setInterval(() => {
    if (busy || !existsSync(requestDir)) return;
    const requests = readdirSync(requestDir).filter((file) => /\.(request|query|input)$/.test(file));
    if (requests.length === 0) return;
    busy = true;
    requests
      .reduce((done, request) => done.then(() => answer(request)), Promise.resolve())
      .finally(() => {
        busy = false;
      });
  }, POLL_MS);
  return () => clearInterval(timer);
}

/** Resolves with the extension host's exit code, or with `undefined` once the deadline passes. */
export function waitForExit(exited, deadlineMs) {
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve(undefined), deadlineMs);
  });
  return Promise.race([exited, deadline]).finally(() => clearTimeout(timer));
}
