import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('AptInsteadOfAptGet', [
  { name: 'apt install', input: 'FROM debian\nRUN apt install -y curl\n', want: ['AptInsteadOfAptGet@2'], options },
  { name: 'apt-get', input: 'FROM debian\nRUN apt-get install -y curl\n', want: [], options },
  { name: 'apt as an argument', input: 'FROM debian\nRUN echo apt\n', want: [], options },
]);

void test('AptInsteadOfAptGet replaces apt with apt-get where apt-get has the subcommand', () => {
  const install = check('FROM debian\nRUN apt install -y curl\n', options).find((f) => f.code === 'AptInsteadOfAptGet');
  assert.equal(install?.fixes?.[0]?.edits[0]?.newText, 'apt-get');
  const search = check('FROM debian\nRUN apt search curl\n', options).find((f) => f.code === 'AptInsteadOfAptGet');
  assert.equal(search?.fixes, undefined);
});
