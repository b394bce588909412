import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EngineAccess, type EngineState } from '../../../client/extension/core/engine-access';
import { errorText } from '../../../client/extension/core/error-text';

void test('an engine that is not there: the state says so plainly, in the chosen locale, never a raw errno', async (t) => {
  for (const { locale, want } of [
    { locale: 'en', want: /Cannot reach the Docker engine at unix:\/\/\/nonexistent\/docker\.sock/ },
    { locale: 'ko', want: /Docker 엔진에 연결할 수 없습니다/ },
  ]) {
    await t.test(locale, async () => {
      const access = new EngineAccess({ host: () => 'unix:///nonexistent/docker.sock', locale });
      const seen: EngineState['kind'][] = [];
      access.onDidChange((state) => seen.push(state.kind));
      await assert.rejects(access.connect());
      const state = access.state;
      assert.equal(state.kind, 'unreachable');
      assert.match(state.kind === 'unreachable' ? state.message : '', want);
      assert.doesNotMatch(JSON.stringify(state), /ENOENT|ECONNREFUSED/);
      assert.deepEqual(seen, ['checking', 'checking', 'unreachable']);
    });
  }
});

void test('recheck forgets a failed connection and tries again', async () => {
  let host = 'unix:///nonexistent/a.sock';
  const access = new EngineAccess({ host: () => host, locale: 'en' });
  await access.recheck();
  assert.equal(access.state.kind === 'unreachable' && access.state.host, 'unix:///nonexistent/a.sock');
  host = 'unix:///nonexistent/b.sock';
  await access.recheck();
  assert.equal(access.state.kind === 'unreachable' && access.state.host, 'unix:///nonexistent/b.sock');
});

void test('errorText falls back to a sentence for errors that carry no localized text', () => {
  const text = errorText(new Error('boom'), 'en', (detail) => `Something went wrong: ${detail}`);
  assert.deepEqual(text, { message: 'Something went wrong: boom', hint: undefined, kind: undefined });
});

void test('a password in the engine address reaches no state the status item shows', async () => {
  const access = new EngineAccess({
    host: () => 'tcp://builder:hunter2@127.0.0.1:1',
    timeouts: () => ({ connectSeconds: 2, responseSeconds: 2 }),
    locale: 'en',
  });
  await access.recheck();
  assert.equal(access.state.kind, 'unreachable');
  assert.doesNotMatch(JSON.stringify(access.state), /hunter2/);
  assert.match(JSON.stringify(access.state), /tcp:\/\/builder:\*\*\*@127\.0\.0\.1:1/);
});
