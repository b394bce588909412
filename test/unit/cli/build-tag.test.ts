// Bad `-t` names are refused before anything else happens (no context read, no engine asked), with docker's exit
// status 125 and our own reason; the extension's Build Image prompt says the very same thing (one check, in core).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { fakeVscode } from '../extension/fake-vscode';
import { tagProblem } from '../../../client/extension/build-prompts';
import { imageTagProblem } from '../../../core/image-tag';
import { scratchFiles } from './cli-support';
import { runCliInProcess } from './fake-io';
import { startSilentEngine } from './silent-engine';

const files = scratchFiles({ Dockerfile: 'FROM scratch\n' });
after(files.cleanup);

const BAD_TAGS: [string, string, RegExp][] = [
  ['a space', 'a b', /Use only lower-case letters, digits/],
  ['a path out', '../x', /registry part before the first "\/"/],
  ['empty', '', /The image name is empty/],
  ['5,000 characters', 'x'.repeat(5000), /longer than 255 characters/],
  ['a newline', 'app\nlatest', /Use only lower-case letters, digits/],
  ['upper case', 'MyApp', /must be lower-case/],
  ['a digest', `app@sha256:${'a'.repeat(64)}`, /cannot have a digest/],
];

for (const [what, tag, reason] of BAD_TAGS) {
  void test(`build -t with ${what}: exit 125, one line, nothing read or sent`, async () => {
    const engine = await startSilentEngine(files.dir);
    let asked = false;
    void engine.connected.then(() => (asked = true));
    try {
      const started = Date.now();
      const run = await runCliInProcess(['build', '-t', 'ok:1', '-t', tag, '-H', engine.host, 'no-such-context'], {
        cwd: files.dir,
      });
      assert.equal(run.code, 125);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.split('\n').length, 2, `one line: ${run.stderr}`);
      assert.match(run.stderr, /^dockerfile-studio build: -t ".*" is not a valid image name\. /);
      assert.match(run.stderr, reason);
      assert.ok(run.stderr.length < 400, 'a long name is shown cut');
      assert.ok(Date.now() - started < 2000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(asked, false, 'the engine was not asked');
    } finally {
      await engine.close();
    }
  });
}

void test('build -t: the reason in Korean', async () => {
  const run = await runCliInProcess(['build', '--lang', 'ko', '-t', 'My App', '.'], { cwd: files.dir });
  assert.equal(run.code, 125);
  assert.match(
    run.stderr,
    /^dockerfile-studio build: -t "My App"은\(는\) 올바른 이미지 이름이 아닙니다\. 이미지 이름은 소문자/,
  );
});

void test('build -t: good names go on to the engine', async () => {
  for (const tag of ['app', 'app:1.0', 'localhost:5000/team/app:v2', 'docker.io/library/app:latest']) {
    const run = await runCliInProcess(['build', '-t', tag, '-H', 'unix:///nonexistent.sock', '.'], { cwd: files.dir });
    assert.equal(run.code, 2, tag);
    assert.match(run.stderr, /^Cannot reach the Docker engine/, tag);
  }
});

void test('the Build Image prompt says what the CLI says, in the display language', () => {
  for (const language of ['en', 'ko']) {
    fakeVscode.env.language = language;
    for (const [, tag] of BAD_TAGS.filter(([, tag]) => tag !== '')) {
      assert.equal(tagProblem(tag), imageTagProblem(tag.trim(), language === 'ko' ? 'ko' : 'en'), tag);
      assert.ok(tagProblem(tag), tag);
    }
    assert.equal(tagProblem('  '), undefined, 'an empty prompt builds without a tag');
    assert.equal(tagProblem('app:1'), undefined);
  }
  fakeVscode.env.language = 'en';
});
