// A Dockerfile with instructions but no FROM: there is no base image to build on.
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';

export const NoFromInstruction: Rule = {
  id: 'NoFromInstruction',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'A Dockerfile must have a FROM instruction',
  url: ourDocsUrl('NoFromInstruction'),
  check({ ast, report }) {
    const first = ast.instructions[0];
    if (ast.stages.length > 0 || !first) return;
    report({ range: first.keywordRange, data: { instruction: first.keyword } });
  },
};
