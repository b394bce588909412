// BuildKit ReservedStageName: `scratch` and `context` have special meanings and cannot name a stage.
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const RESERVED = new Set(['context', 'scratch']);

const messages = defineCatalog(
  'rule.ReservedStageName',
  {
    summary: 'Reserved words should not be used as stage names',
    message:
      '"{name}" is a reserved word and should not name a stage: "scratch" and "context" have special meanings. Choose another name.',
  },
  {
    summary: '예약어를 스테이지 이름으로 쓰면 안 됩니다',
    message:
      '"{name}"은(는) 예약어라서 스테이지 이름으로 쓰면 안 됩니다. "scratch"와 "context"는 특별한 뜻이 있습니다. 다른 이름을 고르세요.',
  },
);

export const ReservedStageName: Rule = {
  id: 'ReservedStageName',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('ReservedStageName'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      const name = stage.name?.value.toLowerCase();
      if (stage.name && name !== undefined && RESERVED.has(name)) report({ range: stage.name.range, data: { name } });
    }
  },
};
