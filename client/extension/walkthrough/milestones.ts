// The walkthrough's progress: each milestone sets its context key once the learner really did the thing (saved a
// Dockerfile, removed a second CMD the editor warned about, built, looked at the layers, built with a tag, ran the
// image and saw its output). VS Code then marks the step done and remembers it.
import * as vscode from 'vscode';
import type { BuildRecords } from '../images/build-records';
import { milestoneKeys, type Milestone } from './milestone-keys';

const secondCmdRule = 'MultipleInstructionsDisallowed';

export class Milestones implements vscode.Disposable {
  private readonly reached = new Set<Milestone>();
  /** Dockerfiles that showed the "only the last CMD counts" warning, until it goes away. */
  private readonly warned = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(records: BuildRecords) {
    this.subscriptions = [
      records.onDidRecord(({ tags }) => {
        this.reach('built');
        if (tags.length > 0) this.reach('builtTagged');
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (document.languageId === 'dockerfile') this.reach('wroteDockerfile');
      }),
      vscode.languages.onDidChangeDiagnostics((event) => this.followSecondCmd(event.uris)),
    ];
  }

  reach(milestone: Milestone): void {
    if (this.reached.has(milestone)) return;
    this.reached.add(milestone);
    void vscode.commands.executeCommand('setContext', milestoneKeys[milestone], true);
  }

  /** A run ended: it counts when the container exited 0 after printing something (the seed's `hello`). */
  ran(exitCode: number, printed: boolean): void {
    if (exitCode === 0 && printed) this.reach('ranWithOutput');
  }

  /** What the learner has done so far in this window, for the test API. */
  list(): Milestone[] {
    return [...this.reached];
  }

  private followSecondCmd(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) {
      const key = uri.toString();
      const warns = vscode.languages.getDiagnostics(uri).some((d) => ruleOf(d) === secondCmdRule);
      if (warns) this.warned.add(key);
      // Closing the file clears its diagnostics too: only an open file that lost the warning was fixed.
      else if (this.warned.delete(key) && isOpen(key)) this.reach('fixedSecondCmd');
    }
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

function isOpen(uri: string): boolean {
  return vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri && !document.isClosed);
}
