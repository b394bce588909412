// BuildKit LegacyKeyValueFormat: `ENV key value` (space-separated) is deprecated in favour of `ENV key=value`.
import type { Instruction } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import type { FixProposal, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.LegacyKeyValueFormat',
  {
    summary: 'Legacy key/value format with whitespace separator should not be used',
    message: 'The "{instruction} key value" form is deprecated. Write "{instruction} key=value" instead.',
    'fix.convert': 'Change to {replacement}',
  },
  {
    summary: '공백으로 키와 값을 구분하는 옛 형식은 쓰지 않는 것이 좋습니다',
    message: '"{instruction} key value" 형식은 더 이상 권장하지 않습니다. "{instruction} key=value"로 쓰세요.',
    'fix.convert': '{replacement}(으)로 바꾸기',
  },
);

export const LegacyKeyValueFormat: Rule = {
  id: 'LegacyKeyValueFormat',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('LegacyKeyValueFormat'),
  eachInstruction: {
    keywords: ['ENV', 'LABEL'],
    check(instruction, { report }) {
      if (!isLegacy(instruction)) return;
      const fix = modernFix(instruction);
      report({
        range: instruction.argsRange ?? instruction.keywordRange,
        data: { instruction: instruction.keyword },
        fixes: fix ? [fix] : [],
      });
    },
  },
};

/** In the legacy form the first key is followed by whitespace, not `=`. */
function isLegacy(instruction: Instruction): boolean {
  const key = instruction.args[0]?.value;
  if (key === undefined || instruction.args.length !== 2) return false;
  const text = instruction.argsText.trimStart();
  return text.startsWith(key) && /^\s/.test(text.slice(key.length));
}

/** `ENV A b c` → `ENV A="b c"`, when quoting cannot change the value. */
function modernFix(instruction: Instruction): FixProposal | undefined {
  const [key, value] = instruction.args;
  if (!key || !value || !instruction.argsRange) return undefined;
  let written: string;
  if (!/\s/.test(value.value)) written = value.value;
  else if (!/["'\\]/.test(value.value)) written = `"${value.value}"`;
  else return undefined;
  const replacement = `${key.value}=${written}`;
  return {
    titleKey: 'convert',
    data: { replacement },
    edits: [{ range: instruction.argsRange, newText: replacement }],
  };
}
