// What a build reports while it runs: display lines, steps starting and finishing, logs, and the result.

export type BuilderKind = 'buildkit' | 'classic';
export type BuilderChoice = 'auto' | BuilderKind;

/** One step: a classic `Step N/M`, a Podman `STEP N/M`, or a BuildKit vertex. */
export interface BuildStep {
  /** The vertex digest (BuildKit) or `step-N` (classic). */
  id: string;
  /** `#N` as BuildKit's plain progress numbers it; for the classic builder, the step's position in the build. */
  index: number;
  /** As the engine names it: `[2/3] RUN echo hi` (BuildKit), `RUN echo hi` (classic). */
  name: string;
  /** BuildKit's `[internal] …`, `exporting to image` and other vertexes that are not Dockerfile instructions. */
  internal: boolean;
  /** 0-based Dockerfile line of the instruction, when the step maps to one. */
  line?: number;
  status: 'running' | 'done' | 'error';
  cached: boolean;
  durationMs?: number;
  /** Classic builder: the image this step committed (short ID as printed). */
  imageId?: string;
  /** Classic builder: the intermediate container (`Running in …`). */
  containerId?: string;
  error?: string;
}

export type BuildEvent =
  /** A line as `docker build` (classic) or `docker buildx build --progress=plain` (BuildKit) shows it. */
  | { type: 'output'; text: string }
  | { type: 'step-started'; step: BuildStep }
  | { type: 'step-finished'; step: BuildStep }
  | { type: 'log'; step: BuildStep | undefined; text: string; stream: 'stdout' | 'stderr' }
  | { type: 'warning'; text: string; step: BuildStep | undefined }
  /** A line of the engine's stream that was not JSON; the build goes on. */
  | { type: 'malformed'; line: string; reason: string }
  | { type: 'error'; message: string; step: BuildStep | undefined };

export type BuildEventSink = (event: BuildEvent) => void;

export interface BuildResult {
  imageId: string;
  tags: string[];
  steps: BuildStep[];
  builder: BuilderKind;
  durationMs: number;
  /** Through a BuildKit session: what the session sent (gRPC bytes in all), and the files whose content it sent. */
  transfer?: { bytes: number; files: number; dataBytes: number };
}

/** Maps an engine's step naming to a Dockerfile line. */
export interface StepLocator {
  /** Docker's classic builder: the N of `Step N/M`, counted through the build. */
  classicStep(n: number): number | undefined;
  /** Podman: `[stage/…] STEP n/…`, counted within the (1-based) stage. */
  podmanStep(stage: number, n: number): number | undefined;
  /** BuildKit: the `[stage k/n]` prefix of a vertex name. */
  buildKitVertex(name: string): number | undefined;
}
