// Only ARG (and parser directives, comments) may come before the first FROM.
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.InstructionBeforeFrom',
  {
    summary: 'Only ARG instructions may come before the first FROM',
    message:
      '{instruction} comes before the first FROM. Only ARG may appear before FROM, because every other instruction needs a base image to work on. Move it below the FROM line.',
  },
  {
    summary: '첫 번째 FROM 앞에는 ARG 명령어만 올 수 있습니다',
    message:
      '{instruction}이(가) 첫 번째 FROM보다 앞에 있습니다. FROM 앞에는 ARG만 올 수 있습니다. 다른 명령어는 작업할 베이스 이미지가 필요하기 때문입니다. 이 줄을 FROM 아래로 옮기세요.',
  },
);

export const InstructionBeforeFrom: Rule = {
  id: 'InstructionBeforeFrom',
  aliases: ['DL3061'],
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InstructionBeforeFrom'),
  check({ ast, facts, report }) {
    if (ast.stages.length === 0) return;
    for (const instruction of facts.preamble) {
      if (instruction.keyword === 'ARG') continue;
      report({ range: instruction.keywordRange, data: { instruction: instruction.keyword } });
    }
  },
};
