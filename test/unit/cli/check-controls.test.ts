// `check --config`, the nearest .dockerfile-studio.json, `--build-arg`, and `dockerfile-studio rules`.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { scratchFiles } from './cli-support';
import { runCliInProcess } from './fake-io';

const TWO_CMDS = 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n';
const files = scratchFiles({
  '.dockerfile-studio.json': '{ "rules": { "MultipleInstructionsDisallowed": "error" } }',
  Dockerfile: TWO_CMDS,
  'off.json': '{ "rules": { "MultipleInstructionsDisallowed": "off", "NoSuchRule": "off" } }',
  'broken.json': '{ "rules": ',
  'bad-severity.json': '{ "rules": { "UndefinedVar": "loud" } }',
  'arg.Dockerfile': 'FROM alpine:3.20\nARG DIR\nWORKDIR $DIR\n',
});
mkdirSync(join(files.dir, 'sub/deeper'), { recursive: true });
writeFileSync(join(files.dir, 'sub/deeper/Dockerfile'), TWO_CMDS);

void describe('check controls', () => {
  after(files.cleanup);
  const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runCliInProcess(argv, { cwd: files.dir, env });

  void test('the nearest .dockerfile-studio.json applies, found by walking up from the Dockerfile', async () => {
    const result = await run(['check', 'sub/deeper/Dockerfile']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /:2:1: error MultipleInstructionsDisallowed/);
  });

  void test('--config FILE replaces it; unknown rule ids in it are warned about', async () => {
    const result = await run(['check', '--config', 'off.json', 'Dockerfile']);
    assert.deepEqual([result.code, result.stdout], [0, '']);
    assert.match(result.stderr, /"NoSuchRule", which is not a rule/);
  });

  void test('a malformed config file is one clear line and exit 2', async () => {
    for (const [config, message] of [
      ['broken.json', /not valid JSON/],
      ['bad-severity.json', /UndefinedVar has severity "loud"/],
    ] as const) {
      const result = await run(['check', '--config', config, 'Dockerfile']);
      assert.equal(result.code, 2, config);
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    }
  });

  void test('--build-arg gives ARGs their values, as docker build --check does', async () => {
    assert.equal((await run(['check', 'arg.Dockerfile'])).stdout, '');
    const given = await run(['check', '--build-arg', 'DIR=srv', 'arg.Dockerfile']);
    assert.match(given.stdout, /:3:9: warning WorkdirRelativePath: WORKDIR "srv"/);
    const fromEnv = await run(['check', '--build-arg', 'DIR', 'arg.Dockerfile'], { DIR: 'srv' });
    assert.equal(fromEnv.stdout, given.stdout);
  });

  void test('--build-arg BUILDKIT_DOCKERFILE_CHECK overrides the # check= directive', async () => {
    const argv = ['check', '--build-arg', 'DIR=srv', 'arg.Dockerfile'];
    assert.match((await run(argv)).stdout, /WorkdirRelativePath/);
    const result = await run([...argv, '--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=skip=all']);
    assert.equal(result.stdout, '');
  });

  void test('a build argument without a name is a usage mistake', async () => {
    const result = await run(['check', '--build-arg', '=x', 'Dockerfile']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /must be KEY=VALUE/);
  });

  void test('rules lists every rule with its severity, kind, summary and docs link', async () => {
    const json = JSON.parse((await run(['rules', '--format', 'json'])).stdout) as Record<string, unknown>[];
    const undefinedVar = json.find((r) => r.id === 'UndefinedVar');
    assert.deepEqual(undefinedVar, {
      id: 'UndefinedVar',
      defaultSeverity: 'warning',
      buildCheck: true,
      experimental: false,
      summary: 'Variables should be defined before their use',
      aliases: [],
      docs: 'https://docs.docker.com/reference/build-checks/undefined-var/',
    });
    const ours = json.find((r) => r.id === 'NoFromInstruction');
    assert.match(String(ours?.docs), /^file:\/\/.*\/docs\/rules\.md#nofrominstruction$/);
    const korean = await run(['rules', '--lang', 'ko']);
    assert.match(korean.stdout, /변수는 쓰기 전에 정의해야 합니다/);
    const markdown = await run(['rules', '--format', 'markdown']);
    assert.match(
      markdown.stdout,
      /^\| \[UndefinedVar\]\(https:\/\/docs\.docker\.com\/reference\/build-checks\/undefined-var\/\) \| warning \| BuildKit check \|/m,
    );
  });
});
