// `COPY --from=…` and `RUN --mount=…,from=…` must name a stage defined before the current one. BuildKit rejects a
// stage that reads from itself or from stages that read back from it ("circular dependency detected on stage"), one
// that reads from a later stage ("cannot copy from stage …, it needs to be defined before current stage …"), and a
// stage index past the last stage ("invalid stage index"). A name that is no stage is an image, and is fine here.
import type { DockerfileAst, Stage, Word } from '../../parser/ast';
import { baseStage, stageIndexNamed, stageReferences } from '../../dockerfile/stages';
import { ourDocsUrl } from '../docs';
import type { Report, Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.InvalidStageReference',
  {
    summary: 'COPY --from and RUN --mount from= name a stage defined earlier',
    self: '"{name}" is this stage itself, so it would depend on itself and the builder rejects it as a circular dependency. Name an earlier stage.',
    cycle:
      '"{name}" depends back on this stage, so the two depend on each other in a circle and the builder rejects it. Move what both need into an earlier stage.',
    later:
      '"{name}" is defined after this stage, so the builder cannot use it here ("it needs to be defined before current stage"). Move that stage above this one.',
    index:
      "Stage index {index} does not exist: this Dockerfile has {count} stage(s), numbered from 0. Use an earlier stage's index or name.",
  },
  {
    summary: 'COPY --from과 RUN --mount from=에는 앞에서 정의한 스테이지를 써야 합니다',
    self: '"{name}"은(는) 이 스테이지 자신이어서 자기 자신에게 의존하게 되므로 빌더가 순환 의존으로 거부합니다. 앞에서 정의한 스테이지를 쓰세요.',
    cycle:
      '"{name}"이(가) 다시 이 스테이지에 의존해서 두 스테이지가 서로 순환 의존하므로 빌더가 거부합니다. 둘 다 필요한 것을 앞쪽 스테이지로 옮기세요.',
    later:
      '"{name}"은(는) 이 스테이지 뒤에서 정의되어서 빌더가 여기서 쓸 수 없습니다. 그 스테이지를 이 스테이지 위로 옮기세요.',
    index:
      '{index}번 스테이지는 없습니다. 이 Dockerfile의 스테이지는 {count}개이고 0번부터 셉니다. 앞쪽 스테이지의 번호나 이름을 쓰세요.',
  },
);

export const InvalidStageReference: Rule = {
  id: 'InvalidStageReference',
  aliases: ['DL3022', 'DL3023'],
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InvalidStageReference'),
  check({ ast, report }) {
    // The whole graph is only needed to tell a cycle from a later stage: most files never reference forward.
    let graph: Map<Stage, Node> | undefined;
    const needsOf = (): Map<Stage, Node> => (graph ??= dependencies(ast));
    for (const stage of ast.stages) {
      for (const ref of stageRefs(ast, stage)) {
        const problem = referenceProblem(ast, needsOf, stage, ref);
        if (problem) report(problem);
      }
    }
  },
};

interface StageRef {
  word: Word;
  /** The stage it names; undefined for an index past the end. */
  target: Stage | undefined;
}

interface Node {
  /** Every stage this one needs: the one it builds on and those it copies or mounts from. */
  needs: Set<Stage>;
}

function dependencies(ast: DockerfileAst): Map<Stage, Node> {
  const graph = new Map<Stage, Node>();
  for (const stage of ast.stages) {
    const node: Node = { needs: new Set() };
    const base = baseStage(ast, stage);
    if (base) node.needs.add(base);
    for (const ref of stageRefs(ast, stage)) if (ref.target) node.needs.add(ref.target);
    graph.set(stage, node);
  }
  return graph;
}

/** The stage's `--from` references that name a stage (not an image or a variable). */
function stageRefs(ast: DockerfileAst, stage: Stage): StageRef[] {
  const refs: StageRef[] = [];
  for (const instruction of stage.instructions) {
    if (instruction.flags.length === 0) continue;
    for (const word of stageReferences(instruction)) {
      if (word.value.includes('$')) continue;
      const ref = resolve(ast, word);
      if (ref) refs.push(ref);
    }
  }
  return refs;
}

/** The stage a `--from` value names, by index or by name anywhere in the file; undefined for an image. */
function resolve(ast: DockerfileAst, word: Word): StageRef | undefined {
  if (/^\d+$/.test(word.value)) return { word, target: ast.stages[Number(word.value)] };
  const index = stageIndexNamed(ast, word.value);
  return index < 0 ? undefined : { word, target: ast.stages[index] };
}

function referenceProblem(
  ast: DockerfileAst,
  graph: () => Map<Stage, Node>,
  stage: Stage,
  ref: StageRef,
): Report | undefined {
  const { word, target } = ref;
  if (!target) {
    return { range: word.range, variant: 'index', data: { index: word.value, count: String(ast.stages.length) } };
  }
  if (target.index < stage.index) return undefined;
  const data = { name: word.value, index: String(target.index) };
  if (target === stage) return { range: word.range, variant: 'self', data };
  return { range: word.range, variant: reaches(graph(), target, stage) ? 'cycle' : 'later', data };
}

/** Whether `from` needs `to`, directly or through other stages. */
function reaches(graph: Map<Stage, Node>, from: Stage, to: Stage): boolean {
  const seen = new Set<Stage>();
  const pending = [from];
  while (pending.length > 0) {
    const stage = pending.pop() as Stage;
    if (stage === to) return true;
    if (seen.has(stage)) continue;
    seen.add(stage);
    pending.push(...(graph.get(stage)?.needs ?? []));
  }
  return false;
}
