// BuildKit InvalidDefaultArgInFrom: with only the ARG defaults, the FROM image must still be a valid name.
import { buildCheckUrl } from '../docs';
import { expandWord, variablesIn } from '../expand';
import { validateReference } from '../reference';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.InvalidDefaultArgInFrom',
  {
    summary: 'Default value for global ARG results in an empty or invalid base image name',
    message:
      'With the default values of {names}, "{image}" becomes "{expanded}", which is not a valid image name, so the build fails unless --build-arg is given. Give the ARG a default value.',
  },
  {
    summary: '전역 ARG의 기본값으로 베이스 이미지 이름이 비거나 올바르지 않게 됩니다',
    message:
      '{names}의 기본값을 쓰면 "{image}"은(는) "{expanded}"이(가) 되는데, 이는 올바른 이미지 이름이 아니어서 --build-arg 없이는 빌드가 실패합니다. ARG에 기본값을 주세요.',
  },
);

export const InvalidDefaultArgInFrom: Rule = {
  id: 'InvalidDefaultArgInFrom',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('InvalidDefaultArgInFrom'),
  check({ ast, facts, report }) {
    const lookup = (name: string): string | undefined => facts.globalArgs.get(name)?.value;
    for (const stage of ast.stages) {
      const image = stage.image;
      if (!image || !image.value.includes('$')) continue;
      const refs = variablesIn(image, stage.from.variables);
      if (refs.length === 0) continue;
      const expanded = expandWord(image, refs, lookup);
      if (expanded === undefined || validateReference(expanded).ok) continue;
      const names = refs.map((ref) => ref.name).join(', ');
      report({ range: image.range, data: { image: image.value, expanded, names } });
    }
  },
};
