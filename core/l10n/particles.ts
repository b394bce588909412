// Korean particles after filled-in values: a template writes the paired form right after a placeholder ("{name}을(를)",
// "{flag}(으)로"), and the form that fits the value's last sound is chosen here. Values whose sound we cannot know
// (paths, image names, user words) keep the paired form as written.

/** How a word ends, as far as particles care: a final consonant, ㄹ (which takes 로), or a vowel. */
type Ending = 'consonant' | 'rieul' | 'vowel';

/** The paired forms, and the form each ending takes. */
const PARTICLES: Readonly<Record<string, Readonly<Record<Ending, string>>>> = {
  '은(는)': { consonant: '은', rieul: '은', vowel: '는' },
  '이(가)': { consonant: '이', rieul: '이', vowel: '가' },
  '을(를)': { consonant: '을', rieul: '을', vowel: '를' },
  '과(와)': { consonant: '과', rieul: '과', vowel: '와' },
  '(으)로': { consonant: '으로', rieul: '로', vowel: '로' },
  '(이)나': { consonant: '이나', rieul: '이나', vowel: '나' },
};

/** Dockerfile keywords as Koreans read them aloud (FROM 프롬, LABEL 레이블, CMD 씨엠디, …). */
const KEYWORDS: Readonly<Record<string, Ending>> = {
  FROM: 'consonant',
  RUN: 'consonant',
  VOLUME: 'consonant',
  NONE: 'consonant',
  LABEL: 'rieul',
  SHELL: 'rieul',
  STOPSIGNAL: 'rieul',
  CMD: 'vowel',
  ENV: 'vowel',
  COPY: 'vowel',
  ADD: 'vowel',
  USER: 'vowel',
  ARG: 'vowel',
  AS: 'vowel',
  EXPOSE: 'vowel',
  ENTRYPOINT: 'vowel',
  WORKDIR: 'vowel',
  ONBUILD: 'vowel',
  HEALTHCHECK: 'vowel',
  MAINTAINER: 'vowel',
  ESCAPE: 'vowel',
  SYNTAX: 'vowel',
  CHECK: 'vowel',
};

/** Characters that close a value without being read aloud: quotes, backticks, bold marks, brackets. */
const CLOSERS = /["'`*)\]”’」』]+$/;

/** Digits read in Korean: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_ENDINGS: readonly Ending[] = [
  'consonant',
  'rieul',
  'vowel',
  'consonant',
  'vowel',
  'vowel',
  'consonant',
  'rieul',
  'rieul',
  'vowel',
];

/** The ending of a filled-in value, or undefined when it cannot be known from the text. */
export function endingOf(value: string): Ending | undefined {
  const word = value.replace(CLOSERS, '');
  const last = word.charCodeAt(word.length - 1);
  if (last >= 0xac00 && last <= 0xd7a3) {
    const final = (last - 0xac00) % 28;
    return final === 0 ? 'vowel' : final === 8 ? 'rieul' : 'consonant';
  }
  if (last >= 0x30 && last <= 0x39) return DIGIT_ENDINGS[last - 0x30];
  const keyword = /[A-Za-z]+$/.exec(word)?.[0];
  return keyword === undefined ? undefined : KEYWORDS[keyword.toUpperCase()];
}

const PAIRED = Object.keys(PARTICLES)
  .map((form) => form.replace(/[()]/g, '\\$&'))
  .join('|');

/**
 * A `{name}` placeholder, optionally followed by closers the template writes itself and a paired particle
 * (`"{name}"을(를)`): groups are the name, the closers and the particle.
 */
export const PLACEHOLDER = new RegExp(`\\{(\\w+)\\}(?:(["'\`*)\\]”’」』]*)(${PAIRED}))?`, 'g');

/** The particle that fits `value` (with what the template writes between them), or the paired form when unknown. */
export function particleFor(value: string, between: string, paired: string): string {
  const ending = endingOf(value + between);
  const forms = PARTICLES[paired];
  return ending === undefined || forms === undefined ? paired : forms[ending];
}
