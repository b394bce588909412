// What the language server needs from the platform it runs on: Node (files, ShellCheck, the WebAssembly on disk) or a
// browser worker (no files; the WebAssembly fetched from the extension). server.ts wires LSP over either.
import type { ValidateOptions, SeveritySetting } from '../core/rules/index';
import type { ShellCheckNote, ShellParser } from '../core/shell/index';
import type { ParsedDocument } from './service/index';

/** Files beside a Dockerfile that change its checks: `.dockerignore` and our config file. */
export interface FileSettings {
  /** Glob patterns of those files, watched through the client when it can. */
  readonly watchers: string[];
  isIgnored(uri: string): ValidateOptions['isIgnored'];
  rulesFor(uri: string): Record<string, SeveritySetting>;
  /** One of them changed (a URI the client reports). */
  forget(uri: string): void;
}

/** ShellCheck, run off the typing path; `onChecked` re-publishes a document when its findings are in. */
export interface ShellCheck {
  configure(initializationOptions: unknown): void;
  notes(document: ParsedDocument, parser: ShellParser | undefined): readonly ShellCheckNote[] | undefined;
  cancel(uri: string): void;
}

export interface ServerHost {
  /** Runs `callback` once the messages that already arrived are handled. */
  defer(callback: () => void): void;
  /** The shell parser, loaded on the first validation. */
  loadShellParser(initializationOptions: unknown): Promise<ShellParser>;
  /** The URL our rules reference (`docs/rules.md`) is relative to; undefined leaves those links as they are. */
  docsRoot(initializationOptions: unknown): string | undefined;
  files?: FileSettings;
  createShellCheck?(onChecked: (uri: string) => void): ShellCheck;
}
