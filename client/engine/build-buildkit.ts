// Merges BuildKit's StatusResponse updates by vertex digest and shows them the way
// `docker buildx build --progress=plain` does: `#N name`, log lines with their time, `#N CACHED`, `#N DONE 0.3s`.
import type { BuildEventSink, BuildStep, StepLocator } from './build-events';
import type { StatusResponse, TraceLog, TraceStatus, TraceVertex } from './buildkit-trace';

interface VertexState {
  step: BuildStep;
  started?: number;
  announced: boolean;
  finished: boolean;
  /** A log line not yet ended by a newline. */
  partialLog: string;
  doneStatuses: Set<string>;
}

const stepName = /^\[[^\]]*\d+\/\d+\] /;

export class BuildKitProgress {
  private readonly vertexes = new Map<string, VertexState>();

  constructor(
    private readonly emit: BuildEventSink,
    private readonly locator?: StepLocator,
  ) {}

  get steps(): BuildStep[] {
    return [...this.vertexes.values()].map((v) => ({ ...v.step }));
  }

  /** Starts first, then statuses and logs, then completions: `#N DONE` comes after the vertex's last lines. */
  push(update: StatusResponse): void {
    for (const vertex of update.vertexes) this.startVertex(vertex);
    for (const status of update.statuses) this.showStatus(status);
    for (const log of update.logs) this.showLog(log);
    for (const warning of update.warnings) {
      const state = this.vertexes.get(warning.vertex);
      this.emit({ type: 'warning', text: warning.short, step: state ? { ...state.step } : undefined });
      this.print(state, `WARNING: ${warning.short}`);
    }
    for (const vertex of update.vertexes) this.completeVertex(vertex);
  }

  /** The failing vertex, if BuildKit named one. */
  failedStep(): BuildStep | undefined {
    const failed = [...this.vertexes.values()].find((v) => v.step.status === 'error');
    return failed ? { ...failed.step } : undefined;
  }

  /** Flushes log lines that never ended with a newline. */
  end(): void {
    for (const state of this.vertexes.values()) this.flushLog(state);
  }

  private stateFor(vertex: TraceVertex): VertexState {
    let state = this.vertexes.get(vertex.digest);
    if (!state) {
      const line = this.locator?.buildKitVertex(vertex.name);
      const step: BuildStep = {
        id: vertex.digest,
        index: this.vertexes.size + 1,
        name: vertex.name,
        internal: !stepName.test(vertex.name),
        status: 'running',
        cached: false,
        ...(line !== undefined ? { line } : {}),
      };
      state = { step, announced: false, finished: false, partialLog: '', doneStatuses: new Set() };
      this.vertexes.set(vertex.digest, state);
    }
    return state;
  }

  private startVertex(vertex: TraceVertex): void {
    const state = this.stateFor(vertex);
    state.step.cached = vertex.cached; // each update carries the whole vertex
    if (state.finished && vertex.started !== undefined && vertex.started !== state.started) {
      state.finished = false; // solved again (a FROM is often re-run as CACHED): report its new outcome too
      state.started = vertex.started;
    }
    if (vertex.started !== undefined) state.started ??= vertex.started;
    if (!state.announced && (vertex.started !== undefined || vertex.cached)) {
      state.announced = true;
      this.print(state, state.step.name);
      this.emit({ type: 'step-started', step: { ...state.step } });
    }
  }

  private completeVertex(vertex: TraceVertex): void {
    const state = this.stateFor(vertex);
    if (state.finished || (vertex.completed === undefined && !vertex.error)) return;
    state.finished = true;
    this.flushLog(state);
    if (vertex.error) {
      state.step.status = 'error';
      state.step.error = vertex.error;
    } else state.step.status = 'done';
    if (vertex.completed !== undefined && state.started !== undefined)
      state.step.durationMs = vertex.completed - state.started;
    this.print(state, this.finishText(state.step));
    this.emit({ type: 'step-finished', step: { ...state.step } });
  }

  private finishText(step: BuildStep): string {
    if (step.status === 'error') return `ERROR: ${step.error ?? ''}`;
    if (step.cached) return 'CACHED';
    return `DONE ${((step.durationMs ?? 0) / 1000).toFixed(1)}s`;
  }

  private showStatus(status: TraceStatus): void {
    const state = this.vertexes.get(status.vertex);
    if (!state || status.completed === undefined || state.doneStatuses.has(status.id)) return;
    state.doneStatuses.add(status.id);
    const size = status.total > 0 ? ` ${status.current}/${status.total}` : '';
    this.print(state, `${status.id}${size} done`);
  }

  private showLog(log: TraceLog): void {
    const state = this.vertexes.get(log.vertex);
    if (!state) return;
    const text = state.partialLog + log.data.toString('utf8');
    const lines = text.split('\n');
    state.partialLog = lines.pop() ?? '';
    const elapsed =
      state.started !== undefined && log.timestamp !== undefined
        ? `${((log.timestamp - state.started) / 1000).toFixed(3)} `
        : '';
    const stream = log.stream === 2 ? 'stderr' : 'stdout';
    for (const line of lines) {
      this.print(state, `${elapsed}${line}`);
      this.emit({ type: 'log', step: { ...state.step }, text: line, stream });
    }
  }

  private flushLog(state: VertexState): void {
    if (!state.partialLog) return;
    const line = state.partialLog;
    state.partialLog = '';
    this.print(state, line);
    this.emit({ type: 'log', step: { ...state.step }, text: line, stream: 'stdout' });
  }

  private print(state: VertexState | undefined, text: string): void {
    this.emit({ type: 'output', text: state ? `#${state.step.index} ${text}` : text });
  }
}
