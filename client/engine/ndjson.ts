// Newline-delimited JSON as the engine streams it: chunk boundaries anywhere (even inside a UTF-8 character),
// lines ending in `\n` (Podman) or `\r\n` (Docker), and a malformed line reported as an event, never thrown.
import { StringDecoder } from 'node:string_decoder';

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

export class NdjsonSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';

  /** Feeds a chunk; returns the complete lines it finished. */
  push(chunk: Buffer | string): NdjsonEvent[] {
    this.pending += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    const events: NdjsonEvent[] = [];
    let start = 0;
    for (let end = this.pending.indexOf('\n'); end !== -1; end = this.pending.indexOf('\n', start)) {
      pushLine(this.pending.slice(start, end), events);
      start = end + 1;
    }
    this.pending = this.pending.slice(start);
    return events;
  }

  /** Flushes a last line that had no newline. */
  end(): NdjsonEvent[] {
    const events: NdjsonEvent[] = [];
    pushLine(this.pending + this.decoder.end(), events);
    this.pending = '';
    return events;
  }
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
