// Bundles the extension client (split in three, see below), the language server and the CLI with esbuild, and puts
// the shell parser's WebAssembly beside them (core/node/shell-wasm.ts loads it from there; the browser worker fetches
// it). The browser bundles, dist/web/, come from build-web.mjs.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { buildWeb } from './build-web.mjs';

const require = createRequire(import.meta.url);
/** web-tree-sitter's ES module reads import.meta.url, which a CommonJS bundle must provide. */
const importMetaUrl = 'const import_meta_url = require("url").pathToFileURL(__filename).href;';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { 'import.meta.url': 'import_meta_url' },
  banner: { js: importMetaUrl },
};

/** The subcommands client/cli/main.ts loads lazily: each is its own bundle, dist/cli-<name>.js. */
const SUBCOMMANDS = ['check', 'rules', 'parse', 'build', 'run'];
const subcommandsApart = {
  name: 'subcommands-apart',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^\\./(${SUBCOMMANDS.join('|')})\\.js$`) }, ({ path, importer }) =>
      importer.endsWith('main.ts') ? { path: `./cli-${path.slice(2)}`, external: true } : undefined,
    );
  },
};

/**
 * Code a Node bundle loads only when needed goes to a bundle of its own, so start-up does not compile it: the shell
 * parser's runtime (not needed by a check without shell snippets) and `check --use-engine`'s engine client.
 */
const LOADED_APART = [
  { specifier: 'web-tree-sitter', importer: 'core/shell/parser.ts', bundle: 'shell-runtime' },
  { specifier: './engine-images.js', importer: 'client/cli/check.ts', bundle: 'cli-engine-images' },
];
const loadedApart = {
  name: 'loaded-apart',
  setup(build) {
    for (const { specifier, importer, bundle } of LOADED_APART) {
      const filter = new RegExp(`^${specifier.replaceAll('.', '\\.')}$`);
      build.onResolve({ filter }, (args) =>
        args.importer.endsWith(importer) ? { path: `./${bundle}.js`, external: true } : undefined,
      );
    }
  },
};
/** Node bundles: what is loaded apart is require()d (not the slower ES module loader) from beside them in dist/. */
const node = { ...common, plugins: [loadedApart], supported: { 'dynamic-import': false } };

mkdirSync('dist', { recursive: true });
for (const wasm of ['web-tree-sitter/web-tree-sitter.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm']) {
  copyFileSync(require.resolve(wasm), `dist/${wasm.split('/')[1]}`);
}

await Promise.all([
  // The extension is split so activation loads only dist/extension.js; client/extension/bundles.ts loads the rest on
  // first use (each entry bundles its own copy of what it imports, so keep shared state out of the split-out modules).
  esbuild.build({
    ...common,
    entryPoints: ['client/extension/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['client/extension/language-client.ts'],
    outfile: 'dist/extension-lsp.js',
    external: ['vscode'],
  }),
  esbuild.build({
    ...common,
    entryPoints: ['client/extension/engine-bundle.ts'],
    outfile: 'dist/extension-engine.js',
    external: ['vscode'],
  }),
  esbuild.build({ ...node, entryPoints: ['server/main-node.ts'], outfile: 'dist/server.js' }),
  // The CLI is a small dispatcher plus a bundle per subcommand, so `run` does not compile the checker or `check` the
  // engine client: start-up time is most of a short command's time.
  esbuild.build({
    ...common,
    entryPoints: ['client/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` },
    plugins: [subcommandsApart],
    supported: { 'dynamic-import': false }, // require(), not the slower ES module loader
  }),
  ...SUBCOMMANDS.map((name) =>
    esbuild.build({ ...node, entryPoints: [`client/cli/${name}.ts`], outfile: `dist/cli-${name}.js` }),
  ),
  ...LOADED_APART.map(({ specifier, importer, bundle }) =>
    esbuild.build({
      ...node,
      stdin: { contents: `module.exports = require(${JSON.stringify(specifier)});`, resolveDir: dirname(importer) },
      outfile: `dist/${bundle}.js`,
    }),
  ),
  buildWeb({ production }),
]);
