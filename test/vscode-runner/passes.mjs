// The runs that make up the tier. Each starts a fresh VS Code; `suites` names test files (`-x` leaves one out).
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE = fileURLToPath(new URL('../vscode/fixtures/workspace', import.meta.url));
export const TESTS_INDEX = fileURLToPath(new URL('../../dist/test/vscode/index.js', import.meta.url));
export const VSIX = fileURLToPath(new URL('../../dist/dockerfile-studio.vsix', import.meta.url));
export const RESULTS = fileURLToPath(new URL('../../test-results', import.meta.url));

export const EXIT = { passed: 0, failed: 1, broken: 2, skipped: 3 };

export const PASSES = [
  /** Everything a user does in a trusted folder, against the bundle in dist/. */
  { name: 'editor', suites: '-trust,-packaged,-walkthrough', trusted: true },
  /** The same folder left untrusted: editing works, build and run do not. */
  { name: 'trust', suites: 'trust', trusted: false },
  /** The VSIX from `npm run package`, installed with --install-extension instead of loaded from the repo. */
  { name: 'packaged', suites: 'packaged', trusted: true, packaged: true },
  /** The walkthrough from a fresh start (no step done by other suites), in English, then in Korean. */
  { name: 'learn', suites: 'walkthrough', trusted: true },
  { name: 'learn-ko', suites: 'walkthrough', trusted: true, locale: 'ko' },
];
