// BuildKit UndefinedVar: a variable used by an instruction the builder expands (not RUN, CMD or ENTRYPOINT in shell
// form, which the shell expands), when neither the base image, nor an ENV, nor an ARG of the stage defines it.
// BuildKit knows the base image's environment. We know it when the local engine has the image (ValidateOptions.images)
// or the stage starts from scratch; otherwise we report only what no image can make right: a variable used before the
// stage's own ARG declares it, a global ARG used in a stage without `ARG NAME` (unless the FROM line uses that ARG,
// where the image often sets a variable of the same name, like node's NODE_VERSION), and one-edit typos.
// Deliberate difference: `${X:-default}` and the other modifiers are never reported; they handle the unset case.
// Reported on the instruction's line, as BuildKit does.
import { builderExpands } from '../../dockerfile/instructions';
import type { Instruction, Stage, VariableRef } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { argDeclarations } from '../facts';
import { onFirstLine } from '../locate';
import { isDefined, type StageScope } from '../stage-env';
import { closest, SuggestionBudget } from '../suggest';
import type { Report, Rule } from '../types';
import { defineCatalog } from '../../l10n';
import { insertAt } from '../ranges';

const messages = defineCatalog(
  'rule.UndefinedVar',
  {
    summary: 'Variables should be defined before their use',
    message:
      '${name} is not defined: no ARG or ENV in this stage sets it, so it expands to an empty string. Declare it with "ARG {name}" or "ENV {name}=…" first.',
    suggest: '${name} is not defined in this stage. Did you mean ${suggestion}?',
    beforeArg:
      '${name} is used before "ARG {name}" on line {line} declares it, so it is still empty here. Move the ARG above this line.',
    global:
      '${name} is a global ARG, declared before the first FROM: a stage only sees it after "ARG {name}" inside the stage, so here it is empty. Add "ARG {name}" to the stage.',
    'fix.replace': 'Change to ${suggestion}',
    'fix.declare': 'Add "ARG {name}" above',
    differences:
      "BuildKit reads the base image's environment from the registry. We read it from the local engine when it has the image (and the workspace is trusted); without it we report only a variable used before the stage's own ARG, a global ARG used without `ARG NAME` in the stage (unless the FROM line uses that ARG: images like node set a variable of the same name), and one-edit typos. `${X:-default}` and the other modifiers are never reported, since they handle the unset case. As in BuildKit, variables in RUN, CMD and ENTRYPOINT are not checked: the shell expands them when the command runs, from the environment it has then. Their hover says so instead of calling them undefined.",
  },
  {
    summary: '변수는 쓰기 전에 정의해야 합니다',
    message:
      '${name}이(가) 정의되지 않았습니다. 이 스테이지의 어떤 ARG나 ENV도 값을 정하지 않아서 빈 문자열이 됩니다. 먼저 "ARG {name}"(이)나 "ENV {name}=…"으로 선언하세요.',
    suggest: '${name}은(는) 이 스테이지에서 정의되지 않았습니다. ${suggestion}을(를) 쓰려던 것인가요?',
    beforeArg:
      '${name}은(는) {line}번째 줄의 "ARG {name}"이(가) 선언하기 전에 쓰여서 여기서는 아직 빈 값입니다. ARG를 이 줄 위로 옮기세요.',
    global:
      '${name}은(는) 첫 FROM 앞에서 선언한 전역 ARG입니다. 스테이지 안에서 "ARG {name}"을(를) 선언해야 보이므로 여기서는 빈 값입니다. 스테이지에 "ARG {name}"을(를) 추가하세요.',
    'fix.replace': '${suggestion}(으)로 바꾸기',
    'fix.declare': '위에 "ARG {name}" 추가하기',
    differences:
      'BuildKit은 베이스 이미지의 환경 변수를 레지스트리에서 읽습니다. 우리는 로컬 엔진에 이미지가 있을 때(그리고 신뢰하는 작업 영역일 때) 엔진에서 읽고, 없을 때는 스테이지의 ARG보다 먼저 쓴 변수, 스테이지에서 `ARG NAME` 없이 쓴 전역 ARG(FROM 줄이 그 ARG를 쓰면 제외합니다. node 같은 이미지는 같은 이름의 변수를 정합니다), 한 글자 오타만 보고합니다. `${X:-default}` 같은 수식어가 있는 참조는 값이 없는 경우를 직접 처리하므로 보고하지 않습니다. BuildKit처럼 RUN, CMD, ENTRYPOINT 안의 변수는 검사하지 않습니다. 명령이 실행될 때 셸이 그때의 환경에서 값을 찾아 바꾸기 때문입니다. 이런 변수의 호버도 정의되지 않았다고 하지 않고 셸이 바꾼다고 알려 줍니다.',
  },
);

export const UndefinedVar: Rule = {
  id: 'UndefinedVar',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('UndefinedVar'),
  visitStages({ facts, report }) {
    const argLines = new Map<Stage, Map<string, number>>();
    const suggestions = new SuggestionBudget();
    return {
      instruction(stage, instruction, scope) {
        // RUN, CMD and ENTRYPOINT leave variables to the shell; FROM is UndefinedArgInFrom's.
        if (instruction.keyword === 'FROM' || !builderExpands(instruction.keyword) || !writesDollar(instruction))
          return;
        for (const ref of instruction.variables) {
          if (!ref.expanded || ref.modifier !== undefined || isDefined(ref.name, scope)) continue;
          let lines = argLines.get(stage);
          if (!lines) argLines.set(stage, (lines = stageArgLines(stage)));
          const problem = undefinedRef(ref, {
            instruction,
            scope,
            argLines: lines,
            globals: facts.globalArgs,
            suggestions,
          });
          if (problem) report(problem);
        }
      },
    };
  },
};

/** Whether a `$` is written where the builder expands: without one there is no variable to build the list of. */
function writesDollar(instruction: Instruction): boolean {
  return (
    instruction.argsText.includes('$') ||
    instruction.flags.some((flag) => flag.raw.includes('$')) ||
    instruction.heredocs.some((heredoc) => heredoc.content.includes('$'))
  );
}

interface RefContext {
  instruction: Instruction;
  scope: StageScope;
  /** Each ARG name of the stage, with the line of its first declaration. */
  argLines: Map<string, number>;
  globals: ReadonlyMap<string, unknown>;
  suggestions: SuggestionBudget;
}

function undefinedRef(
  ref: VariableRef,
  { instruction, scope, argLines, globals, suggestions }: RefContext,
): Report | undefined {
  const range = onFirstLine(instruction, ref.range);
  const declaredAt = argLines.get(ref.name);
  if (declaredAt !== undefined && declaredAt > instruction.range.start.line) {
    return { range, variant: 'beforeArg', data: { name: ref.name, line: String(declaredAt + 1) } };
  }
  if (globals.has(ref.name) && !scope.fromArgs.has(ref.name)) return declareGlobal(ref, instruction, range);
  // Under an image we cannot see, only a one-edit slip counts: `$GOPATH` is not a typo of `$PATH`.
  const suggestion = closest(ref.name, namesIn(scope), false, scope.complete ? 2 : 1, suggestions);
  if (suggestion !== undefined) {
    const data = { name: ref.name, suggestion };
    const edits = [{ range: ref.nameRange, newText: suggestion }];
    return { range, variant: 'suggest', data, fixes: [{ titleKey: 'replace', data, edits }] };
  }
  return scope.complete ? { range, data: { name: ref.name } } : undefined;
}

function* namesIn(scope: StageScope): Iterable<string> {
  yield* scope.values.keys();
  yield* scope.args;
}

function declareGlobal(ref: VariableRef, instruction: Instruction, range: Report['range']): Report {
  const at = { line: instruction.range.start.line, character: instruction.keywordRange.start.character };
  const data = { name: ref.name };
  const edits = [insertAt(at, `ARG ${ref.name}\n${' '.repeat(at.character)}`)];
  return { range, variant: 'global', data, fixes: [{ titleKey: 'declare', data, edits }] };
}

function stageArgLines(stage: Stage): Map<string, number> {
  const lines = new Map<string, number>();
  for (const instruction of stage.instructions) {
    if (instruction.keyword !== 'ARG') continue;
    for (const { name } of argDeclarations(instruction))
      if (!lines.has(name)) lines.set(name, instruction.range.start.line);
  }
  return lines;
}
