// BuildKit DuplicateStageName: two stages with the same name (names compare case-insensitively).
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.DuplicateStageName',
  {
    summary: 'Stage names should be unique',
    message:
      'Stage name "{name}" is already used on line {line}. Each stage needs its own name, or FROM and COPY --from cannot tell them apart.',
  },
  {
    summary: '스테이지 이름은 서로 달라야 합니다',
    message:
      '스테이지 이름 "{name}"은(는) {line}번째 줄에서 이미 쓰고 있습니다. 스테이지마다 이름이 달라야 FROM과 COPY --from이 구별할 수 있습니다.',
  },
);

export const DuplicateStageName: Rule = {
  id: 'DuplicateStageName',
  aliases: ['DL3024'],
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('DuplicateStageName'),
  check({ ast, facts, report }) {
    for (const stage of ast.stages) {
      if (!stage.name) continue;
      const first = facts.stagesByName.get(stage.name.value.toLowerCase());
      if (!first || first === stage) continue;
      const data = { name: stage.name.value, line: String(first.from.range.start.line + 1) };
      report({ range: stage.name.range, data });
    }
  },
};
