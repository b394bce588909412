// A keyword that is not a Dockerfile instruction, with the closest one suggested.
import { INSTRUCTION_NAMES, instructionSpec } from '../../dockerfile/instructions';
import { ourDocsUrl } from '../docs';
import { closest } from '../suggest';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.UnknownInstruction',
  {
    summary: 'Unknown instruction',
    message:
      '"{instruction}" is not a Dockerfile instruction. Check the spelling; valid instructions include FROM, RUN, COPY, CMD, ENV and WORKDIR.',
    suggest: '"{instruction}" is not a Dockerfile instruction. Did you mean {suggestion}?',
    'fix.replace': 'Change to {suggestion}',
  },
  {
    summary: '알 수 없는 명령어입니다',
    message:
      '"{instruction}"은(는) Dockerfile 명령어가 아닙니다. 철자를 확인하세요. FROM, RUN, COPY, CMD, ENV, WORKDIR 같은 명령어를 쓸 수 있습니다.',
    suggest: '"{instruction}"은(는) Dockerfile 명령어가 아닙니다. {suggestion}을(를) 쓰려던 것인가요?',
    'fix.replace': '{suggestion}(으)로 바꾸기',
  },
);

export const UnknownInstruction: Rule = {
  id: 'UnknownInstruction',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('UnknownInstruction'),
  check({ facts, report }) {
    for (const instruction of facts.allInstructions) {
      if (instructionSpec(instruction.keyword)) continue;
      const suggestion = closest(instruction.keyword, INSTRUCTION_NAMES);
      const data = { instruction: instruction.keyword, suggestion: suggestion ?? '' };
      if (suggestion === undefined) {
        report({ range: instruction.keywordRange, data });
        continue;
      }
      const edits = [{ range: instruction.keywordRange, newText: suggestion }];
      report({
        range: instruction.keywordRange,
        variant: 'suggest',
        data,
        fixes: [{ titleKey: 'replace', data, edits }],
      });
    }
  },
};
