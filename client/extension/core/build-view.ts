// A build as a learner reads it: one entry per Dockerfile step, numbered as the Dockerfile counts them ("Step 2/3:
// RUN …"), in order, with its output under it and how it ended (cached, how long, its layer). BuildKit's interleaved
// `#n` lines stay in the raw log. No vscode import: the panel and the unit tests feed it events.
import { formatDuration, translate, type Locale, type MessageParams } from '../../../core/l10n';
import type { DockerfileAst, Instruction } from '../../../core/parser/ast';
import type { BuildEvent, BuilderKind, BuildStep } from '../../engine/build-events';
import { extensionMessages, type ExtensionMessageKey } from '../messages';

/** A step the build is expected to show: its Dockerfile line and how it reads. */
export interface PlannedStep {
  line: number;
  title: string;
}

/** The instruction as one short line: `RUN --mount=type=cache,target=/x apt-get update …`. */
export function instructionTitle(instruction: Instruction, maxLength = 60): string {
  const words = [instruction.keyword, ...instruction.flags.map((flag) => flag.raw), instruction.argsText];
  const text = words.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/** The instructions the build will show as steps, in the order the Dockerfile numbers them. */
export function planSteps(instructions: readonly Instruction[]): PlannedStep[] {
  return instructions.map((instruction) => ({
    line: instruction.range.start.line,
    title: instructionTitle(instruction),
  }));
}

/** The extension's texts in one locale. */
function textsIn(locale: Locale): (key: ExtensionMessageKey, params?: MessageParams) => string {
  return (key, params) => translate(extensionMessages, locale, key, params);
}

/** How a finished step ended, as the annotation on its line and the panel both say it. */
export function stepOutcomeLabel(step: BuildStep, builder: BuilderKind, locale: Locale): string {
  const t = textsIn(locale);
  const parts: string[] = [];
  if (step.status === 'error') parts.push(t('layerFailed'));
  if (builder === 'classic' && step.imageId) parts.push(t('layerId', { id: step.imageId }));
  if (step.cached) parts.push(t('layerCached'));
  else if (step.durationMs !== undefined && builder === 'buildkit') parts.push(formatDuration(step.durationMs, locale));
  return parts.length === 0 ? t('layerDone') : parts.join(' · ');
}

/** The engines' ways of saying a command exited with a code: BuildKit, Docker's classic builder, Podman. */
const exitCodePatterns = [/exit code: (\d+)/, /returned a non-zero code: (\d+)/, /exit status (\d+)/];

/** "line 3 `RUN exit 3` failed: the command exited with code 3" (the engine's words when it gave no exit code). */
export function failureHeadline(line: number, title: string, engineMessage: string, locale: Locale): string {
  const t = textsIn(locale);
  const code = exitCodePatterns.map((pattern) => pattern.exec(engineMessage)?.[1]).find(Boolean);
  const reason = code ? t('stepExitCode', { code }) : (engineMessage.trim().split('\n')[0] ?? '');
  return t('stepFailed', { line: line + 1, instruction: title, reason });
}

/** The title of the instruction at `line`, for a failure the engine reported with no step. */
export function titleAt(ast: DockerfileAst, line: number): string | undefined {
  const instruction = ast.instructions.find((i) => i.range.start.line <= line && i.range.end.line >= line);
  return instruction ? instructionTitle(instruction) : undefined;
}

/** How many of a failed step's last output lines the panel and the diagnostic show. */
export const failureTailLines = 10;
/** How many output lines of each step are kept for that tail. */
const keptLines = 50;

interface StepState {
  id: string;
  line: number | undefined;
  heading: string;
  startedAt: number;
  output: string[];
  /** Lines not yet written (the step is waiting behind the one being shown). */
  pending: string[];
  headed: boolean;
  finished: BuildStep | undefined;
}

/** The step the progress notification shows: its heading and when it started. */
export interface RunningStep {
  heading: string;
  startedAt: number;
}

export class BuildStepView {
  private readonly states = new Map<string, StepState>();
  private readonly numbers = new Map<number, number>();
  /** The step whose output streams into the panel now; the others wait their turn, in the order they started. */
  private shown: StepState | undefined;
  private readonly waiting: StepState[] = [];
  private readonly t: ReturnType<typeof textsIn>;

  constructor(
    private readonly planned: readonly PlannedStep[],
    private readonly builder: BuilderKind,
    private readonly locale: Locale,
    private readonly write: (line: string) => void,
    private readonly now: () => number = Date.now,
  ) {
    planned.forEach((step, index) => this.numbers.set(step.line, index + 1));
    this.t = textsIn(locale);
  }

  readonly handle = (event: BuildEvent): void => {
    if (event.type === 'step-started') this.started(event.step);
    else if (event.type === 'log') this.logged(event.step, event.text);
    else if (event.type === 'step-finished') this.finished(event.step);
    else if (event.type === 'warning') this.warn(event.text);
  };

  /** The step being shown, while it runs. */
  running(): RunningStep | undefined {
    const state = this.shown;
    return state && !state.finished ? { heading: state.heading, startedAt: state.startedAt } : undefined;
  }

  /** The last output lines of the step at `line`. */
  tailOf(line: number): string[] {
    const state = [...this.states.values()].find((s) => s.line === line);
    return state ? state.output.slice(-failureTailLines) : [];
  }

  /** Writes what is still held back (steps cut short by a failure or a cancel). */
  flush(): void {
    for (const state of [this.shown, ...this.waiting]) if (state) this.writeHeld(state);
    this.shown = undefined;
    this.waiting.length = 0;
  }

  private started(step: BuildStep): void {
    if (step.internal || this.states.has(step.id)) return;
    const state: StepState = {
      id: step.id,
      line: step.line,
      heading: this.headingOf(step),
      startedAt: this.now(),
      output: [],
      pending: [],
      headed: false,
      finished: undefined,
    };
    this.states.set(step.id, state);
    if (this.shown) this.waiting.push(state);
    else this.shown = state;
  }

  private logged(step: BuildStep | undefined, text: string): void {
    const state = step && this.states.get(step.id);
    if (!state) return;
    state.output.push(text);
    if (state.output.length > keptLines) state.output.shift();
    if (state !== this.shown) return void state.pending.push(text);
    this.head(state);
    this.write(`    ${text}`);
  }

  private finished(step: BuildStep): void {
    const state = this.states.get(step.id);
    if (!state || state.finished) return; // BuildKit may solve a vertex twice (a FROM again as CACHED)
    state.finished = step;
    if (state !== this.shown) return;
    this.writeHeld(state);
    this.shown = undefined;
    while (!this.shown && this.waiting.length > 0) {
      const next = this.waiting.shift() as StepState;
      if (next.finished) this.writeHeld(next);
      else {
        this.shown = next;
        this.writePending(next);
      }
    }
  }

  /** A step's held lines, then how it ended: one line when it printed nothing. */
  private writeHeld(state: StepState): void {
    this.writePending(state);
    if (!state.finished) return;
    const outcome = stepOutcomeLabel(state.finished, this.builder, this.locale);
    this.write(state.headed ? `    → ${outcome}` : `${state.heading} · ${outcome}`);
  }

  private writePending(state: StepState): void {
    if (state.pending.length === 0) return;
    this.head(state);
    for (const text of state.pending.splice(0)) this.write(`    ${text}`);
  }

  private head(state: StepState): void {
    if (state.headed) return;
    state.headed = true;
    this.write(state.heading);
  }

  private warn(text: string): void {
    const { t } = this;
    this.write(t('buildWarning', { text }));
  }

  private headingOf(step: BuildStep): string {
    const number = step.line === undefined ? undefined : this.numbers.get(step.line);
    const planned = number === undefined ? undefined : this.planned[number - 1];
    const title = planned?.title ?? step.name.replace(/^\[[^\]]*\] /, '');
    const total = Math.max(this.planned.length, number ?? 0);
    const { t } = this;
    return number === undefined ? title : t('buildStep', { step: number, total, name: title });
  }
}
