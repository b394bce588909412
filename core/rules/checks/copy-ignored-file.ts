// BuildKit CopyIgnoredFile: COPY/ADD of a file that `.dockerignore` keeps out of the build context (a default rule
// since BuildKit made it one; it was experimental before). As BuildKit does, each source is read as the builder
// expands it and cleaned, so `COPY . .` checks the context root itself (excluded by a `*` pattern), and an ignore file
// with `!` exceptions turns the check off. Deliberate difference: a source whose variables cannot be known statically
// is not checked. Reported on the instruction's line, as BuildKit does.
import { cleanPath } from '../../ignore/gosyntax';
import type { Instruction, Word } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { flagName } from '../facts';
import { onFirstLine } from '../locate';
import { expandInScope } from '../stage-env';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.CopyIgnoredFile',
  {
    summary: 'Attempting to Copy file that is excluded by .dockerignore',
    message:
      '{instruction} copies "{file}", but .dockerignore excludes it from the build context, so the build cannot find it. Remove the pattern from .dockerignore (or add "!{file}"), or stop copying the file.',
    differences:
      "A source whose variables have no value we can know is not checked. The .dockerignore is the one the docker CLI would send with the Dockerfile's folder as the build context.",
  },
  {
    summary: '.dockerignore로 제외된 파일을 복사하려고 합니다',
    message:
      '{instruction}이(가) "{file}"을(를) 복사하지만 .dockerignore가 이 파일을 빌드 컨텍스트에서 빼기 때문에 빌드가 파일을 찾지 못합니다. .dockerignore에서 그 패턴을 지우거나("!{file}"을(를) 추가하거나) 이 파일을 복사하지 마세요.',
    differences:
      '값을 알 수 없는 변수가 든 원본은 검사하지 않습니다. .dockerignore는 Dockerfile이 있는 폴더를 빌드 컨텍스트로 할 때 docker CLI가 보내는 파일을 씁니다.',
  },
);

export const CopyIgnoredFile: Rule = {
  id: 'CopyIgnoredFile',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('CopyIgnoredFile'),
  visitStages({ ast, isIgnored, report }) {
    if (!isIgnored) return undefined;
    return {
      instruction(_stage, instruction, scope) {
        if (!isContextCopy(instruction)) return;
        for (const word of localSources(instruction)) {
          const source = expandInScope(word.value, scope, ast.escapeChar);
          const path = source === undefined || isUrl(source) ? undefined : contextPath(source);
          if (path !== undefined && isIgnored(path))
            report({
              range: onFirstLine(instruction, word.range),
              data: { instruction: instruction.keyword, file: path },
            });
        }
      },
    };
  },
};

/** COPY or ADD from the build context (not `--from` another stage or image). */
function isContextCopy(instruction: Instruction): boolean {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return false;
  return !instruction.flags.some((flag) => flagName(flag) === 'from');
}

/** Every argument but the destination, leaving out heredocs. */
function localSources(instruction: Instruction): Word[] {
  return instruction.args.slice(0, -1).filter((word) => !word.value.startsWith('<<'));
}

function isUrl(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source) || /^git@/.test(source);
}

/** `./src/../a.txt` → `a.txt`; the context root itself is `.`, as BuildKit names it. */
function contextPath(source: string): string {
  const clean = cleanPath(`/${source}`).slice(1);
  return clean === '' ? '.' : clean;
}
