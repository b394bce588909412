// BuildKit WorkdirRelativePath: a stage's first WORKDIR, if relative, depends on the base image's directory.
// As BuildKit does, the path is read as the builder expands it (quotes removed, variables substituted) and only the
// first WORKDIR of a stage, or of the stages it builds on, counts. Deliberate differences: a path whose variables
// cannot be known statically is not reported, and both Unix (`/x`) and Windows (`C:\x`, `\x`) absolute paths are
// accepted whatever the platform. Reported on the WORKDIR line, as BuildKit does.
import type { Instruction } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { onFirstLine } from '../locate';
import { expandInScope } from '../stage-env';
import type { FixProposal, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.WorkdirRelativePath',
  {
    summary:
      'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
    message:
      'WORKDIR "{path}" is relative, so it depends on the base image\'s working directory, which can change. Use an absolute path like "{absolute}".',
    'fix.absolute': 'Change to {absolute}',
    differences:
      'A path whose variables have no value we can know (set by the base image, say) is not reported. Both Unix (`/x`) and Windows (`C:\\x`, `\\x`) absolute paths count as absolute, whatever the platform.',
  },
  {
    summary: '빌드 안에서 절대 경로 WORKDIR 없이 상대 경로를 쓰면 베이스 이미지가 바뀔 때 결과가 달라질 수 있습니다',
    message:
      'WORKDIR "{path}"은(는) 상대 경로라서 베이스 이미지의 작업 디렉터리에 따라 달라지고, 그 디렉터리는 바뀔 수 있습니다. "{absolute}"처럼 절대 경로를 쓰세요.',
    'fix.absolute': '{absolute}(으)로 바꾸기',
    differences:
      '값을 알 수 없는 변수(예: 베이스 이미지가 정하는 변수)가 든 경로는 보고하지 않습니다. 플랫폼과 상관없이 Unix(`/x`)와 Windows(`C:\\x`, `\\x`) 절대 경로를 모두 절대 경로로 봅니다.',
  },
);

export const WorkdirRelativePath: Rule = {
  id: 'WorkdirRelativePath',
  aliases: ['DL3000'],
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('WorkdirRelativePath'),
  visitStages({ ast, report }) {
    return {
      // Only the first WORKDIR of a stage and the stages it builds on.
      instruction(_stage, instruction, scope) {
        if (instruction.keyword !== 'WORKDIR' || scope.workdir) return;
        const raw = instruction.argsText.trim();
        const path = expandInScope(raw, scope, ast.escapeChar);
        // `C:\app` under the default `\` escape reads `C:app`: the path as written counts too, not to cry wolf.
        if (path === undefined || path === '' || isAbsolute(path) || isAbsolute(raw)) return;
        const data = { path, absolute: `/${path.replace(/^\.\//, '')}` };
        const fix = absoluteFix(instruction, raw, data);
        const range = onFirstLine(instruction, instruction.argsRange ?? instruction.keywordRange);
        report({ range, data, fixes: fix && [fix] });
      },
    };
  },
};

/** The path made absolute where it is written: `app` → `/app`, `./app` → `/app`, `"app"` → `"/app"`. */
function absoluteFix(instruction: Instruction, raw: string, data: Record<string, string>): FixProposal | undefined {
  const range = instruction.argsRange;
  if (!range || range.start.line !== range.end.line) return undefined;
  const quote = raw[0] === '"' || raw[0] === "'" ? raw[0] : '';
  const newText = `${quote}/${raw.slice(quote.length).replace(/^\.\//, '')}`;
  return { titleKey: 'absolute', data, edits: [{ range, newText }] };
}

/** Unix `/x`, or Windows `C:\x`, `C:/x`, `\x`. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path);
}
