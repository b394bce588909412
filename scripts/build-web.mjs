// The browser bundles (vscode.dev, github.dev): the extension's web entry and the language server's web worker.
// Neither may use a Node API: any Node built-in module they import fails the build, naming the importer, unless the
// importing package itself maps it away for browsers (its package.json "browser" field).
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const NODE_BUILTIN = new RegExp(`^(node:)?(${builtinModules.map((name) => name.replace('/', '\\/')).join('|')})$`);
const CHECKED = Symbol('checked');

/** Fails the build on a Node built-in module; lets through one the importing package disables for browsers. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: NODE_BUILTIN }, async ({ path, importer, kind, resolveDir, pluginData }) => {
      if (pluginData === CHECKED) return undefined;
      const resolved = await build.resolve(path, { importer, kind, resolveDir, pluginData: CHECKED });
      if (resolved.errors.length === 0) return undefined;
      return { errors: [{ text: `Node built-in "${path}" in a browser bundle (imported by ${importer})` }] };
    });
  },
};

/** Bundles dist/web/extension.js (CommonJS, as VS Code loads web extensions) and dist/web/server.js (a worker). */
export async function buildWeb({ outdir = join(ROOT, 'dist/web'), production = false } = {}) {
  const common = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    plugins: [noNodeBuiltins],
    // web-tree-sitter reads import.meta.url only to find its WebAssembly, which the worker passes it as bytes.
    define: { 'import.meta.url': '""' },
  };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [join(ROOT, 'client/extension/browser-extension.ts')],
      outfile: join(outdir, 'extension.js'),
      format: 'cjs',
      external: ['vscode'],
    }),
    esbuild.build({
      ...common,
      entryPoints: [join(ROOT, 'server/main-browser.ts')],
      outfile: join(outdir, 'server.js'),
      format: 'iife',
    }),
  ]);
}
