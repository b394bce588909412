// Several CMD, ENTRYPOINT or HEALTHCHECK in one stage: only the last counts, so the earlier ones are reported.
import type { Instruction } from '../../parser/ast';
import { wholeLines } from '../ranges';
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const ONCE_PER_STAGE = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

const messages = defineCatalog(
  'rule.MultipleInstructionsDisallowed',
  {
    summary: 'Multiple instructions of the same type should not be used in the same stage',
    message:
      'This {instruction} has no effect: the {instruction} on line {line} replaces it, because only the last {instruction} of a stage counts. Remove this one or combine them.',
    'fix.remove': 'Remove this {instruction}',
  },
  {
    summary: '한 스테이지에 같은 종류의 명령어를 여러 번 쓰면 마지막 것만 적용됩니다',
    message:
      '이 {instruction}은(는) 효과가 없습니다. 한 스테이지에서는 마지막 {instruction}만 적용되므로 {line}번째 줄의 {instruction}이(가) 이것을 덮어씁니다. 이 줄을 지우거나 하나로 합치세요.',
    'fix.remove': '이 {instruction} 지우기',
  },
);

export const MultipleInstructionsDisallowed: Rule = {
  id: 'MultipleInstructionsDisallowed',
  aliases: ['DL3012', 'DL4003', 'DL4004'],
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('MultipleInstructionsDisallowed'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      const last = new Map<string, Instruction>();
      for (const instruction of stage.instructions) {
        if (!ONCE_PER_STAGE.has(instruction.keyword)) continue;
        const previous = last.get(instruction.keyword);
        if (previous) {
          const data = { instruction: instruction.keyword, line: String(instruction.range.start.line + 1) };
          const edits = [{ range: wholeLines(previous.range, ast.lineCount), newText: '' }];
          report({ range: previous.range, data, fixes: [{ titleKey: 'remove', data, edits }] });
        }
        last.set(instruction.keyword, instruction);
      }
    }
  },
};
