// Reads the step structure from the classic builder's text (Docker's `Step N/M :` and Podman/Buildah's `STEP N/M:`).
import type { BuildEventSink, BuildStep, StepLocator } from './build-events';

interface LinePattern {
  pattern: RegExp;
  apply(this: void, progress: ClassicProgress, match: RegExpExecArray): void;
}

const patterns: LinePattern[] = [
  { pattern: /^Step (\d+)\/\d+ : (.*)$/, apply: (p, m) => p.startStep(Number(m[1]), m[2] ?? '') },
  // Podman: `STEP k/n: …`, with `[i/m] ` before it in multi-stage builds.
  {
    pattern: /^(?:\[(\d+)\/\d+\] )?STEP (\d+)\/\d+: (.*)$/,
    apply: (p, m) => p.startStep(Number(m[2]), m[3] ?? '', Number(m[1] ?? 1)),
  },
  { pattern: /^ ?-{2,3}> Running in ([0-9a-f]{12,64})$/, apply: (p, m) => p.update({ containerId: m[1] }) },
  { pattern: /^ ?-{2,3}> Using cache(?: ([0-9a-f]{12,64}))?$/, apply: (p, m) => p.markCached(m[1]) },
  { pattern: /^ ?-{2,3}> ([0-9a-f]{11,64})$/, apply: (p, m) => p.finishStep(m[1]) },
  { pattern: /^Successfully built ([0-9a-f]{12,64})$/, apply: (p, m) => p.noteImage(m[1]) },
  { pattern: /^([0-9a-f]{64})$/, apply: (p, m) => p.noteImage(m[1]) }, // Podman prints the full ID alone
  { pattern: /^(Removing intermediate container|Successfully tagged|COMMIT)( |$)/, apply: () => undefined },
];

// eslint-disable-next-line no-control-regex
const ansiColour = /\x1b\[[0-9;]*m/g;

export class ClassicProgress {
  readonly steps: BuildStep[] = [];
  /** The image ID as printed (`Successfully built`, or Podman's bare ID); `aux` is preferred when present. */
  printedImageId: string | undefined;
  private current: BuildStep | undefined;
  private startedAt = 0;
  private pending = '';
  /** Docker wraps a RUN's stderr in red (`ESC[91m … ESC[0m`): lines finished by such a chunk are stderr. */
  private pendingIsStderr = false;

  constructor(
    private readonly emit: BuildEventSink,
    private readonly locator?: StepLocator,
    private readonly now: () => number = Date.now,
  ) {}

  /** Feeds a `stream` field; lines may arrive in pieces. */
  pushStream(text: string): void {
    const stderr = text.includes('\x1b[91m');
    this.pendingIsStderr ||= stderr;
    this.pending += stderr ? text.replace(ansiColour, '') : text;
    let start = 0; // one slice per line, not a copy of the rest after each line
    for (let newline = this.pending.indexOf('\n'); newline !== -1; newline = this.pending.indexOf('\n', start)) {
      this.handleLine(this.pending.slice(start, newline).replace(/\r$/, ''), this.pendingIsStderr);
      this.pendingIsStderr = stderr;
      start = newline + 1;
    }
    this.pending = this.pending.slice(start);
  }

  /** The stream ended: flush a last partial line and close the running step. */
  end(): void {
    if (this.pending) this.handleLine(this.pending, this.pendingIsStderr);
    this.pending = '';
    if (this.current) this.finishStep(undefined);
  }

  /** The build failed: the running step (if any) is the failing one. */
  fail(message: string): BuildStep | undefined {
    const step = this.current;
    if (!step) return undefined;
    step.status = 'error';
    step.error = message;
    step.durationMs = this.now() - this.startedAt;
    this.current = undefined;
    this.emit({ type: 'step-finished', step: { ...step } });
    return step;
  }

  /** `stage` (1-based) is given by Podman, which numbers steps per stage; Docker numbers them through the file. */
  startStep(index: number, name: string, stage?: number): void {
    if (this.current) this.finishStep(undefined);
    const line = stage === undefined ? this.locator?.classicStep(index) : this.locator?.podmanStep(stage, index);
    const number = this.steps.length + 1;
    const step: BuildStep = {
      id: `step-${number}`,
      index: number,
      name,
      internal: false,
      status: 'running',
      cached: false,
      ...(line !== undefined ? { line } : {}),
    };
    this.steps.push(step);
    this.current = step;
    this.startedAt = this.now();
    this.emit({ type: 'step-started', step: { ...step } });
  }

  update(fields: Partial<BuildStep>): void {
    if (this.current) Object.assign(this.current, fields);
  }

  markCached(imageId: string | undefined): void {
    this.update({ cached: true });
    if (imageId) this.finishStep(imageId); // Podman: `--> Using cache <id>` ends the step
  }

  finishStep(imageId: string | undefined): void {
    const step = this.current;
    if (!step) return;
    if (imageId) step.imageId = imageId;
    step.status = 'done';
    step.durationMs = this.now() - this.startedAt;
    this.current = undefined;
    this.emit({ type: 'step-finished', step: { ...step } });
  }

  noteImage(id: string | undefined): void {
    if (id) this.printedImageId = id;
  }

  private handleLine(line: string, stderr: boolean): void {
    this.emit({ type: 'output', text: line });
    for (const { pattern, apply } of patterns) {
      const match = pattern.exec(line);
      if (match) {
        apply(this, match);
        return;
      }
    }
    if (this.current && line !== '')
      this.emit({ type: 'log', step: { ...this.current }, text: line, stream: stderr ? 'stderr' : 'stdout' });
  }
}
