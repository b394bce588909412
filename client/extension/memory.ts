// What Dockerfile Studio remembers per Dockerfile in the workspace: last build settings, run options, last image.
// Build args and run env whose names look secret never reach workspace state: they go to VS Code's SecretStorage, or
// are not remembered at all, as the user chose (the `dockerfileStudio.secrets.remember` setting, asked the first time).
import type * as vscode from 'vscode';
import type { PullChoice } from './config';
import type { RunOptions } from './core/run-options';
import { splitBuildArgs, splitEnv } from './core/secret-values';

export interface BuildSettings {
  /** Empty for an untagged build. */
  tag: string;
  buildArgs: Record<string, string>;
  target: string | undefined;
  noCache: boolean;
  /** `linux/arm64`…; undefined builds for the engine's platform. */
  platform?: string;
  /** undefined: the `dockerfileStudio.pull` setting. */
  pull?: PullChoice;
  labels?: Record<string, string>;
  cacheFrom?: string[];
  /** Where each secret is read from (`id=NAME,src=FILE`, `id=NAME,env=VARIABLE`), never its value. */
  secrets?: string[];
  /** `default` or `ID=PATH`: which ssh-agent or keys RUN --mount=type=ssh gets. */
  ssh?: string[];
}

export interface BuiltImage {
  imageId: string;
  tags: string[];
  /** The Dockerfile's fingerprint when it was built (see core/fingerprint). */
  fingerprint: string;
}

interface Memo {
  build?: BuildSettings;
  run?: RunOptions;
  image?: BuiltImage;
}

/** The secret-looking values of one Dockerfile, as kept in SecretStorage. */
interface SecretMemo {
  buildArgs?: Record<string, string>;
  env?: string[];
}

export type SecretChoice = 'secretStorage' | 'never';

export interface SecretKeeping {
  storage: vscode.SecretStorage;
  /** Where secret values go; may ask the user. undefined (the question dismissed): not this time. */
  choose(): Promise<SecretChoice | undefined>;
}

export class DockerfileMemory {
  /** Secret writes, one after the other; a question to the user never holds up a build or a run. */
  private secretWrites: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly state: vscode.Memento,
    private readonly secrets: SecretKeeping,
  ) {}

  /** Calls `listener` after each change remembered (a build's settings reach the checker this way). */
  onDidRemember(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The last build's build args without the secret ones: what the language server may see. */
  plainBuildArgs(dockerfile: vscode.Uri): Record<string, string> {
    return this.get(dockerfile).build?.buildArgs ?? {};
  }

  /** The last build settings, secret build args included when they were kept. */
  async buildSettings(dockerfile: vscode.Uri): Promise<BuildSettings | undefined> {
    const build = this.get(dockerfile).build;
    if (!build) return undefined;
    const kept = await this.secretsOf(dockerfile);
    return { ...build, buildArgs: { ...build.buildArgs, ...kept.buildArgs } };
  }

  /** The last run options, secret env entries included (after the others) when they were kept. */
  async runOptions(dockerfile: vscode.Uri): Promise<RunOptions | undefined> {
    const run = this.get(dockerfile).run;
    if (!run) return undefined;
    const kept = await this.secretsOf(dockerfile);
    return { ...run, env: [...run.env, ...(kept.env ?? [])] };
  }

  builtImage(dockerfile: vscode.Uri): BuiltImage | undefined {
    return this.get(dockerfile).image;
  }

  /** Saves the plain values now; the secret ones once the user's choice is known (see `settled`). */
  async remember(dockerfile: vscode.Uri, change: Memo): Promise<void> {
    const plain: Memo = { ...change };
    const secret: SecretMemo = {};
    if (change.build) {
      const split = splitBuildArgs(change.build.buildArgs);
      plain.build = { ...change.build, buildArgs: split.plain };
      secret.buildArgs = split.secret;
    }
    if (change.run) {
      const split = splitEnv(change.run.env);
      plain.run = { ...change.run, env: split.plain };
      secret.env = split.secret;
    }
    await this.state.update(key(dockerfile), { ...this.get(dockerfile), ...plain });
    for (const listener of this.listeners) listener();
    if (change.build || change.run) this.secretWrites = this.secretWrites.then(() => this.keep(dockerfile, secret));
  }

  /** Resolves once every secret value given so far is kept or dropped. */
  settled(): Promise<void> {
    return this.secretWrites;
  }

  /** Replaces the parts given; new secret values are kept only if the user chose SecretStorage. */
  private async keep(dockerfile: vscode.Uri, change: SecretMemo): Promise<void> {
    const fresh = Object.keys(change.buildArgs ?? {}).length + (change.env ?? []).length > 0;
    const choice = fresh ? await this.secrets.choose().catch(() => undefined) : undefined;
    const next = { ...(await this.secretsOf(dockerfile)), ...(choice === 'secretStorage' ? change : dropped(change)) };
    const empty = Object.keys(next.buildArgs ?? {}).length + (next.env ?? []).length === 0;
    if (empty) await this.secrets.storage.delete(key(dockerfile));
    else await this.secrets.storage.store(key(dockerfile), JSON.stringify(next));
  }

  private async secretsOf(dockerfile: vscode.Uri): Promise<SecretMemo> {
    const text = await this.secrets.storage.get(key(dockerfile));
    try {
      return text ? (JSON.parse(text) as SecretMemo) : {};
    } catch {
      return {};
    }
  }

  private get(dockerfile: vscode.Uri): Memo {
    return this.state.get<Memo>(key(dockerfile)) ?? {};
  }
}

/** The same parts, emptied. */
function dropped(change: SecretMemo): SecretMemo {
  return { ...(change.buildArgs ? { buildArgs: {} } : {}), ...(change.env ? { env: [] } : {}) };
}

function key(dockerfile: vscode.Uri): string {
  return `dockerfileStudio.memo:${dockerfile.toString()}`;
}
