// Moves the tar from tar-stream (which emits a header, the data and the padding of every entry as
// separate chunks) into a Node stream in larger chunks, with backpressure. Tens of thousands of tiny
// writes to a socket cost far more than copying them into fewer buffers.
import type { PassThrough } from 'node:stream';
import type { Pack } from 'tar-stream';

const TARGET_CHUNK = 64 * 1024;

export function coalesceInto(tar: Pack, out: PassThrough): void {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = (): boolean => {
    if (pendingBytes === 0) return true;
    const chunk = pending.length === 1 && pending[0] ? pending[0] : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    return out.write(chunk);
  };
  tar.on('data', (data: unknown) => {
    const chunk = data as Buffer;
    let ok: boolean;
    if (chunk.length >= TARGET_CHUNK) {
      const flushed = flush();
      ok = out.write(chunk) && flushed; // large file data: pass it on without copying
    } else {
      pending.push(chunk);
      pendingBytes += chunk.length;
      ok = pendingBytes < TARGET_CHUNK || flush();
    }
    if (ok) return;
    tar.pause();
    out.once('drain', () => tar.resume());
  });
  tar.on('end', () => {
    flush();
    out.end();
  });
}
