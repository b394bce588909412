// BuildKit InvalidDefaultArgInFrom: with no build argument given, each FROM must still name a valid image.
// As BuildKit does: the global ARGs take their defaults, each expanded with the ARGs before it; the automatic platform
// ARGs (TARGETOS, BUILDPLATFORM …) always have a value; the FROM word is then read as the builder reads it (quotes
// removed), and the result must parse as an image reference. Build arguments do not count here, on purpose: BuildKit
// checks that the file builds without them. Reported on the FROM line, as BuildKit does.
import { processWord } from '../../dockerfile/shell-word';
import { buildCheckUrl } from '../docs';
import { onFirstLine } from '../locate';
import { validateReference } from '../reference';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.InvalidDefaultArgInFrom',
  {
    summary: 'Default value for global ARG results in an empty or invalid base image name',
    message:
      'With the default values of the ARGs, "{image}" becomes "{expanded}", which is not a valid image name, so the build fails unless --build-arg is given. Give the ARG a default value.',
    empty:
      'With the default values of the ARGs, "{image}" becomes an empty image name, so the build fails unless --build-arg is given. Give the ARG a default value.',
  },
  {
    summary: '전역 ARG의 기본값으로 베이스 이미지 이름이 비거나 올바르지 않게 됩니다',
    message:
      'ARG 기본값을 쓰면 "{image}"은(는) "{expanded}"이(가) 되는데, 이는 올바른 이미지 이름이 아니어서 --build-arg 없이는 빌드가 실패합니다. ARG에 기본값을 주세요.',
    empty:
      'ARG 기본값을 쓰면 "{image}"은(는) 빈 이미지 이름이 되어서 --build-arg 없이는 빌드가 실패합니다. ARG에 기본값을 주세요.',
  },
);

export const InvalidDefaultArgInFrom: Rule = {
  id: 'InvalidDefaultArgInFrom',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('InvalidDefaultArgInFrom'),
  check({ ast, facts, report }) {
    const values = facts.defaultArgValues;
    for (const stage of ast.stages) {
      const image = stage.image;
      if (!image?.value.includes('$')) continue;
      const expanded = processWord(image.value, (name) => values.get(name), ast.escapeChar);
      // BuildKit gives up on the check at the first word it cannot expand; the build reports that one.
      if (expanded === undefined) return;
      if (validateReference(expanded).ok) continue;
      const data = { image: image.value, expanded };
      report({
        range: onFirstLine(stage.from, image.range),
        variant: expanded === '' ? 'empty' : undefined,
        data,
      });
    }
  },
};
