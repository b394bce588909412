// The heavy parts of the extension live in bundles of their own next to dist/extension.js and load on first use, so
// activation loads only the wiring. Types come from the source modules, so every use stays type-checked.
import * as path from 'node:path';

export type LanguageClientModule = typeof import('./language-client');
export type EngineModule = typeof import('./engine-bundle');

/** vscode-languageclient and the client's setup (dist/extension-lsp.js). */
export const loadLanguageClient = once(() => load<LanguageClientModule>('extension-lsp.js', 'language-client'));

/** The engine client, context packer, build and run (dist/extension-engine.js). */
export const loadEngine = once(() => load<EngineModule>('extension-engine.js', 'engine-bundle'));

/** Bundled, the module is a sibling file of dist/extension.js; run from source (unit tests under tsx), a sibling module. */
function load<T>(bundle: string, sourceModule: string): T {
  const fromSource = path.extname(__filename) === '.ts';
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime path on purpose: esbuild must not inline it
  return require(path.join(__dirname, fromSource ? sourceModule : bundle)) as T;
}

function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
