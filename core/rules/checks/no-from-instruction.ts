// A Dockerfile with instructions but no FROM: there is no base image to build on.
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.NoFromInstruction',
  {
    summary: 'A Dockerfile must have a FROM instruction',
    message:
      'This Dockerfile has no FROM instruction. Every image is built on a base image, so the file must start with FROM (for example "FROM alpine"); only ARG may come before it.',
  },
  {
    summary: 'Dockerfile에는 FROM 명령어가 있어야 합니다',
    message:
      '이 Dockerfile에는 FROM 명령어가 없습니다. 모든 이미지는 베이스 이미지 위에 만들어지므로 파일은 FROM으로 시작해야 합니다(예: "FROM alpine"). FROM 앞에는 ARG만 올 수 있습니다.',
  },
);

export const NoFromInstruction: Rule = {
  id: 'NoFromInstruction',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('NoFromInstruction'),
  check({ ast, report }) {
    const first = ast.instructions[0];
    if (ast.stages.length > 0 || !first) return;
    report({ range: first.keywordRange, data: { instruction: first.keyword } });
  },
};
