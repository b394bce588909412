// A fresh folder per pass: HOME, TMPDIR, XDG folders, code-server's data, the browser profile and the workspace.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FOLDERS = [
  'home',
  'docker-config',
  'tmp',
  'xdg-config',
  'xdg-data',
  'xdg-cache',
  'user-data/User',
  'extensions',
  'browser',
  'screenshot-requests',
  'empty-extension',
];

/** Workbench settings that keep the window quiet and predictable for tests and screenshots. */
function userSettings() {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'window.commandCenter': false,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.untrustedFiles': 'open',
    'git.enabled': false,
    'editor.codeLens': true,
    'editor.minimap.enabled': false,
    // The test engines run without a bridge network (dockerd --bridge=none): builds and runs use none.
    'dockerfileStudio.build.network': 'none',
    'dockerfileStudio.run.network': 'none',
  };
}

/**
 * A display language for code-server without downloading its language pack: argv.json asks for it, and
 * `languagepacks.json` lists a pack for it. This stub pack translates nothing of VS Code itself (its texts stay
 * English), but the workbench runs in that language, so extensions show their own translations (package.nls.<locale>.json).
 */
function writeLanguagePack(path, locale) {
  const translations = path(`language-pack-${locale}/main.i18n.json`);
  mkdirSync(path(`language-pack-${locale}`), { recursive: true });
  writeFileSync(translations, JSON.stringify({ contents: {} }));
  const extensions = [{ extensionIdentifier: { id: `dfs-test.language-pack-${locale}` }, version: '0.0.0' }];
  const pack = { hash: `dfs-test-${locale}`, extensions, translations: { vscode: translations }, label: locale };
  writeFileSync(path('user-data/languagepacks.json'), JSON.stringify({ [locale]: pack }));
  writeFileSync(path('user-data/User/argv.json'), JSON.stringify({ locale }));
}

/** `locale`: the display language (see writeLanguagePack). */
export function createSandbox({ name, fixture, locale }) {
  const root = mkdtempSync(join(tmpdir(), `dfs-vscode-${name}-`));
  const path = (sub) => join(root, sub);
  FOLDERS.forEach((sub) => mkdirSync(path(sub), { recursive: true }));
  cpSync(fixture, path('workspace'), { recursive: true });
  writeFileSync(path('config.yaml'), 'auth: none\n');
  writeFileSync(path('user-data/User/settings.json'), JSON.stringify(userSettings(), null, 2));
  if (locale) writeLanguagePack(path, locale);
  return {
    root,
    path,
    /** The environment for code-server (and so the extension host) and for the browser. */
    env(base) {
      return {
        ...base,
        HOME: path('home'),
        TMPDIR: path('tmp'),
        XDG_CONFIG_HOME: path('xdg-config'),
        XDG_DATA_HOME: path('xdg-data'),
        XDG_CACHE_HOME: path('xdg-cache'),
        // The registry tests write their logins here; the extension reads it as the docker CLI does.
        DOCKER_CONFIG: path('docker-config'),
      };
    },
    remove() {
      rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
