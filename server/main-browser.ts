// The language server in a browser worker (dist/web/server.js, for vscode.dev and github.dev): messages come and go
// through the worker's port; no files are read, and the shell parser's WebAssembly is fetched from the extension,
// whose URI the client passes as `extensionUri` in the initialization options.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { loadShellParser, type ShellParser } from '../core/shell/index';
import { startServer } from './server';

/** The worker's own scope, which receives and posts the messages. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

function extensionUri(initializationOptions: unknown): string | undefined {
  const uri = (initializationOptions as { extensionUri?: unknown } | undefined)?.extensionUri;
  return typeof uri === 'string' ? uri.replace(/\/$/, '') : undefined;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** scripts/build.mjs puts both WebAssembly files in dist/. */
function loadFetchedShellParser(initializationOptions: unknown): Promise<ShellParser> {
  const root = extensionUri(initializationOptions);
  if (root === undefined) return Promise.reject(new Error('No extensionUri: shell analysis is off.'));
  return loadShellParser({
    runtime: () => fetchBytes(`${root}/dist/web-tree-sitter.wasm`),
    grammar: () => fetchBytes(`${root}/dist/tree-sitter-bash.wasm`),
  });
}

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), {
  defer: (callback) => setTimeout(callback, 0),
  loadShellParser: loadFetchedShellParser,
  docsRoot: extensionUri,
});
