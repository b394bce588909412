// Splits an attach stream into stdout and stderr. Without a TTY the engine multiplexes both into frames:
// an 8-byte header (byte 0 = stream: 0 stdin, 1 stdout, 2 stderr; bytes 4–7 = payload length, big-endian)
// followed by the payload. Frames do not line up with network chunks. With a TTY the stream is raw.

export type OutputStream = 'stdout' | 'stderr';

export interface OutputChunk {
  stream: OutputStream;
  data: Buffer;
}

/** The stream is not in the engine's frame format (a header named an unknown stream). */
export class FrameFormatError extends Error {
  constructor(readonly streamByte: number) {
    super(`Unexpected attach stream header: stream byte ${streamByte} (expected 0, 1 or 2).`);
    this.name = 'FrameFormatError';
  }
}

const HEADER_SIZE = 8;

/** Streaming decoder: feed chunks in order, get payload pieces back as soon as they arrive (never whole-frame buffered). */
export class FrameDemuxer {
  private readonly header = Buffer.alloc(HEADER_SIZE);
  private headerFilled = 0;
  private payloadLeft = 0;
  private current: OutputStream = 'stdout';

  /** Decodes one chunk; returned buffers are views into `chunk`. Throws FrameFormatError on a bad header. */
  push(chunk: Buffer): OutputChunk[] {
    const out: OutputChunk[] = [];
    let at = 0;
    while (at < chunk.length) {
      if (this.payloadLeft > 0) {
        const take = Math.min(this.payloadLeft, chunk.length - at);
        out.push({ stream: this.current, data: chunk.subarray(at, at + take) });
        this.payloadLeft -= take;
        at += take;
        continue;
      }
      const take = Math.min(HEADER_SIZE - this.headerFilled, chunk.length - at);
      chunk.copy(this.header, this.headerFilled, at, at + take);
      this.headerFilled += take;
      at += take;
      if (this.headerFilled === HEADER_SIZE) this.startFrame();
    }
    return out;
  }

  /** True when the stream stopped in the middle of a header or a payload. */
  get midFrame(): boolean {
    return this.headerFilled > 0 || this.payloadLeft > 0;
  }

  private startFrame(): void {
    const streamByte = this.header[0] ?? 0;
    if (streamByte > 2) throw new FrameFormatError(streamByte);
    // Stream 0 (stdin echoed back) is shown with stdout, as the docker CLI does.
    this.current = streamByte === 2 ? 'stderr' : 'stdout';
    this.payloadLeft = this.header.readUInt32BE(4);
    this.headerFilled = 0;
  }
}

/** Decoder for either kind of attach stream: framed (no TTY) or raw (TTY, everything is stdout). */
export interface AttachDecoder {
  push(chunk: Buffer): OutputChunk[];
  readonly midFrame: boolean;
}

export function attachDecoder(tty: boolean): AttachDecoder {
  if (!tty) return new FrameDemuxer();
  return { push: (chunk) => (chunk.length > 0 ? [{ stream: 'stdout', data: chunk }] : []), midFrame: false };
}

/** Encodes one frame the way the engine does; used by tests and stand-in engines. */
export function encodeFrame(stream: 0 | 1 | 2, payload: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_SIZE);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}
