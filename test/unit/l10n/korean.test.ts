// Korean that reads as if written in Korean: paired particles after placeholders, the seed's vocabulary, the register.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allCatalogs, ROOT } from './catalog-modules';

/** Every Korean template, as `catalog.key` → text; package.nls.ko.json's entries and the walkthrough's pages too. */
async function koreanTexts(): Promise<[string, string][]> {
  const texts: [string, string][] = [];
  for (const { name, catalog } of await allCatalogs())
    for (const [key, text] of Object.entries(catalog.ko as Record<string, string>))
      texts.push([`${name}.${key}`, text]);
  const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
  for (const [key, text] of Object.entries(nls)) texts.push([`package.nls.${key}`, text]);
  const walkthrough = join(ROOT, 'media/walkthrough');
  for (const name of readdirSync(walkthrough).filter((file) => file.endsWith('.ko.md')))
    texts.push([`media/walkthrough/${name}`, readFileSync(join(walkthrough, name), 'utf8')]);
  return texts;
}

const BARE_PARTICLE = /\{\w+\}["'`*)\]]*(을|를|이|가|은|는|과|와|으로|로|이나|나)(?=[\s.,:;!?)]|$)/;

void test('a particle right after a placeholder is written in its paired form, so it can fit the value', async () => {
  const bare = (await koreanTexts())
    .filter(([, text]) => BARE_PARTICLE.test(text))
    .map(([key, text]) => `${key}: ${text}`);
  assert.deepEqual(bare, []);
});

/** Variants our vocabulary replaced (CONTRIBUTING.md), with the word to use instead. */
const FORBIDDEN: [RegExp, string][] = [
  [/기반 이미지/, '베이스 이미지'],
  [/인수/, '인자'],
  [/지시문/, '지시어'],
  [/플래그/, '옵션'],
  [/단계 이름|빌드 단계 \*\*|\d+번 단계/, '스테이지 (a stage is 스테이지; 단계 is a step)'],
  [/비밀 ?(정보|값)/, '시크릿'],
  [/게시/, '포트 연결'],
  [/함\.(\s|$)/, '합니다체 (never a sentence ending in ~함.)'],
  [/[가-힣] \(/, 'no space before "("'],
  [/[`*"'] (으로|로|을|를|이|가|은|는|과|와|입니다|이다)(?=[\s.,]|$)/, 'a particle attached to the word before it'],
];

void test('Korean texts use the seed vocabulary and register', async () => {
  const found: string[] = [];
  for (const [key, text] of await koreanTexts())
    for (const [pattern, instead] of FORBIDDEN) if (pattern.test(text)) found.push(`${key} (use ${instead}): ${text}`);
  assert.deepEqual(found, []);
});

void test('"inspect" is 정보 보기, never 검사 (which means check)', async () => {
  const found = (await koreanTexts()).filter(([key, text]) => /inspect/i.test(key) && /검사/.test(text));
  assert.deepEqual(found, []);
});
