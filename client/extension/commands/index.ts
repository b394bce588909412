// Every command, registered from one table: `name → (studio) => handler`.
import * as vscode from 'vscode';
import type { Studio } from '../studio';
import { checkEngine } from './check-engine';
import { howToFixEngine } from './how-to-fix-engine';
import { showOutput, showRawBuildLog } from './show-output';
import { restartLanguageServer } from './restart-language-server';
import { checkWorkspace } from './check-workspace';
import { copyImageId } from './copy-image-id';
import { buildImage } from './build-image';
import { buildImageWithOptions } from './build-image-with-options';
import { runImage } from './run-image';
import { runImageWithOptions } from './run-image-with-options';
import { runInteractive } from './run-interactive';
import { runImageById } from './run-image-by-id';
import { stopRun } from './stop-run';
import { imageActions } from './image-actions';
import { inspectImage } from './inspect-image';
import { openRuleDocs } from './open-rule-docs';
import { addSecondCmd, createDockerfile } from '../walkthrough/learn-commands';

type CommandFactory = (studio: Studio) => (...args: unknown[]) => unknown;

const commands: Record<string, CommandFactory> = {
  'dockerfileStudio.buildImage': buildImage,
  'dockerfileStudio.buildImageWithOptions': buildImageWithOptions,
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
  'dockerfileStudio.showRawBuildLog': showRawBuildLog,
  'dockerfileStudio.restartLanguageServer': restartLanguageServer,
  'dockerfileStudio.checkWorkspace': checkWorkspace,
  'dockerfileStudio.copyImageId': copyImageId,
  'dockerfileStudio.openRuleDocs': openRuleDocs,
  'dockerfileStudio.learn.createDockerfile': createDockerfile,
  'dockerfileStudio.learn.addSecondCmd': addSecondCmd,
};

export function registerCommands(studio: Studio): vscode.Disposable[] {
  return Object.entries(commands).map(([name, factory]) => vscode.commands.registerCommand(name, factory(studio)));
}
