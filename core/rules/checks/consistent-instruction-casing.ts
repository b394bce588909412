// BuildKit ConsistentInstructionCasing: keywords should all be upper-case or all lower-case, like the majority.
import type { Instruction } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

type Casing = 'upper' | 'lower' | 'mixed';

const messages = defineCatalog(
  'rule.ConsistentInstructionCasing',
  {
    summary: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
    lower: 'Instruction "{instruction}" should be lower-case like most instructions in this file: write "{fixed}".',
    upper: 'Instruction "{instruction}" should be upper-case like most instructions in this file: write "{fixed}".',
    'fix.match': 'Change to {fixed}',
  },
  {
    summary: 'Dockerfile의 모든 명령어는 같은 대소문자(모두 대문자나 모두 소문자)로 써야 합니다',
    lower: '명령어 "{instruction}"도 이 파일의 다른 명령어 대부분처럼 소문자로 쓰세요: "{fixed}".',
    upper: '명령어 "{instruction}"도 이 파일의 다른 명령어 대부분처럼 대문자로 쓰세요: "{fixed}".',
    'fix.match': '{fixed}(으)로 바꾸기',
  },
);

export const ConsistentInstructionCasing: Rule = {
  id: 'ConsistentInstructionCasing',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('ConsistentInstructionCasing'),
  check({ ast, report }) {
    const casings = ast.instructions.map(casingOf);
    let lower = 0;
    let upper = 0;
    for (const casing of casings) {
      if (casing === 'lower') lower++;
      else if (casing === 'upper') upper++;
    }
    const majority: Casing = lower > upper ? 'lower' : 'upper';
    ast.instructions.forEach((instruction, i) => {
      if (casings[i] === majority) return;
      const written = instruction.writtenKeyword;
      if (written === undefined) return;
      const fixed = majority === 'lower' ? written.toLowerCase() : written.toUpperCase();
      const data = { instruction: written, fixed };
      const edits = [{ range: instruction.keywordRange, newText: fixed }];
      report({ range: instruction.keywordRange, variant: majority, data, fixes: [{ titleKey: 'match', data, edits }] });
    });
  },
};

/** The keyword's casing as written (this runs on every instruction of large files, so it builds no range). */
function casingOf(instruction: Instruction): Casing | undefined {
  const written = instruction.writtenKeyword;
  if (written === undefined) return undefined;
  let upper = false;
  let lower = false;
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    if (code >= 65 && code <= 90) upper = true;
    else if (code >= 97 && code <= 122) lower = true;
  }
  if (upper && lower) return 'mixed';
  return lower ? 'lower' : 'upper';
}
