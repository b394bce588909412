// The one instruction table drives validation, completion and hover: every flag it lists is accepted, offered and
// documented in English and Korean; a flag it lacks is rejected and not offered.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { instructionDocs } from '../../../core/dockerfile/instruction-docs';
import { DIRECTIVES, INSTRUCTIONS, type FlagSpec, type InstructionSpec } from '../../../core/dockerfile/instructions';
import { syntaxText } from '../../../core/dockerfile/syntax-text';
import { LOCALES, lookup } from '../../../core/l10n';
import { parse } from '../../../core/parser';
import { validate } from '../../../core/rules';
import { getCompletions, getHover, type Locale } from '../../../server/service/index';
import { withCursor } from '../service/support';

/** A snippet as the editor fills it in with its defaults: `${1:a}` → a, `${1|x,y|}` → x. */
function expand(snippet: string): string {
  const once = (text: string): string =>
    text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1');
  let text = snippet;
  for (let next = once(text); next !== text; next = once(text)) text = next;
  return text;
}

const flagText = (flag: FlagSpec): string =>
  flag.valueSnippet === undefined ? `--${flag.name}` : `--${flag.name}=${expand(flag.valueSnippet)}`;

/** The instruction's own completion snippet, filled in, without its flags: `HEALTHCHECK CMD command`. */
function argumentsOf(spec: InstructionSpec): string {
  const [, ...words] = expand(spec.snippet).split(' ');
  return words.filter((word) => !word.startsWith('--')).join(' ');
}

/** A Dockerfile whose last line is `<keyword> <flag> <arguments>`; a `|` cursor in keyword or flag stays. */
function dockerfile(spec: InstructionSpec, flag: string, keyword = spec.keyword): string {
  const line = [keyword, flag, argumentsOf(spec)].filter((part) => part !== '').join(' ');
  return spec.keyword === 'FROM' ? `${line}\n` : `FROM alpine\n${line}\n`;
}

/** The word with a `|` cursor after its first character. */
const marked = (word: string): string => `${word.slice(0, 1)}|${word.slice(1)}`;

function findings(text: string, code: string): string[] {
  return validate(parse(text), { text })
    .filter((f) => f.code === code)
    .map((f) => f.message);
}

function hoverText(marked: string, locale: Locale): string {
  const { document, position } = withCursor(marked);
  const contents = getHover(document, position, locale)?.contents;
  return typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

function doc(locale: Locale, key: string): string {
  const text = lookup(instructionDocs, locale, key);
  assert.ok(text, `${key} is documented in ${locale}`);
  return text;
}

for (const spec of INSTRUCTIONS as readonly InstructionSpec[]) {
  void describe(spec.keyword, () => {
    void test('completion after `--` offers exactly the flags of the table, each with its snippet', () => {
      const typing = spec.keyword === 'FROM' ? 'FROM --|' : `FROM alpine\n${spec.keyword} --|`;
      const { document, position } = withCursor(typing);
      const items = getCompletions(document, position, 'en');
      assert.deepEqual(
        items.map((item) => item.label),
        spec.flags.map((flag) => `--${flag.name}`),
      );
      for (const [i, flag] of spec.flags.entries()) {
        const snippet = flag.valueSnippet === undefined ? '' : `=${flag.valueSnippet}`;
        const edit = items[i]?.textEdit;
        assert.equal(edit && 'newText' in edit ? edit.newText : undefined, `--${flag.name}${snippet}`);
      }
    });

    void test('hover on the keyword documents it in English and Korean', () => {
      for (const locale of LOCALES) {
        const text = hoverText(dockerfile(spec, '', marked(spec.keyword)), locale);
        assert.ok(text.includes(doc(locale, spec.keyword)), `${locale}: ${text}`);
        assert.ok(text.includes(syntaxText(spec.syntax, locale)), `${locale}: ${text}`);
      }
    });

    for (const flag of spec.flags) {
      void test(`--${flag.name} is accepted by validation`, () => {
        assert.deepEqual(findings(dockerfile(spec, flagText(flag)), 'InvalidFlag'), []);
      });

      void test(`hover on --${flag.name} documents it in English and Korean`, () => {
        const key = `flag.${spec.keyword}.${flag.name}`;
        const input = dockerfile(spec, `--${marked(flagText(flag).slice(2))}`);
        for (const locale of LOCALES) {
          const text = hoverText(input, locale);
          assert.ok(text.includes(`--${flag.name}`) && text.includes(doc(locale, key)), `${locale}: ${text}`);
        }
        assert.notEqual(doc('en', key), doc('ko', key));
      });
    }

    void test('a flag not in the table is rejected', () => {
      assert.equal(findings(dockerfile(spec, '--bogus=1'), 'InvalidFlag').length, 1);
    });
  });
}

void test('flags BuildKit does not have on that instruction are rejected and not offered', () => {
  const wrong: [string, string][] = [
    ['ADD', 'parents'],
    ['ADD', 'from'],
    ['COPY', 'unpack'],
    ['COPY', 'checksum'],
    ['COPY', 'keep-git-dir'],
    ['RUN', 'device'],
  ];
  for (const [keyword, name] of wrong) {
    const spec = INSTRUCTIONS.find((s) => s.keyword === keyword) as InstructionSpec;
    assert.equal(findings(dockerfile(spec, `--${name}`), 'InvalidFlag').length, 1, `${keyword} --${name}`);
    const { document, position } = withCursor(`FROM alpine\n${keyword} --|`);
    const labels = getCompletions(document, position, 'en').map((item) => item.label);
    assert.ok(!labels.includes(`--${name}`), `${keyword} offers --${name}`);
  }
});

void test('a repeatable flag is offered again, a single one is not', () => {
  const { document, position } = withCursor('FROM alpine\nCOPY --exclude=*.md --link --|');
  const labels = getCompletions(document, position, 'en').map((item) => item.label);
  assert.ok(labels.includes('--exclude'), labels.join(', '));
  assert.ok(!labels.includes('--link'), labels.join(', '));
});

void test('every parser directive is offered and documented in English and Korean', () => {
  const { document, position } = withCursor('# |\nFROM alpine\n');
  const labels = getCompletions(document, position, 'en').map((item) => item.label);
  assert.deepEqual(
    labels,
    DIRECTIVES.map((d) => d.name),
  );
  for (const { name, snippet } of DIRECTIVES) {
    for (const locale of LOCALES) {
      const text = hoverText(`# ${marked(name)}=${expand(snippet)}\nFROM alpine\n`, locale);
      assert.ok(text.includes(doc(locale, `directive.${name}`)), `${locale}: ${text}`);
    }
  }
});
