// Korean particles after instruction names: every message that takes an instruction name, filled with each name, picks
// the particle the name takes when read aloud (ENV로, LABEL로, COPY를, RUN을), and so does every name a Korean
// template writes itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INSTRUCTION_NAMES } from '../../../core/dockerfile/instructions';
import { interpolate } from '../../../core/l10n';
import { PLACEHOLDER } from '../../../core/l10n/particles';
import { allCatalogs } from './catalog-modules';

/** How Koreans read each instruction name; the particle after the name is the one after its reading. */
const READINGS: Readonly<Record<string, string>> = {
  FROM: '프롬',
  RUN: '런',
  CMD: '씨엠디',
  LABEL: '레이블',
  MAINTAINER: '메인테이너',
  EXPOSE: '익스포즈',
  ENV: '엔브',
  ADD: '애드',
  COPY: '카피',
  ENTRYPOINT: '엔트리포인트',
  VOLUME: '볼륨',
  USER: '유저',
  WORKDIR: '워크디어',
  ARG: '아그',
  ONBUILD: '온빌드',
  STOPSIGNAL: '스톱시그널',
  HEALTHCHECK: '헬스체크',
  SHELL: '셸',
};

/** Placeholders filled with an instruction name: any catalog's `{instruction}` and `{keyword}`, and these. */
const NAME_PLACEHOLDERS = new Set(['instruction', 'keyword']);
const RULE_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  'rule.UnknownInstruction': ['suggestion'],
  'rule.ConsistentInstructionCasing': ['fixed'],
};

/** Each `{placeholder}` + particle of a Korean template whose placeholder holds an instruction name. */
async function namesWithParticles(): Promise<{ where: string; fragment: string; placeholder: string }[]> {
  const found: { where: string; fragment: string; placeholder: string }[] = [];
  for (const { name, catalog } of await allCatalogs()) {
    const placeholders = new Set([...NAME_PLACEHOLDERS, ...(RULE_PLACEHOLDERS[name] ?? [])]);
    for (const [key, template] of Object.entries(catalog.ko as Record<string, string>))
      for (const match of template.matchAll(PLACEHOLDER))
        if (match[3] && placeholders.has(match[1] ?? ''))
          found.push({ where: `${name}.${key}`, fragment: match[0], placeholder: match[1] ?? '' });
  }
  return found;
}

const particleAfter = (fragment: string, placeholder: string, value: string): string =>
  interpolate(fragment, { [placeholder]: value }).slice(value.length);

void test('the readings cover every instruction', () => {
  assert.deepEqual(Object.keys(READINGS).sort(), [...INSTRUCTION_NAMES].sort());
});

void test('messages that take an instruction name pick its particle, for every name', async () => {
  const fragments = await namesWithParticles();
  assert.ok(fragments.length >= 10, `only ${fragments.length} found`);
  const wrong: string[] = [];
  for (const { where, fragment, placeholder } of fragments)
    for (const [keyword, reading] of Object.entries(READINGS))
      for (const written of [keyword, keyword.toLowerCase()]) {
        const got = particleAfter(fragment, placeholder, written);
        const want = particleAfter(fragment, placeholder, reading);
        if (got !== want) wrong.push(`${where}: ${written}${got}, not ${written}${want}`);
      }
  assert.deepEqual(wrong, []);
});

void test('the same messages read ENV로, LABEL로, COPY를, RUN을', () => {
  assert.equal(interpolate('{instruction}(으)로', { instruction: 'ENV' }), 'ENV로');
  assert.equal(interpolate('{instruction}(으)로', { instruction: 'LABEL' }), 'LABEL로');
  assert.equal(interpolate('{instruction}을(를)', { instruction: 'COPY' }), 'COPY를');
  assert.equal(interpolate('{instruction}을(를)', { instruction: 'RUN' }), 'RUN을');
});

/** Each particle that changes with the sound before it, as a template writes it. */
const PAIRED_FORMS: Readonly<Record<string, string>> = {
  으로: '(으)로',
  로: '(으)로',
  이나: '(이)나',
  나: '(이)나',
  은: '은(는)',
  는: '은(는)',
  이: '이(가)',
  가: '이(가)',
  을: '을(를)',
  를: '을(를)',
  과: '과(와)',
  와: '과(와)',
};

void test('instruction names a Korean template writes itself take the right particle', async () => {
  const names = Object.keys(READINGS).join('|');
  // A paired form right after a written name is wrong too: only a placeholder's particle is resolved.
  const paired = [...new Set(Object.values(PAIRED_FORMS))].map((form) => form.replace(/[()]/g, '\\$&'));
  const particles = [...paired, ...Object.keys(PAIRED_FORMS)].join('|');
  const written = new RegExp(`\\b(${names})(${particles})`, 'g');
  const wrong: string[] = [];
  for (const { name, catalog } of await allCatalogs())
    for (const [key, template] of Object.entries(catalog.ko as Record<string, string>))
      for (const [whole, keyword = '', particle = ''] of template.matchAll(written)) {
        const form = PAIRED_FORMS[particle];
        const want = form && particleAfter(`{x}${form}`, 'x', READINGS[keyword] ?? '');
        if (want !== particle) wrong.push(`${name}.${key}: ${whole}`);
      }
  assert.deepEqual(wrong, []);
});
