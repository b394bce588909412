// Every rule is declared completely, with a message for each rule and parser problem (test/unit/l10n checks Korean).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleMessages } from '../../../core/rules/messages';
import { PROBLEM_KINDS } from '../../../core/parser';
import { rules } from '../../../core/rules';
import { buildCheckUrl } from '../../../core/rules/docs';

const en: Readonly<Record<string, string>> = ruleMessages.en;

const BUILDKIT_CHECKS = [
  'StageNameCasing',
  'FromAsCasing',
  'NoEmptyContinuation',
  'ConsistentInstructionCasing',
  'DuplicateStageName',
  'ReservedStageName',
  'JSONArgsRecommended',
  'MaintainerDeprecated',
  'UndefinedArgInFrom',
  'WorkdirRelativePath',
  'UndefinedVar',
  'MultipleInstructionsDisallowed',
  'LegacyKeyValueFormat',
  'InvalidDefaultArgInFrom',
  'FromPlatformFlagConstDisallowed',
  'RedundantTargetPlatform',
  'SecretsUsedInArgOrEnv',
  'InvalidDefinitionDescription',
  'ExposeProtoCasing',
  'ExposeInvalidFormat',
  'CopyIgnoredFile',
];

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const ruleKeys = (id: string): string[] => Object.keys(en).filter((key) => key === id || key.startsWith(`${id}.`));

void test('rule ids are unique and every rule is fully declared', () => {
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
  for (const rule of rules) {
    assert.match(rule.id, /^[A-Z][A-Za-z]+$/, rule.id);
    assert.ok(rule.description.length > 0 && !rule.description.includes('\n'), `${rule.id} description`);
    assert.match(rule.url, /^https:\/\//, `${rule.id} url`);
    assert.ok(
      rule.check !== undefined || rule.id in PROBLEM_KINDS,
      `${rule.id} has a check or is reported by the parser`,
    );
  }
});

void test("BuildKit's checks use BuildKit's names, docs pages and defaults", () => {
  for (const id of BUILDKIT_CHECKS) {
    const rule = rules.find((r) => r.id === id);
    assert.ok(rule, `${id} is registered`);
    assert.equal(rule.url, buildCheckUrl(id));
    assert.equal(rule.buildCheck, true);
    assert.equal(
      rule.experimental === true,
      ['InvalidDefinitionDescription', 'CopyIgnoredFile'].includes(id),
      `${id} experimental`,
    );
  }
  assert.equal(
    buildCheckUrl('JSONArgsRecommended'),
    'https://docs.docker.com/reference/build-checks/json-args-recommended/',
  );
});

void test('every rule and every parser problem has a message', () => {
  for (const id of [...rules.map((r) => r.id), ...Object.keys(PROBLEM_KINDS)])
    assert.ok(ruleKeys(id).filter((key) => !key.includes('.fix.')).length > 0, `${id} has a message`);
});

void test('every catalog key belongs to a rule or a parser problem', () => {
  const owners = new Set([...rules.map((r) => r.id), ...Object.keys(PROBLEM_KINDS)]);
  for (const key of Object.keys(en)) assert.ok(owners.has(key.split('.')[0] ?? ''), key);
});

void test('parser problem messages use only the values the parser gives', () => {
  for (const [code, kind] of Object.entries(PROBLEM_KINDS)) {
    const given = new Set(placeholders(kind.message));
    for (const name of placeholders(en[code] ?? '')) assert.ok(given.has(name), `${code} uses {${name}}`);
  }
});
