// BuildKit WorkdirRelativePath: a stage's first WORKDIR, if relative, depends on the base image's directory.
import { buildCheckUrl } from '../docs';
import { stagesInheriting } from '../facts';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.WorkdirRelativePath',
  {
    summary:
      'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
    message:
      'WORKDIR "{path}" is relative, so it depends on the base image\'s working directory, which can change. Use an absolute path like "{absolute}".',
    'fix.absolute': 'Change to {absolute}',
  },
  {
    summary: '빌드 안에서 절대 경로 WORKDIR 없이 상대 경로를 쓰면 베이스 이미지가 바뀔 때 결과가 달라질 수 있습니다',
    message:
      'WORKDIR "{path}"은(는) 상대 경로라서 베이스 이미지의 작업 디렉터리에 따라 달라지고, 그 디렉터리는 바뀔 수 있습니다. "{absolute}"처럼 절대 경로를 쓰세요.',
    'fix.absolute': '{absolute}(으)로 바꾸기',
  },
);

export const WorkdirRelativePath: Rule = {
  id: 'WorkdirRelativePath',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('WorkdirRelativePath'),
  check({ ast, facts, report }) {
    const inheritsWorkdir = stagesInheriting(ast.stages, facts, 'WORKDIR');
    for (const stage of ast.stages) {
      let workdirSet = inheritsWorkdir.has(stage);
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'WORKDIR' || workdirSet) continue;
        workdirSet = true;
        const path = instruction.argsText.trim();
        if (path === '' || path.startsWith('$') || isAbsolute(path)) continue;
        const range = instruction.argsRange ?? instruction.keywordRange;
        const data = { path, absolute: `/${path.replace(/^\.\//, '')}` };
        report({ range, data, fixes: [{ titleKey: 'absolute', data, edits: [{ range, newText: data.absolute }] }] });
      }
    }
  },
};

/** Unix `/x`, or Windows `C:\x`, `C:/x`, `\x`. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path);
}
