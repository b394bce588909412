// Every feature answers any text and any position without throwing, with ranges inside the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as service from '../../../server/service/index';

const PIECES = [
  'FROM ',
  'from',
  ' AS ',
  'x',
  'RUN ',
  'COPY --from=',
  '--mount=from=',
  'ARG ',
  'ENV ',
  '=',
  '$',
  '${',
  '}',
  ':-',
  '"',
  "'",
  '\\',
  '`',
  '\n',
  '\r\n',
  '\r',
  '<<EOF',
  '<<-"E"',
  'EOF',
  '# ',
  '# escape=`',
  '# check=skip=',
  'ONBUILD ',
  '[',
  ']',
  ',',
  ' ',
  '\t',
  'HEALTHCHECK CMD ',
  'LABEL a=b',
  '한글',
  '😀',
  '\u0000',
  '\uFEFF',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

function inside(document: service.ParsedDocument, range: { start: { line: number }; end: { line: number } }): boolean {
  return range.start.line >= 0 && range.end.line < document.lines.lineCount && range.start.line <= range.end.line;
}

void test('every feature handles arbitrary text and positions', () => {
  fc.assert(
    fc.property(
      texts,
      fc.nat({ max: 12 }),
      fc.nat({ max: 30 }),
      fc.constantFrom<service.Locale>('en', 'ko'),
      (text, line, character, locale) => {
        const document = service.parseDocument(text);
        const position = { line, character };
        const everything = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };
        for (const d of service.getDiagnostics(document, { locale })) assert.ok(inside(document, d.range));
        service.getCodeActions(document, everything, { locale });
        const hover = service.getHover(document, position, locale);
        if (hover?.range) assert.ok(inside(document, hover.range));
        service.getCompletions(document, position, locale);
        service.getDocumentSymbols(document);
        for (const f of service.getFoldingRanges(document))
          assert.ok(f.startLine < f.endLine && f.endLine < document.lines.lineCount);
        assert.equal(service.getSemanticTokens(document).data.length % 5, 0);
        for (const edit of service.formatDocument(document)) assert.ok(inside(document, edit.range));
        service.prepareRename(document, position);
        service.renameSymbol(document, position, 'renamed', locale);
        service.getDefinition(document, position);
        service.getReferences(document, position, true);
        service.getSignatureHelp(document, position, locale);
        for (const h of service.getDocumentHighlights(document, position)) assert.ok(inside(document, h.range));
        for (const link of service.getDocumentLinks(document)) assert.ok(inside(document, link.range));
        for (let r = service.getSelectionRanges(document, [position])[0]; r; r = r.parent)
          assert.ok(inside(document, r.range));
        const options = { tabSize: 4, insertSpaces: true };
        for (const edit of service.formatRange(document, everything, options)) assert.ok(inside(document, edit.range));
        for (const edit of service.formatOnType(document, position, options)) assert.ok(inside(document, edit.range));
        assert.equal(service.getSemanticTokensRange(document, everything).data.length % 5, 0);
        service.getInlayHints(document, everything, {}, locale);
        service.getLocalImageCompletions(document, position, ['alpine:3.20'], locale);
      },
    ),
    { numRuns: 3000 },
  );
});
