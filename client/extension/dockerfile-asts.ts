// Parses each open Dockerfile once per version, for the lenses and the build and run prompts.
import type * as vscode from 'vscode';
import { parse } from '../../core/parser/index';
import type { DockerfileAst } from '../../core/parser/ast';

const cache = new WeakMap<vscode.TextDocument, { version: number; ast: DockerfileAst }>();

export function astOf(document: vscode.TextDocument): DockerfileAst {
  const cached = cache.get(document);
  if (cached && cached.version === document.version) return cached.ast;
  const ast = parse(document.getText());
  cache.set(document, { version: document.version, ast });
  return ast;
}
