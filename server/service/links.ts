// Document links: base images to their registry page, COPY/ADD sources to files of the build context (the
// Dockerfile's folder, as `docker build .` beside it uses), and web addresses in comments and ADD.
import type { DocumentLink } from 'vscode-languageserver';
import { isDockerHub, parseImageReference } from '../../core/dockerfile/image-reference';
import type { Instruction, Range, Word } from '../../core/parser/ast';
import type { ParsedDocument } from './document';
import { stageNamed } from './names';
import { eachInSteps, runSteps, type Steps } from './steps';

export function getDocumentLinks(document: ParsedDocument): DocumentLink[] {
  return runSteps(documentLinksInSteps(document));
}

/** `getDocumentLinks` in steps, for a document too large to go through in one go. */
export function* documentLinksInSteps(document: ParsedDocument): Steps<DocumentLink[]> {
  const { ast } = document;
  const links: DocumentLink[] = [];
  const syntax = ast.directives.find((d) => d.name === 'syntax');
  if (syntax) pushLink(links, syntax.valueRange, imagePageUrl(syntax.value));
  for (const stage of ast.stages) {
    const image = stage.image;
    if (image && !stageNamed(ast, image.value, stage.from.range.start))
      pushLink(links, image.range, imagePageUrl(image.value));
  }
  yield* eachInSteps(ast.instructions, (instruction) =>
    links.push(...sourceLinks(document, instruction.trigger ?? instruction)),
  );
  yield* eachInSteps(ast.comments, (comment) => links.push(...webLinksIn(document, comment.range)));
  return links;
}

function pushLink(links: DocumentLink[], range: Range, target: string | undefined): void {
  if (target) links.push({ range, target });
}

/** Where a registry shows an image, by host; others get `https://host/repository`. */
const REGISTRY_PAGES: Record<string, (repository: string) => string> = {
  'quay.io': (repository) => `https://quay.io/repository/${repository}`,
  'mcr.microsoft.com': (repository) => `https://mcr.microsoft.com/artifact/mar/${repository}`,
  'public.ecr.aws': (repository) => `https://gallery.ecr.aws/${repository}`,
};

/** The web page of an image reference, or undefined for `scratch`, variables and private (local) registries. */
export function imagePageUrl(reference: string): string | undefined {
  if (reference === 'scratch' || !/^[\w./:@-]+$/.test(reference)) return undefined;
  const { registry, repository } = parseImageReference(reference);
  if (isDockerHub(registry)) {
    const official = repository.startsWith('library/') && repository.split('/').length === 2;
    return official ? `https://hub.docker.com/_/${repository.slice(8)}` : `https://hub.docker.com/r/${repository}`;
  }
  if (registry.includes(':') || registry === 'localhost' || /^[\d.]+$/.test(registry)) return undefined;
  const page = REGISTRY_PAGES[registry];
  return page ? page(repository) : `https://${registry}/${repository}`;
}

const WEB_ADDRESS = /https?:\/\/[^\s"'<>`]+/g;

/** Web addresses in a one-line range of the document. */
function webLinksIn(document: ParsedDocument, range: Range): DocumentLink[] {
  if (range.start.line !== range.end.line) return [];
  const links: DocumentLink[] = [];
  for (const match of document.lines.textIn(range).matchAll(WEB_ADDRESS)) {
    const address = match[0].replace(/[.,;:)\]]+$/, '');
    const start = range.start.character + match.index;
    links.push({ range: lineRange(range.start.line, start, start + address.length), target: address });
  }
  return links;
}

function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** COPY/ADD sources: files in the Dockerfile's folder, or (ADD) web addresses. */
function sourceLinks(document: ParsedDocument, instruction: Instruction): DocumentLink[] {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return [];
  if (instruction.flags.some((f) => f.name === 'from')) return [];
  const links: DocumentLink[] = [];
  for (const word of instruction.args.slice(0, -1)) {
    if (instruction.keyword === 'ADD' && /^https?:\/\//.test(word.value)) {
      links.push(...webLinksIn(document, word.range));
      continue;
    }
    pushLink(links, word.range, contextFileUrl(document.uri, word));
  }
  return links;
}

/** A plain local path as a file URI beside the Dockerfile; undefined for patterns, variables and heredocs. */
function contextFileUrl(documentUri: string, word: Word): string | undefined {
  const path = word.value;
  if (
    !documentUri.startsWith('file:') ||
    /[*?[\]$\\]|^<<|:\/\//.test(path) ||
    word.range.start.line !== word.range.end.line
  )
    return undefined;
  const relative = path
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .map(encodeURIComponent)
    .join('/');
  return new URL(relative === '' ? '.' : relative, new URL('.', documentUri)).href;
}
