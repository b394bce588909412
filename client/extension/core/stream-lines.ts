// Turns a container's interleaved stdout/stderr chunks into panel text, with every stderr line marked.
import { StringDecoder } from 'node:string_decoder';

export type OutputStreamName = 'stdout' | 'stderr';

const stderrMark = '[stderr] ';

/** Flush a partial line once it grows past this, so a progress bar without newlines still shows. */
const maxPartial = 4096;

export class StreamLines {
  private readonly decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  private readonly partial = { stdout: '', stderr: '' };

  /** Returns the complete lines (each ending in a newline) that `data` finished, ready for the panel. */
  push(stream: OutputStreamName, data: Buffer): string {
    const text = this.partial[stream] + this.decoders[stream].write(data);
    const cut = text.lastIndexOf('\n') + 1;
    const done = cut > 0 ? text.slice(0, cut) : '';
    const rest = text.slice(cut);
    this.partial[stream] = rest.length > maxPartial ? '' : rest;
    return mark(stream, rest.length > maxPartial ? text : done);
  }

  /** Whatever is left without a final newline, given one. */
  flush(): string {
    let out = '';
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.partial[stream] + this.decoders[stream].end();
      this.partial[stream] = '';
      if (rest !== '') out += mark(stream, rest.endsWith('\n') ? rest : `${rest}\n`);
    }
    return out;
  }
}

function mark(stream: OutputStreamName, text: string): string {
  if (stream === 'stdout' || text === '') return text;
  return text.replace(/^(?=.)/gm, stderrMark).replace(/^(?=\n)/gm, stderrMark.trimEnd());
}
