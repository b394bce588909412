// What Dockerfile Studio remembers per Dockerfile in the workspace: last build settings, run options, last image.
import type * as vscode from 'vscode';
import type { RunOptions } from './core/run-options';

export interface BuildSettings {
  /** Empty for an untagged build. */
  tag: string;
  buildArgs: Record<string, string>;
  target: string | undefined;
  noCache: boolean;
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

export class DockerfileMemory {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly state: vscode.Memento) {}

  /** Calls `listener` after each change remembered (a build's settings reach the checker this way). */
  onDidRemember(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  buildSettings(dockerfile: vscode.Uri): BuildSettings | undefined {
    return this.get(dockerfile).build;
  }

  runOptions(dockerfile: vscode.Uri): RunOptions | undefined {
    return this.get(dockerfile).run;
  }

  builtImage(dockerfile: vscode.Uri): BuiltImage | undefined {
    return this.get(dockerfile).image;
  }

  async remember(dockerfile: vscode.Uri, change: Memo): Promise<void> {
    await this.state.update(key(dockerfile), { ...this.get(dockerfile), ...change });
    for (const listener of this.listeners) listener();
  }

  private get(dockerfile: vscode.Uri): Memo {
    return this.state.get<Memo>(key(dockerfile)) ?? {};
  }
}

function key(dockerfile: vscode.Uri): string {
  return `dockerfileStudio.memo:${dockerfile.toString()}`;
}
