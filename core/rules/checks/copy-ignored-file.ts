// BuildKit CopyIgnoredFile (experimental): COPY/ADD of a file that `.dockerignore` keeps out of the build context.
import { posix } from 'node:path';
import type { Instruction, Word } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { instructionsOf, flagName } from '../facts';
import type { Rule } from '../types';

export const CopyIgnoredFile: Rule = {
  id: 'CopyIgnoredFile',
  defaultSeverity: 'warning',
  experimental: true,
  buildCheck: true,
  description: 'Attempting to Copy file that is excluded by .dockerignore',
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
  const clean = posix.normalize(`/${source}`).replace(/^\/+/, '');
  return clean === '' || clean === '.' ? undefined : clean;
}
