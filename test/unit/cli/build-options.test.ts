// The build options for sessions, pulls, labels and caches: read as docker reads them, refused with one clear line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCommand } from '../../../client/cli/build';
import { readCommand } from '../../../client/cli/command';
import { fakeIo } from './fake-io';

function read(argv: string[]) {
  return readCommand(buildCommand, argv, fakeIo({ cwd: '/work/app' }));
}

void test('build: --secret, --ssh, --platform, --pull, --label and --cache-from are passed on', () => {
  const reading = read([
    '--secret',
    'id=token,src=token.txt',
    '--secret=id=npm,env=NPM_TOKEN',
    '--ssh',
    'default',
    '--ssh=deploy=/keys/id_ed25519,/keys/other',
    '--platform',
    'linux/arm64',
    '--pull=always',
    '--label',
    'team=web',
    '--label=plain',
    '--cache-from',
    'app:cache',
    '.',
  ]);
  assert.equal(reading.kind, 'args');
  const args = reading.kind === 'args' ? reading.args : undefined;
  assert.deepEqual(args?.secrets, [
    { id: 'token', source: { kind: 'file', path: '/work/app/token.txt' } },
    { id: 'npm', source: { kind: 'env', variable: 'NPM_TOKEN' } },
  ]);
  assert.deepEqual(args?.ssh, [
    { id: 'default', paths: [] },
    { id: 'deploy', paths: ['/keys/id_ed25519', '/keys/other'] },
  ]);
  assert.equal(args?.platform, 'linux/arm64');
  assert.equal(args?.pull, 'always');
  assert.deepEqual(args?.labels, { team: 'web', plain: '' });
  assert.deepEqual(args?.cacheFrom, ['app:cache']);
});

void test('build: a malformed --secret, --ssh or --pull is one clear line', () => {
  const cases: [string[], RegExp][] = [
    [['--secret', 'token.txt', '.'], /--secret needs id=ID,src=FILE or id=ID,env=VARIABLE, not "token.txt"/],
    [['--secret', 'id=a,src=x,env=Y', '.'], /--secret needs/],
    [['--secret', 'id=a,colour=red', '.'], /--secret needs/],
    [['--ssh', 'a=', '.'], /--ssh needs default, ID or ID=PATH\[,PATH\], not "a="/],
    [['--pull', 'sometimes', '.'], /sometimes/],
  ];
  for (const [argv, expected] of cases) {
    const reading = read(argv);
    assert.equal(reading.kind, 'mistake', argv.join(' '));
    if (reading.kind === 'mistake') assert.match(reading.message, expected);
  }
});
