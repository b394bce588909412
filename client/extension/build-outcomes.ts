// The last build of each Dockerfile: its result for the test API and the Run lens, and the notes pinned to its lines.
import * as vscode from 'vscode';
import type { BuildStep, BuilderKind } from '../engine/build-events';
import { followEdits, toLineEdit, type LineSpan } from './core/line-notes';

export interface LayerNote extends LineSpan {
  step: BuildStep;
  builder: BuilderKind;
}

export interface FailureNote extends LineSpan {
  message: string;
}

export interface BuildOutcome {
  dockerfile: string;
  ok: boolean;
  imageId: string | undefined;
  tags: string[];
  builder: BuilderKind | undefined;
  elapsedMs: number;
  steps: BuildStep[];
  /** Why it failed, in the user's words; undefined on success. */
  error: string | undefined;
}

interface Entry {
  outcome: BuildOutcome;
  layers: LayerNote[];
  failure: FailureNote | undefined;
}

export class BuildOutcomes implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private latest: BuildOutcome | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly subscription = vscode.workspace.onDidChangeTextDocument((event) => this.follow(event));

  record(uri: vscode.Uri, outcome: BuildOutcome, layers: LayerNote[], failure: FailureNote | undefined): void {
    this.entries.set(uri.toString(), { outcome, layers, failure });
    this.latest = outcome;
    this.changed.fire(uri);
  }

  /** Drops the notes of a Dockerfile while it is being built again. */
  clearNotes(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (!entry) return;
    entry.layers = [];
    entry.failure = undefined;
    this.changed.fire(uri);
  }

  outcome(uri: vscode.Uri): BuildOutcome | undefined {
    return this.entries.get(uri.toString())?.outcome;
  }

  last(): BuildOutcome | undefined {
    return this.latest;
  }

  layers(uri: vscode.Uri): readonly LayerNote[] {
    return this.entries.get(uri.toString())?.layers ?? [];
  }

  failure(uri: vscode.Uri): FailureNote | undefined {
    return this.entries.get(uri.toString())?.failure;
  }

  private follow(event: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry || event.contentChanges.length === 0 || (entry.layers.length === 0 && !entry.failure)) return;
    const edits = event.contentChanges.map((change) =>
      toLineEdit({
        startLine: change.range.start.line,
        startCharacter: change.range.start.character,
        endLine: change.range.end.line,
        endCharacter: change.range.end.character,
        text: change.text,
        startLineLength: lineLengthBefore(event, change),
      }),
    );
    entry.layers = followEdits(entry.layers, edits);
    entry.failure = entry.failure ? followEdits([entry.failure], edits)[0] : undefined;
    this.changed.fire(event.document.uri);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/**
 * The start line's length before the change. Only needed to tell "Enter at the end of the line": when the change
 * inserted text at the end of the line, the line now starts with the old text, so its old length is the column.
 */
function lineLengthBefore(
  event: vscode.TextDocumentChangeEvent,
  change: vscode.TextDocumentContentChangeEvent,
): number {
  const start = change.range.start;
  if (!change.range.isEmpty || start.line >= event.document.lineCount) return Number.MAX_SAFE_INTEGER;
  const firstNewLine = change.text.search(/\r\n|\r|\n/);
  if (firstNewLine !== 0) return Number.MAX_SAFE_INTEGER;
  const lineNow = event.document.lineAt(start.line).text;
  return lineNow.length === start.character ? start.character : Number.MAX_SAFE_INTEGER;
}
