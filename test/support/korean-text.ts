// Checks of finished Korean text: a paired particle left where the word before it is known, a particle that does
// not fit that word, and English words that once reached Korean messages.
import { endingOf } from '../../core/l10n/particles';

const ENGLISH_FRAGMENTS = /\b(single|double|line \d|Usage|instead|should|must)\b|<[a-z]+>/;

const PAIRED = /(["'`*)\]]*)(은\(는\)|이\(가\)|을\(를\)|과\(와\)|\(으\)로|\(이\)나)/g;
const FITTING: Readonly<Record<string, readonly [consonant: string, rieul: string, vowel: string]>> = {
  은: ['은', '은', '는'],
  는: ['은', '은', '는'],
  이: ['이', '이', '가'],
  가: ['이', '이', '가'],
  을: ['을', '을', '를'],
  를: ['을', '을', '를'],
  과: ['과', '과', '와'],
  와: ['과', '과', '와'],
  으로: ['으로', '로', '로'],
  로: ['으로', '로', '로'],
};

/** The word a particle attaches to: the run of letters, digits and Hangul right before it. */
function wordBefore(text: string, end: number): string {
  return /[A-Za-z0-9가-힣]+["'`*)\]]*$/.exec(text.slice(0, end))?.[0] ?? '';
}

/** Problems with particles in a finished Korean text; empty when it reads right. */
export function particleProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(PAIRED)) {
    const word = wordBefore(text, match.index + (match[1]?.length ?? 0));
    if (word && endingOf(word) !== undefined) problems.push(`paired form left after "${word}": ${match[2]}`);
  }
  const keyword = /\b([A-Z]{2,})(["'`]*)(으로|로|은|는|이|가|을|를|과|와)(?![가-힣])/g;
  for (const match of text.matchAll(keyword)) {
    const ending = endingOf(match[1] ?? '');
    const forms = FITTING[match[3] ?? ''];
    if (ending === undefined || forms === undefined) continue;
    const want = forms[ending === 'consonant' ? 0 : ending === 'rieul' ? 1 : 2];
    if (want !== match[3])
      problems.push(`"${match[1]}${match[2]}${match[3]}" should read "${match[1]}${match[2]}${want}"`);
  }
  return problems;
}

/** Everything wrong with a finished Korean message; empty when it reads as Korean. */
export function koreanProblems(text: string): string[] {
  const problems = particleProblems(text);
  if (!/[가-힣]/.test(text)) problems.push('not in Korean');
  const english = ENGLISH_FRAGMENTS.exec(text)?.[0];
  if (english) problems.push(`English word "${english}"`);
  return problems;
}
