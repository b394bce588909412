// The language server in Node (dist/server.js): the transport (IPC, stdio with --stdio, socket) comes from the command
// line; Dockerfiles' neighbouring files are read from disk, the shell parser's WebAssembly too, and ShellCheck can run.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { ConfigFileCache, CONFIG_FILE_NAME, HADOLINT_FILE_NAMES } from '../core/node/config-file';
import { docsRootUrl } from '../core/node/docs-location';
import { IgnoreFileCache } from '../core/node/ignore-file';
import { loadNodeShellParser } from '../core/node/shell-wasm';
import type { FileSettings } from './host';
import { startServer } from './server';
import { ShellCheckService, shellCheckSettings } from './service/shellcheck';
import { WorkspaceIndex } from './workspace-index';

function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

/** `.dockerignore` and config files, re-statted on each validation and cached while unchanged. */
function diskFileSettings(): FileSettings {
  const ignoreFiles = new IgnoreFileCache();
  const configFiles = new ConfigFileCache();
  return {
    watchers: [
      '**/.dockerignore',
      '**/*.dockerignore',
      ...[CONFIG_FILE_NAME, ...HADOLINT_FILE_NAMES].map((name) => `**/${name}`),
    ],
    isIgnored: (uri) => ignoreFiles.checkerFor(uri),
    configFor: (uri) => {
      const path = filePath(uri);
      return path ? configFiles.configFor(path) : undefined;
    },
    forget: (uri) => {
      ignoreFiles.forget(uri);
      configFiles.forget();
    },
  };
}

// Each full-sync edit of a large document leaves a few MB of garbage, and V8 lets the old space grow to several times
// what is live before it collects: a fixed growth of 1.5× keeps the peak memory down (10,000 lines: 174 -> 137 MiB,
// edits as fast; docs/performance.md).
setFlagsFromString('--heap-growing-percent=50');

const docsRoot = docsRootUrl();

startServer(createConnection(ProposedFeatures.all), {
  defer: (callback) => setImmediate(callback),
  loadShellParser: loadNodeShellParser,
  docsRoot: () => docsRoot,
  files: diskFileSettings(),
  workspace: new WorkspaceIndex(),
  createShellCheck: (onChecked) => {
    const service = new ShellCheckService(onChecked);
    return {
      configure: (options) => service.configure(shellCheckSettings(options), process.env),
      notes: (document, parser) => service.notes(document, parser),
      cancel: (uri) => service.cancel(uri),
    };
  },
});
