// FromLatestTag (hadolint DL3006, DL3007): FROM without a tag (which means :latest) or with :latest. Default info:
// the build works today; it is about repeatability, since "latest" moves whenever the image's maintainers publish.
import { ourDocsUrl } from '../docs';
import { registryImage } from '../facts';
import { validateReference } from '../reference';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.FromLatestTag',
  {
    summary: 'FROM without a tag, or with :latest, builds on whatever the image is that day',
    message:
      '"{image}" has no tag, which means "{image}:latest": the base image changes whenever its maintainers publish, and so does your build. Name a version, like "{image}:<version>".',
    latest:
      '"{image}" follows whatever its maintainers publish next, so your build can change or break without any change of yours. Name a version instead of "latest".',
  },
  {
    summary: '태그가 없거나 :latest인 FROM은 그날그날의 이미지 위에 빌드합니다',
    message:
      '"{image}"에는 태그가 없으니 "{image}:latest"라는 뜻입니다. 베이스 이미지는 관리자가 새로 배포할 때마다 바뀌고 빌드도 따라 바뀝니다. "{image}:<버전>"처럼 버전을 지정하세요.',
    latest:
      '"{image}"은(는) 관리자가 다음에 배포하는 이미지를 따라가므로, 직접 바꾼 것이 없어도 빌드가 바뀌거나 깨질 수 있습니다. "latest" 대신 버전을 지정하세요.',
  },
);

export const FromLatestTag: Rule = {
  id: 'FromLatestTag',
  aliases: ['DL3006', 'DL3007'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('FromLatestTag'),
  check({ ast, facts, report }) {
    for (const stage of ast.stages) {
      const image = registryImage(stage, facts);
      if (!image) continue;
      const reference = validateReference(image.value);
      if (!reference.ok || reference.digest !== undefined) continue;
      if (reference.tag !== undefined && reference.tag !== 'latest') continue;
      report({
        range: image.range,
        variant: reference.tag === 'latest' ? 'latest' : undefined,
        data: { image: image.value },
      });
    }
  },
};
