// BuildKit CopyIgnoredFile (experimental): COPY/ADD of a file that `.dockerignore` keeps out of the build context.
import { cleanPath } from '../../ignore/gosyntax';
import type { Instruction, Word } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { instructionsOf, flagName } from '../facts';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.CopyIgnoredFile',
  {
    summary: 'Attempting to Copy file that is excluded by .dockerignore',
    message:
      '{instruction} copies "{file}", but .dockerignore excludes it from the build context, so the build cannot find it. Remove the pattern from .dockerignore (or add "!{file}"), or stop copying the file.',
  },
  {
    summary: '.dockerignore로 제외된 파일을 복사하려고 합니다',
    message:
      '{instruction}이(가) "{file}"을(를) 복사하지만 .dockerignore가 이 파일을 빌드 컨텍스트에서 빼기 때문에 빌드가 파일을 찾지 못합니다. .dockerignore에서 그 패턴을 지우거나("!{file}"을 추가하거나) 이 파일을 복사하지 마세요.',
  },
);

export const CopyIgnoredFile: Rule = {
  id: 'CopyIgnoredFile',
  defaultSeverity: 'warning',
  experimental: true,
  buildCheck: true,
  messages,
  url: buildCheckUrl('CopyIgnoredFile'),
  check({ facts, isIgnored, report }) {
    if (!isIgnored) return;
    for (const instruction of instructionsOf(facts, 'COPY', 'ADD')) {
      if (instruction.flags.some((flag) => flagName(flag) === 'from')) continue;
      for (const word of localSources(instruction)) {
        const path = contextPath(word.value);
        if (path !== undefined && isIgnored(path))
          report({ range: word.range, data: { instruction: instruction.keyword, file: path } });
      }
    }
  },
};

/** Every argument but the destination, leaving out heredocs, URLs and words with variables. */
function localSources(instruction: Instruction): Word[] {
  return instruction.args
    .slice(0, -1)
    .filter(
      (word) =>
        !word.value.startsWith('<<') && !word.value.includes('$') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(word.value),
    );
}

/** `./src/../a.txt` → `a.txt`; the context root itself is undefined. */
function contextPath(source: string): string | undefined {
  const clean = cleanPath(`/${source}`).slice(1);
  return clean === '' || clean === '.' ? undefined : clean;
}
