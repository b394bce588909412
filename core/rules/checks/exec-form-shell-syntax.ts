// ExecFormShellSyntax: RUN, CMD or ENTRYPOINT in exec (JSON) form written as if a shell would read it: `$HOME`
// stays those five characters, `&&` or `|` become arguments, and `["npm start"]` looks for a program called
// "npm start". Default warning: the command fails or does something else, and nothing says why.
import { ourDocsUrl } from '../docs';
import type { Instruction, Stage, Word } from '../../parser/ast';
import type { Report, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.ExecFormShellSyntax',
  {
    summary: 'The JSON form runs no shell: variables, operators and one-string commands are taken literally',
    variable:
      'In the JSON form no shell runs, so "{text}" reaches the program as written, without {variable} replaced. Use the shell form ({instruction} {plain}) or ["sh", "-c", "…"].',
    operator:
      'In the JSON form no shell runs, so "{text}" is passed to the program as an argument instead of joining commands. Use the shell form or ["sh", "-c", "…"].',
    spaces:
      'The JSON form runs the first element as the program name, so it looks for a program called "{text}". Give each word its own string: {split}.',
    'fix.split': 'Change to {split}',
  },
  {
    summary: 'JSON 형식은 셸 없이 실행되므로 변수, 연산자, 한 문자열 명령이 글자 그대로 전달됩니다',
    variable:
      'JSON 형식에서는 셸이 실행되지 않아 "{text}"이(가) {variable}이(가) 바뀌지 않은 채 그대로 프로그램에 전달됩니다. 셸 형식({instruction} {plain})(이)나 ["sh", "-c", "…"]를 쓰세요.',
    operator:
      'JSON 형식에서는 셸이 실행되지 않아 "{text}"이(가) 명령을 잇지 않고 프로그램의 인자로 전달됩니다. 셸 형식이나 ["sh", "-c", "…"]를 쓰세요.',
    spaces:
      'JSON 형식은 첫 요소를 프로그램 이름으로 실행하므로 "{text}"라는 이름의 프로그램을 찾습니다. 단어마다 따로 문자열로 쓰세요: {split}.',
    'fix.split': '{split}(으)로 바꾸기',
  },
);

const SHELLS = /^(?:.*\/)?(sh|bash|ash|dash|zsh|ksh|pwsh|powershell|cmd)(\.exe)?$/i;
const VARIABLE = /\$(\{\w+|[A-Za-z_]\w*)/;
const OPERATORS = new Set(['&&', '||', '|', ';', '>', '>>', '<', '2>&1', '&']);

export const ExecFormShellSyntax: Rule = {
  id: 'ExecFormShellSyntax',
  defaultSeverity: 'warning',
  buildCheck: false,
  messages,
  url: ourDocsUrl('ExecFormShellSyntax'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      for (const instruction of stage.instructions) {
        const target = instruction.trigger ?? instruction;
        if (!['RUN', 'CMD', 'ENTRYPOINT'].includes(target.keyword) || !target.json || runsShell(stage, target))
          continue;
        const finding = problemIn(target);
        if (finding) report(finding);
      }
    }
  },
};

/** The command is a shell (`["sh", "-c", "…"]`), or CMD feeds an ENTRYPOINT that is one. */
function runsShell(stage: Stage, instruction: Instruction): boolean {
  if (SHELLS.test(instruction.args[0]?.value ?? '')) return true;
  if (instruction.keyword !== 'CMD') return false;
  const entrypoints = stage.instructions.filter((i) => i.keyword === 'ENTRYPOINT' && i.json);
  return SHELLS.test(entrypoints[entrypoints.length - 1]?.args[0]?.value ?? '');
}

function problemIn(instruction: Instruction): Report | undefined {
  const [first] = instruction.args;
  if (first && instruction.args.length === 1 && /\s/.test(first.value.trim())) return spaces(instruction, first);
  for (const word of instruction.args) {
    const variable = VARIABLE.exec(word.value)?.[0];
    const data = { text: word.value, instruction: instruction.keyword };
    if (variable) {
      const plain = instruction.args.map((w) => w.value).join(' ');
      return { range: word.range, variant: 'variable', data: { ...data, variable, plain } };
    }
    if (OPERATORS.has(word.value.trim())) return { range: word.range, variant: 'operator', data };
  }
  return undefined;
}

/** `["npm start"]` → `["npm", "start"]`, offered when the words hold nothing a shell would interpret. */
function spaces(instruction: Instruction, word: Word): Report {
  const words = word.value.trim().split(/\s+/);
  const split = `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
  const plain = words.every((w) => /^[\w./:=@%+,-]+$/.test(w));
  const range = instruction.argsRange ?? word.range;
  const fixes = plain ? [{ titleKey: 'split', data: { split }, edits: [{ range, newText: split }] }] : [];
  return { range: word.range, variant: 'spaces', data: { text: word.value, split }, fixes };
}
