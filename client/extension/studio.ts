// The services every command and provider shares, created once in `activate`.
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Config } from './config';
import type { EngineAccess } from './core/engine-access';
import type { Log } from './log';
import type { DockerfileMemory } from './memory';
import type { Panel } from './panel';
import type { BuildOutcomes } from './build-outcomes';
import type { ActiveRuns } from './active-runs';
import type { BuildRecords } from './images/build-records';
import type { Milestones } from './walkthrough/milestones';

export interface Studio {
  readonly extension: vscode.ExtensionContext;
  readonly config: Config;
  readonly log: Log;
  readonly panel: Panel;
  /** Every line the engine sent during builds, as `docker build` prints it. */
  readonly rawLog: Panel;
  readonly engine: EngineAccess;
  readonly memory: DockerfileMemory;
  readonly builds: BuildOutcomes;
  readonly runs: ActiveRuns;
  /** What each build made, for the Images view's layer links. */
  readonly records: BuildRecords;
  /** The walkthrough's progress. */
  readonly milestones: Milestones;
  /** The language client's restart, if it started. */
  restartLanguageServer(): Promise<void>;
  /** The running language client, once it started. */
  languageClient(): LanguageClient | undefined;
}
