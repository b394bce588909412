// Every command, registered from one table: `name → (studio) => handler`.
import * as vscode from 'vscode';
import type { Studio } from '../studio';
import { checkEngine } from './checkEngine';
import { howToFixEngine } from './howToFixEngine';
import { showOutput } from './showOutput';
import { restartLanguageServer } from './restartLanguageServer';
import { copyImageId } from './copyImageId';
import { buildImage } from './buildImage';
import { runImage } from './runImage';
import { runImageWithOptions } from './runImageWithOptions';
import { runInteractive } from './runInteractive';
import { runImageById } from './runImageById';
import { stopRun } from './stopRun';
import { imageActions } from './imageActions';
import { inspectImage } from './inspectImage';

type CommandFactory = (studio: Studio) => (...args: unknown[]) => unknown;

const commands: Record<string, CommandFactory> = {
  'dockerfileStudio.buildImage': buildImage,
  'dockerfileStudio.runImage': runImage,
  'dockerfileStudio.runImageWithOptions': runImageWithOptions,
  'dockerfileStudio.runInteractive': runInteractive,
  'dockerfileStudio.runImageById': runImageById,
  'dockerfileStudio.stopRun': stopRun,
  'dockerfileStudio.imageActions': imageActions,
  'dockerfileStudio.inspectImage': inspectImage,
  'dockerfileStudio.checkEngine': checkEngine,
  'dockerfileStudio.howToFixEngine': howToFixEngine,
  'dockerfileStudio.showOutput': showOutput,
  'dockerfileStudio.restartLanguageServer': restartLanguageServer,
  'dockerfileStudio.copyImageId': copyImageId,
};

export function registerCommands(studio: Studio): vscode.Disposable[] {
  return Object.entries(commands).map(([name, factory]) => vscode.commands.registerCommand(name, factory(studio)));
}
