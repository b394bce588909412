// Every rule is declared completely, with a message for each rule and parser problem (test/unit/l10n checks Korean).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lookup } from '../../../core/l10n';
import { problemMessages } from '../../../core/parser/problem-messages';
import { PROBLEM_KINDS } from '../../../core/parser';
import { rules } from '../../../core/rules';
import { buildCheckUrl, ourDocsUrl } from '../../../core/rules/docs';

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
  'InvalidBaseImagePlatform',
];

/** Our rules with no check of their own: the suppression comments report this one. */
const REPORTED_ELSEWHERE = ['InvalidIgnoreComment'];

void test('rule ids are unique and every rule is fully declared', () => {
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
  for (const rule of rules) {
    assert.match(rule.id, /^[A-Z][A-Za-z]+$/, rule.id);
    const summary = lookup(rule.messages, 'en', 'summary') ?? '';
    assert.ok(summary.length > 0 && !summary.includes('\n'), `${rule.id} summary`);
    assert.equal(rule.url, rule.buildCheck ? buildCheckUrl(rule.id) : ourDocsUrl(rule.id), `${rule.id} url`);
    assert.ok(
      ['check', 'eachInstruction', 'visitStages'].filter((kind) => kind in rule).length === 1 ||
        rule.id in PROBLEM_KINDS ||
        REPORTED_ELSEWHERE.includes(rule.id),
      `${rule.id} has one check (of the document, of each instruction or of the stages), or is reported by the parser`,
    );
  }
});

void test("BuildKit's checks use BuildKit's names, docs pages and defaults", () => {
  for (const id of BUILDKIT_CHECKS) {
    const rule = rules.find((r) => r.id === id);
    assert.ok(rule, `${id} is registered`);
    assert.equal(rule.url, buildCheckUrl(id));
    assert.equal(rule.buildCheck, true);
    assert.equal(rule.experimental === true, id === 'InvalidDefinitionDescription', `${id} experimental`);
  }
  assert.equal(
    buildCheckUrl('JSONArgsRecommended'),
    'https://docs.docker.com/reference/build-checks/json-args-recommended/',
  );
});

void test('every rule has a message for its findings, every other parser problem a message of its own', () => {
  for (const rule of rules) {
    const findingKeys = Object.keys(rule.messages.en).filter((key) => key !== 'summary' && !key.startsWith('fix.'));
    assert.ok(findingKeys.length > 0, `${rule.id} has a message`);
  }
  const ruleIds = new Set(rules.map((r) => r.id));
  for (const code of Object.keys(PROBLEM_KINDS)) {
    assert.ok(ruleIds.has(code) || lookup(problemMessages, 'en', code) !== undefined, `${code} has a message`);
  }
  for (const code of Object.keys(problemMessages.en)) {
    if (!code.startsWith('word.')) assert.ok(code in PROBLEM_KINDS, `${code} is a parser problem`);
  }
});
