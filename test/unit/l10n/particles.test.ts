// Korean particles after filled-in values pick the form that fits the value's last sound.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { interpolate } from '../../../core/l10n';
import { endingOf } from '../../../core/l10n/particles';

const cases: [template: string, value: string, want: string][] = [
  // Hangul: a final consonant, ㄹ, or none.
  ['{x}을(를) 지우세요', '이미지', '이미지를 지우세요'],
  ['{x}을(를) 지우세요', '컨테이너', '컨테이너를 지우세요'],
  ['{x}을(를) 지우세요', '레이블', '레이블을 지우세요'],
  ['{x}(으)로 바꾸기', '레이블', '레이블로 바꾸기'],
  ['{x}(으)로 바꾸기', '빌드 인자', '빌드 인자로 바꾸기'],
  ['{x}(으)로 바꾸기', '스테이지 이름', '스테이지 이름으로 바꾸기'],
  ['{x}이(가) 없습니다', '태그', '태그가 없습니다'],
  ['{x}과(와) 맞추세요', '명령', '명령과 맞추세요'],
  ['{x}(이)나 {y}', '줄', '줄이나 {y}'],
  // Digits as read aloud.
  ['포트 {x}은(는)', '80', '포트 80은'],
  ['{x}(으)로', '3', '3으로'],
  ['{x}(으)로', '1', '1로'],
  ['{x}을(를)', '7', '7을'],
  ['{x}을(를)', '2', '2를'],
  ['{x}이(가)', '1024', '1024가'],
  // Instruction names as Koreans read them.
  ['{x}(으)로 쓰세요', 'ENV', 'ENV로 쓰세요'],
  ['{x}(으)로 쓰세요', 'LABEL', 'LABEL로 쓰세요'],
  ['{x}은(는) 필요 없습니다', 'LABEL', 'LABEL은 필요 없습니다'],
  ['{x}은(는)', 'FROM', 'FROM은'],
  ['{x}은(는)', 'CMD', 'CMD는'],
  ['{x}을(를)', 'run', 'run을'],
  ['{x}이(가)', 'VOLUME', 'VOLUME이'],
  ['{x}이(가)', 'COPY', 'COPY가'],
  ['{x}(으)로', 'SHELL', 'SHELL로'],
  // Closers between the value and the particle are skipped, in the value and in the template.
  ['"{x}"을(를)', 'ENV', '"ENV"를'],
  ['`{x}`(으)로', 'FROM', '`FROM`으로'],
  ['**{x}**은(는)', '이미지', '**이미지**는'],
  ['{x}(으)로', '"LABEL"', '"LABEL"로'],
  ['({x})을(를)', '3', '(3)을'],
  // What cannot be known keeps the paired form.
  ['{x}을(를)', 'my/app:latest', 'my/app:latest을(를)'],
  ['{x}을(를)', 'my/app:1.0', 'my/app:1.0을'], // read 일 점 영
  ['{x}(으)로', '/opt/app', '/opt/app(으)로'],
  ['{x}은(는)', 'sha256:ab12ef', 'sha256:ab12ef은(는)'],
  ['{x}은(는)', 'hello', 'hello은(는)'],
  // Without a particle, a plain placeholder; an unknown placeholder stays.
  ['{x} 빌드', '이미지', '이미지 빌드'],
  ['{y}을(를)', '이미지', '{y}을(를)'],
];

for (const [template, value, want] of cases) {
  void test(`${template} with ${value} → ${want}`, () => assert.equal(interpolate(template, { x: value }), want));
}

void test('a value is inserted as is, even when it looks like a placeholder', () => {
  assert.equal(interpolate('{x}을(를) 보세요', { x: '${x}' }), '${x}을(를) 보세요');
  assert.equal(interpolate('{x} {y}', { x: '{y}', y: 'b' }), '{y} b');
});

void test('endings of the sounds the issue names', () => {
  assert.equal(endingOf('길'), 'rieul');
  assert.equal(endingOf('가'), 'vowel');
  assert.equal(endingOf('각'), 'consonant');
  assert.equal(endingOf('0'), 'consonant');
  assert.equal(endingOf('8'), 'rieul');
  assert.equal(endingOf('9'), 'vowel');
  assert.equal(endingOf('STOPSIGNAL'), 'rieul');
  assert.equal(endingOf('AS'), 'vowel');
  assert.equal(endingOf('path/x'), undefined);
});
