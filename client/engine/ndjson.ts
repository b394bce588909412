// Newline-delimited JSON as the engine streams it: chunk boundaries anywhere (even inside a UTF-8 character),
// lines ending in `\n` (Podman) or `\r\n` (Docker), and a malformed line reported as an event, never thrown. A line
// longer than the cap (an engine gone wrong) is an error: memory stays bounded.
import { EngineError } from './errors';

/** One message of the engine's JSON stream (the docker CLI's `jsonmessage`). */
export interface JsonMessage {
  stream?: string;
  status?: string;
  id?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  aux?: unknown;
  error?: string;
  errorDetail?: { code?: number; message?: string };
  message?: string;
}

export type NdjsonEvent =
  { type: 'message'; message: JsonMessage } | { type: 'malformed'; line: string; reason: string };

/** The longest line accepted: BuildKit's trace messages carry batches of logs, far below this. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

const NEWLINE = 0x0a;

export class NdjsonSplitter {
  /** The bytes of the unfinished line, in arrival order. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly maxLineBytes = MAX_LINE_BYTES) {}

  /** Feeds a chunk; returns the complete lines it finished. Only the new bytes are scanned for line ends. */
  push(chunk: Buffer | string): NdjsonEvent[] {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const events: NdjsonEvent[] = [];
    let start = 0;
    // `\n` never occurs inside a UTF-8 sequence, so lines can be cut at byte level and decoded whole.
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      this.append(bytes.subarray(start, end));
      pushLine(this.takeLine(), events);
      start = end + 1;
    }
    if (start < bytes.length) this.append(bytes.subarray(start));
    return events;
  }

  /** Flushes a last line that had no newline. */
  end(): NdjsonEvent[] {
    const events: NdjsonEvent[] = [];
    pushLine(this.takeLine(), events);
    return events;
  }

  private append(piece: Buffer): void {
    if (piece.length === 0) return;
    this.pendingBytes += piece.length;
    if (this.pendingBytes > this.maxLineBytes) {
      this.pending = [];
      this.pendingBytes = 0;
      throw new EngineError({
        kind: 'protocol',
        id: 'lineTooLong',
        hintId: 'lineTooLongHint',
        params: { limit: formatBytes(this.maxLineBytes) },
      });
    }
    this.pending.push(piece);
  }

  private takeLine(): string {
    const line = Buffer.concat(this.pending, this.pendingBytes).toString('utf8');
    this.pending = [];
    this.pendingBytes = 0;
    return line;
  }
}

function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}

function pushLine(raw: string, events: NdjsonEvent[]): void {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line.trim() === '') return;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    events.push({ type: 'malformed', line, reason: err instanceof Error ? err.message : String(err) });
    return;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    events.push({ type: 'message', message: value });
  else events.push({ type: 'malformed', line, reason: 'not a JSON object' });
}

/** Reads a whole stream as NDJSON events. Errors of the stream itself propagate. */
export async function* readNdjson(stream: AsyncIterable<Buffer | string>): AsyncGenerator<NdjsonEvent> {
  const splitter = new NdjsonSplitter();
  for await (const chunk of stream) yield* splitter.push(chunk);
  yield* splitter.end();
}

/** The failure text of a message (`errorDetail.message`, else `error`), or undefined when it is not a failure. */
export function messageError(message: JsonMessage): string | undefined {
  const detail = message.errorDetail?.message;
  if (typeof detail === 'string' && detail) return detail;
  if (typeof message.error === 'string' && message.error) return message.error;
  if (message.errorDetail) return 'unknown error';
  return undefined;
}
