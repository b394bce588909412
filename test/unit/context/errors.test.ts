// Errors while packing: typed, with English and Korean messages, and cancellation.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packContext } from '../../../client/context/pack.js';
import { ContextError } from '../../../client/context/errors.js';
import { SMALL_FILE_LIMIT } from '../../../client/context/tarwrite.js';
import { makeContext, tooDeepContext } from './fixture.js';
import { tarEntries } from './tar-entries.js';

async function streamError(contextDir: string, signal?: AbortSignal): Promise<unknown> {
  try {
    await tarEntries(packContext({ contextDir, ...(signal ? { signal } : {}) }).stream);
  } catch (err) {
    return err;
  }
  return undefined;
}

void describe('packing errors', () => {
  void it('a missing context folder is a context-missing error, never ENOENT', () => {
    assert.throws(
      () => packContext({ contextDir: '/nonexistent/ctx' }),
      (err) => {
        assert.ok(err instanceof ContextError);
        assert.equal(err.kind, 'context-missing');
        assert.match(err.message, /\/nonexistent\/ctx does not exist/);
        assert.doesNotMatch(err.message, /ENOENT/);
        return true;
      },
    );
  });

  void it('a missing Dockerfile is reported with its path', () => {
    const fx = makeContext({ a: 'a' });
    try {
      assert.throws(
        () => packContext({ contextDir: fx.contextDir }),
        (err) => err instanceof ContextError && err.kind === 'dockerfile-missing',
      );
    } finally {
      fx.cleanup();
    }
  });

  void it('a lone ! names its line in English and Korean', () => {
    const fx = makeContext({ Dockerfile: 'FROM scratch\n', '.dockerignore': '# c\nsecret\n!\n' });
    try {
      assert.throws(
        () => packContext({ contextDir: fx.contextDir }),
        (err) => {
          assert.ok(err instanceof ContextError);
          assert.equal(err.kind, 'ignore-lone-exclamation');
          assert.match(err.message, /line 3/);
          assert.match(err.localized('ko-KR').message, /3번째 줄/);
          return true;
        },
      );
    } finally {
      fx.cleanup();
    }
  });

  void it('regex metacharacters in a pattern never throw anything but a ContextError', () => {
    for (const pattern of ['a(b', '[a-', 'x{2}', 'a\\', '*)', '[]]', '\\q', '[[:nope:]]', '(((', '+?', '[z-a]']) {
      const fx = makeContext({ Dockerfile: 'FROM scratch\n', '.dockerignore': pattern + '\n', f: 'f' });
      try {
        packContext({ contextDir: fx.contextDir }).stream.destroy();
      } catch (err) {
        assert.ok(err instanceof ContextError, `${pattern}: ${String(err)}`);
      } finally {
        fx.cleanup();
      }
    }
  });

  void it(
    'an unreadable file fails the stream with an unreadable error',
    { skip: process.getuid?.() === 0 ? 'root can read every file' : false },
    async () => {
      const fx = makeContext({ Dockerfile: 'FROM scratch\n', locked: 'l' });
      try {
        chmodSync(join(fx.contextDir, 'locked'), 0);
        const err = await streamError(fx.contextDir);
        assert.ok(err instanceof ContextError && err.kind === 'unreadable', String(err));
      } finally {
        fx.cleanup();
      }
    },
  );

  void it('a file removed while packing is file-changed, never a raw ENOENT', async () => {
    const fx = makeContext({ Dockerfile: 'FROM scratch\n' });
    try {
      for (let i = 0; i < 60; i++)
        writeFileSync(join(fx.contextDir, `f${String(i).padStart(2, '0')}`), Buffer.alloc(100_000, 1));
      const packed = packContext({ contextDir: fx.contextDir });
      let err: unknown;
      try {
        for await (const chunk of packed.stream) {
          assert.ok(chunk); // the folder is listed by now; f59 is read much later
          rmSync(join(fx.contextDir, 'f59'), { force: true });
        }
      } catch (e) {
        err = e;
      }
      assert.ok(err instanceof ContextError && err.kind === 'file-changed', String(err));
      assert.doesNotMatch(err.message, /ENOENT/);
    } finally {
      fx.cleanup();
    }
  });

  void it('aborting mid-stream fails the stream with cancelled', async () => {
    const fx = makeContext({ Dockerfile: 'FROM scratch\n' });
    try {
      writeFileSync(join(fx.contextDir, 'big'), Buffer.alloc(SMALL_FILE_LIMIT * 40, 1));
      const controller = new AbortController();
      const packed = packContext({ contextDir: fx.contextDir, signal: controller.signal });
      let failure: unknown;
      try {
        for await (const chunk of packed.stream) {
          assert.ok(chunk);
          controller.abort();
        }
      } catch (err) {
        failure = err;
      }
      assert.ok(failure instanceof ContextError && failure.kind === 'cancelled', String(failure));
    } finally {
      fx.cleanup();
    }
  });

  void it('an already aborted signal never yields a complete tar', async () => {
    const fx = makeContext({ Dockerfile: 'FROM scratch\n' });
    try {
      const err = await streamError(fx.contextDir, AbortSignal.abort());
      assert.ok(err instanceof ContextError && err.kind === 'cancelled', String(err));
    } finally {
      fx.cleanup();
    }
  });

  void it('nothing is read before the stream is: a context that cannot be read fails only its reader', async () => {
    const fx = tooDeepContext();
    try {
      const packed = packContext({ contextDir: fx.contextDir });
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(packed.stream.errored, null);
      const err = await tarEntries(packed.stream).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(err instanceof ContextError && err.kind === 'name-too-long', String(err));
      assert.match(err.message, /^The path \/.*…d+ is longer than the system allows\. /);
      assert.ok(err.message.length < 400 && !err.message.includes('\n'), 'one short line');
      assert.match(err.localized('ko').message, /시스템이 허용하는 길이보다 깁니다/);
    } finally {
      fx.cleanup();
    }
  });

  // Regression: `build` crashed with "Unhandled 'error' event" when the context failed while nothing listened.
  void it('a failure nobody listens to never crashes the process', async () => {
    const fx = tooDeepContext();
    try {
      const unread = packContext({ contextDir: fx.contextDir });
      unread.stream.resume(); // read, with no 'error' listener of ours
      await new Promise((resolve) => unread.stream.once('close', resolve));
      assert.ok(unread.stream.errored instanceof ContextError && unread.stream.errored.kind === 'name-too-long');
      const controller = new AbortController();
      const cancelled = packContext({ contextDir: fx.contextDir, signal: controller.signal });
      controller.abort(); // before anyone reads
      await new Promise((resolve) => cancelled.stream.once('close', resolve));
      assert.ok(cancelled.stream.errored instanceof ContextError && cancelled.stream.errored.kind === 'cancelled');
    } finally {
      fx.cleanup();
    }
  });
});
