// A stand-in for the `vscode` module, for unit tests of extension modules that only read the display language.
// Import it before those modules: from then on, `require('vscode')` in this process returns `fakeVscode`.
import Module from 'node:module';

export const fakeVscode = { env: { language: 'en' } };

const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : load.call(this, request, ...rest);
};
