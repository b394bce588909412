// BuildKit refuses stage names that do not start with a letter or that contain symbols: `FROM alpine AS 1st`.
import { isValidStageName } from '../../dockerfile/stages';
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.InvalidStageName',
  {
    summary: 'Stage names start with a letter and use only letters, digits, "-", "_" and "."',
    message:
      '"{name}" cannot name a stage: a stage name must start with a letter and use only letters, digits, "-", "_" and ".". For example: build, test-1, app.base.',
  },
  {
    summary: '스테이지 이름은 영문자로 시작하고 영문자, 숫자, "-", "_", "."만 씁니다',
    message:
      '"{name}"은(는) 스테이지 이름으로 쓸 수 없습니다. 스테이지 이름은 영문자로 시작하고 영문자, 숫자, "-", "_", "."만 쓸 수 있습니다. 예: build, test-1, app.base.',
  },
);

export const InvalidStageName: Rule = {
  id: 'InvalidStageName',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InvalidStageName'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      const written = stage.name ? stage.from.args[2] : undefined;
      if (written && !isValidStageName(written.value)) report({ range: written.range, data: { name: written.value } });
    }
  },
};
