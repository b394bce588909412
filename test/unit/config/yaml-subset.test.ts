// The YAML that .hadolint.yaml files use, and a clear error with a line number for anything else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readYamlSubset, yamlProblemText } from '../../../core/node/yaml-subset';
import { parseHadolintConfig } from '../../../core/node/hadolint-config';

const HADOLINT_EXAMPLE = `---
# every key hadolint documents
failure-threshold: info
format: json
ignored:
  - DL3000
  - SC1010
label-schema:
  author: text
  version: semver
no-color: false
override:
  error:
    - DL3001
  warning: [DL3042, 'DL3033']
  info: ["DL3032"]
  style:
  - DL3015
strict-labels: true
trustedRegistries:
  - docker.io
  - my-company.com:5000   # ours
`;

void test('the documented shape of .hadolint.yaml reads as data', () => {
  const result = readYamlSubset(HADOLINT_EXAMPLE);
  assert.ok(result.ok);
  assert.deepEqual(result.value, {
    'failure-threshold': 'info',
    format: 'json',
    ignored: ['DL3000', 'SC1010'],
    'label-schema': { author: 'text', version: 'semver' },
    'no-color': 'false',
    override: { error: ['DL3001'], warning: ['DL3042', 'DL3033'], info: ['DL3032'], style: ['DL3015'] },
    'strict-labels': 'true',
    trustedRegistries: ['docker.io', 'my-company.com:5000'],
  });
});

void test('as settings: severities by code (style is hint), ignored wins, registries and threshold', () => {
  const result = parseHadolintConfig(`${HADOLINT_EXAMPLE}ignored-too: x\n`, '/p/.hadolint.yaml');
  assert.ok(result.ok);
  assert.deepEqual(result.config, {
    path: '/p/.hadolint.yaml',
    kind: 'hadolint',
    rules: {
      DL3001: 'error',
      DL3042: 'warning',
      DL3033: 'warning',
      DL3032: 'info',
      DL3015: 'hint',
      DL3000: 'off',
      SC1010: 'off',
    },
    trustedRegistries: ['docker.io', 'my-company.com:5000'],
    failureThreshold: 'info',
  });
  const noFail = parseHadolintConfig('no-fail: true\nfailure-threshold: error\n', 'x.yaml');
  assert.equal(noFail.ok && noFail.config.failureThreshold, 'none');
  const both = parseHadolintConfig('ignored: [DL3001]\noverride:\n  error: [DL3001]\n', 'x.yaml');
  assert.deepEqual(both.ok && both.config.rules, { DL3001: 'off' });
  const empty = parseHadolintConfig('# nothing yet\n', 'x.yaml');
  assert.deepEqual(empty.ok && empty.config.rules, {});
});

void test('wrong values are named', () => {
  assert.deepEqual(parseHadolintConfig('override:\n  fatal: [DL3000]\n', 'x.yaml'), {
    ok: false,
    problem: { kind: 'value', path: 'x.yaml', key: 'override', value: 'fatal' },
  });
  assert.deepEqual(parseHadolintConfig('ignored:\n  a: b\n', 'x.yaml'), {
    ok: false,
    problem: { kind: 'value', path: 'x.yaml', key: 'ignored', value: '{"a":"b"}' },
  });
  assert.deepEqual(parseHadolintConfig('- DL3000\n', 'x.yaml'), {
    ok: false,
    problem: { kind: 'shape', path: 'x.yaml' },
  });
});

const errors: [string, string, number, string][] = [
  ['a tab in indentation', 'ignored:\n\t- DL3000\n', 2, 'tab'],
  ['two documents', 'a: 1\n---\nb: 2\n', 2, 'documents'],
  ['an unclosed quote', "a: 'x\n", 1, 'unclosedQuote'],
  ['not key: value', 'ignored\n', 1, 'keyValue'],
  ['a key twice', 'a: 1\na: 2\n', 2, 'duplicateKey'],
  ['a line indented out of place', 'a:\n    b: 1\n  c: 2\n', 3, 'indentation'],
  ['a mapping in a list', 'a:\n  - b: 1\n', 2, 'listMapping'],
  ['an unclosed [', 'a: [b,\n  c]\n', 1, 'flowClose'],
  ['a nested flow', 'a: [[b]]\n', 1, 'flowNested'],
  ['an anchor', 'a: &x b\n', 1, 'unsupported'],
  ['a block scalar', 'a: |\n  text\n', 1, 'unsupported'],
];

for (const [name, text, line, problem] of errors)
  void test(`an error with its line: ${name}`, () => {
    const result = readYamlSubset(text);
    assert.ok(!result.ok);
    assert.deepEqual([result.line, result.problem], [line, problem]);
    assert.ok(yamlProblemText('ko', result.problem, result.text).length > 0);
  });

void test('quotes keep # and commas, and comments need a space before #', () => {
  const result = readYamlSubset('a: "x # y"\nb: [\'c, d\', e]\nc: f#g\n');
  assert.ok(result.ok);
  assert.deepEqual(result.value, { a: 'x # y', b: ['c, d', 'e'], c: 'f#g' });
});
