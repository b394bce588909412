import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('SudoInRun', [
  { name: 'sudo', input: 'FROM debian\nRUN sudo make install\n', want: ['SudoInRun@2'], options },
  { name: 'no sudo', input: 'FROM debian\nRUN make install\n', want: [], options },
  { name: 'installing sudo is fine', input: 'FROM debian\nRUN apt-get install -y sudo\n', want: [], options },
]);

void test('SudoInRun removes "sudo " when it has no options of its own', () => {
  const finding = check('FROM debian\nRUN sudo make install\n', options).find((f) => f.code === 'SudoInRun');
  assert.deepEqual(finding?.fixes?.[0]?.edits[0], {
    range: { start: { line: 1, character: 4 }, end: { line: 1, character: 9 } },
    newText: '',
  });
  const withUser = check('FROM debian\nRUN sudo -u app make\n', options).find((f) => f.code === 'SudoInRun');
  assert.equal(withUser?.fixes, undefined);
});
