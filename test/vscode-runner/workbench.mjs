// Opens the workbench in headless Chromium, loads the tests through the payload, and waits for them to finish.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
 * `.query` (a CSS selector inside) → `<name>.answer`, the matching elements' text and classes as JSON;
 * `.click` (a Playwright selector inside) → a click on the first element it matches, then `<name>.clicked`;
 * `.keys` (a JSON list: text to type, or `key:Enter`-style keys to press) → typed into the focused element, then
 *   `<name>.typed`.
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
        elements.map((element) => ({ text: element.textContent ?? '', classes: String(element.className) })),
      );
      writeFileSync(join(requestDir, `${name}.answer`), JSON.stringify(found));
    },
    click: async (name) => {
      const selector = readFileSync(join(requestDir, `${name}.click`), 'utf8');
      await page.click(selector, { timeout: 10_000 });
      writeFileSync(join(requestDir, `${name}.clicked`), '');
    },
    keys: async (name) => {
      for (const item of JSON.parse(readFileSync(join(requestDir, `${name}.keys`), 'utf8'))) {
        if (item.startsWith('key:')) await page.keyboard.press(item.slice('key:'.length));
        else await page.keyboard.type(item);
      }
      writeFileSync(join(requestDir, `${name}.typed`), '');
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
    const requests = readdirSync(requestDir).filter((file) => /\.(request|query|click|keys)$/.test(file));
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
