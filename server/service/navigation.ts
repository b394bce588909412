// Go to definition and find references, for stages and variables.
import type { Location } from 'vscode-languageserver';
import type { DockerfileAst, Position } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import { allOccurrences, occurrenceAt, stageNamed, type Occurrence } from './names';
import { resolveVariable } from './scope';

/** Where the name under the cursor is defined: the stage's `AS name`, or the ARG/ENV in scope. */
export function getDefinition(document: ParsedDocument, position: Position): Location[] {
  const occurrence = occurrenceAt(document.ast, position);
  if (!occurrence) return [];
  if (occurrence.declaration) return [{ uri: document.uri, range: occurrence.range }];
  const target = definitionOf(document.ast, occurrence);
  return target ? [{ uri: document.uri, range: target }] : [];
}

function definitionOf(ast: DockerfileAst, occurrence: Occurrence): Location['range'] | undefined {
  if (occurrence.kind === 'stage') return stageNamed(ast, occurrence.name, occurrence.range.start)?.name?.range;
  return resolveVariable(ast, occurrence.name, occurrence.range.start)?.range;
}

/** Every place the same stage or variable name appears (variables: the whole file, as a rename sees them). */
export function sameName(ast: DockerfileAst, target: Occurrence): Occurrence[] {
  return allOccurrences(ast).filter((o) => o.kind === target.kind && o.name === target.name);
}

export function getReferences(document: ParsedDocument, position: Position, includeDeclaration = true): Location[] {
  const target = occurrenceAt(document.ast, position);
  if (!target) return [];
  return sameName(document.ast, target)
    .filter((o) => includeDeclaration || !o.declaration)
    .map((o) => ({ uri: document.uri, range: o.range }));
}
