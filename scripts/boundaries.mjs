// The layers' import rules (ARCHITECTURE.md), as ESLint `no-restricted-imports` blocks per folder: a wrong-way
// import fails `npm run lint`. test/unit/lint/boundaries.test.ts proves each rule fires.
const vscode = { name: 'vscode', message: 'Only client/extension/ may import vscode.' };
const layer = (group, message) => ({ group, message });

const toServer = layer(['**/server', '**/server/**'], 'The core and the client must not import the language server.');
const toClient = layer(['**/client', '**/client/**'], 'The core and the language server must not import the client.');
const toExtension = layer(['**/extension', '**/extension/**'], 'Only client/extension/ may import the extension.');
const toNode = layer(
  ['node:*'],
  'The core stays free of Node APIs (it runs in a browser worker); put Node adapters in core/node/.',
);

const restrict = (files, paths, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

export const boundaries = [
  // Everything outside the extension: no vscode.
  restrict(
    ['core/**/*.ts', 'server/**/*.ts', 'client/engine/**/*.ts', 'client/context/**/*.ts', 'client/cli/**/*.ts'],
    [vscode],
    [],
  ),
  // The core imports nothing of ours outside itself, and no Node API outside core/node/.
  restrict(['core/**/*.ts'], [vscode], [toServer, toClient, toNode]),
  restrict(['core/node/**/*.ts'], [vscode], [toServer, toClient]),
  // The language server depends on the core only.
  restrict(['server/**/*.ts'], [vscode], [toClient]),
  // The engine client, the context packer and the CLI are plain Node modules: no extension, no language server.
  restrict(
    ['client/engine/**/*.ts', 'client/context/**/*.ts', 'client/cli/**/*.ts'],
    [vscode],
    [toExtension, toServer],
  ),
];
