// BuildKit WorkdirRelativePath: a stage's first WORKDIR, if relative, depends on the base image's directory.
import { buildCheckUrl } from '../docs';
import { stagesInheriting } from '../facts';
import type { Rule } from '../types';

export const WorkdirRelativePath: Rule = {
  id: 'WorkdirRelativePath',
  defaultSeverity: 'warning',
  buildCheck: true,
  description:
    'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
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
