// What each build made, per image ID, so the Images view can link layers to Dockerfile lines after a reload:
// kept in workspace state (line numbers, keywords and IDs only: no build arguments, no instruction text).
import * as vscode from 'vscode';
import type { BuildResult } from '../../engine/build-events';
import type { DockerfileAst } from '../../../core/parser/ast';
import { recordBuild, type BuildRecord } from '../core/layer-links';

const stateKey = 'dockerfileStudio.buildRecords';

/** The most records kept: the oldest go first. */
export const MAX_BUILD_RECORDS = 100;

export interface RecordedBuild {
  record: BuildRecord;
  tags: readonly string[];
}

export class BuildRecords implements vscode.Disposable {
  private readonly recorded = new vscode.EventEmitter<RecordedBuild>();
  /** Fires after each successful build was recorded. */
  readonly onDidRecord = this.recorded.event;

  constructor(private readonly state: vscode.Memento) {}

  /** Records a successful build of `dockerfile` (as parsed when it was built). */
  async remember(
    dockerfile: vscode.Uri,
    ast: DockerfileAst,
    target: string | undefined,
    result: BuildResult,
  ): Promise<void> {
    const record = recordBuild(ast, target, {
      imageId: result.imageId,
      dockerfile: dockerfile.toString(),
      builder: result.builder,
      steps: result.steps,
      builtAt: Date.now(),
    });
    if (!record) return;
    const others = this.all().filter((kept) => kept.imageId !== record.imageId);
    await this.state.update(stateKey, [...others, record].slice(-MAX_BUILD_RECORDS));
    this.recorded.fire({ record, tags: result.tags });
  }

  /** The last build that made `imageId`, if it was made here. */
  forImage(imageId: string): BuildRecord | undefined {
    return this.all().find((record) => record.imageId === imageId);
  }

  private all(): BuildRecord[] {
    return this.state.get<BuildRecord[]>(stateKey) ?? [];
  }

  dispose(): void {
    this.recorded.dispose();
  }
}
