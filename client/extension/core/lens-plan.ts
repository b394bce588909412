// Which code lenses a Dockerfile shows, and where: decided from plain facts so it can be tested without VS Code.

export type LensKind =
  'build' | 'run' | 'buildAndRun' | 'stop' | 'runWithOptions' | 'runInteractive' | 'buildUntrusted' | 'runUntrusted';

export interface LensFacts {
  /** Line of the first FROM; undefined when the file has none (no lenses then). */
  buildLine: number | undefined;
  /** Line of the final stage's CMD/ENTRYPOINT, else the first FROM. */
  runLine: number | undefined;
  /** The name to show for the last built image (its tag, else short ID); undefined before any build. */
  builtImage: string | undefined;
  /** The Dockerfile changed since that build. */
  changedSinceBuild: boolean;
  /** A run of this Dockerfile's image is in progress. */
  running: boolean;
  /** The workspace is trusted; otherwise the lenses say that building and running need trust. */
  trusted: boolean;
}

export interface PlannedLens {
  kind: LensKind;
  line: number;
  /** The image named in the title, for `run` and `stop`. */
  image?: string;
}

export function planLenses(facts: LensFacts): PlannedLens[] {
  const { buildLine, runLine } = facts;
  if (buildLine === undefined || runLine === undefined) return [];
  if (!facts.trusted)
    return [
      { kind: 'buildUntrusted', line: buildLine },
      { kind: 'runUntrusted', line: runLine },
    ];
  const lenses: PlannedLens[] = [{ kind: 'build', line: buildLine }];
  if (facts.running) return [...lenses, { kind: 'stop', line: runLine, ...named(facts.builtImage) }];
  const fresh = facts.builtImage !== undefined && !facts.changedSinceBuild;
  lenses.push(
    fresh ? { kind: 'run', line: runLine, ...named(facts.builtImage) } : { kind: 'buildAndRun', line: runLine },
  );
  lenses.push({ kind: 'runWithOptions', line: runLine }, { kind: 'runInteractive', line: runLine });
  return lenses;
}

function named(image: string | undefined): { image?: string } {
  return image === undefined ? {} : { image };
}
