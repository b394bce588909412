// Findings come out in the requested language; fix titles too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveLocale } from '../../../core/l10n';
import { check } from './helper';

const cases: { name: string; input: string | undefined; want: 'en' | 'ko' }[] = [
  { name: 'ko', input: 'ko', want: 'ko' },
  { name: 'ko-KR', input: 'ko-KR', want: 'ko' },
  { name: 'ko_KR.UTF-8', input: 'ko_KR.UTF-8', want: 'ko' },
  { name: 'en', input: 'en', want: 'en' },
  { name: 'kok is not Korean', input: 'kok', want: 'en' },
  { name: 'undefined', input: undefined, want: 'en' },
];

for (const c of cases) void test(`resolveLocale(${c.name})`, () => assert.equal(resolveLocale(c.input), c.want));

void test('Korean messages and fix titles, parser problems included', () => {
  const findings = check('FROM alpine\nRUNN echo\nENV A\n', { locale: 'ko-KR' });
  const unknown = findings.find((f) => f.code === 'UnknownInstruction');
  assert.equal(unknown?.message, '"RUNN"은(는) Dockerfile 명령어가 아닙니다. RUN을 쓰려던 것인가요?');
  assert.equal(unknown?.fixes?.[0]?.title, 'RUN으로 바꾸기');
  assert.match(findings.find((f) => f.code === 'KeyWithoutValue')?.message ?? '', /^ENV에는 값이 필요합니다/);
});
