// Rule tests that need the shell parser: `shellOptions` carries it once the file's `before` hook has loaded it.
import { before } from 'node:test';
import { loadNodeShellParser } from '../../../core/node/shell-wasm';
import type { ValidateOptions } from '../../../core/rules';

export const shellOptions: ValidateOptions = {};

before(async () => {
  shellOptions.shell = { parser: await loadNodeShellParser() };
});
