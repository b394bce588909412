// UntrustedRegistry (hadolint DL3026): a FROM image from a registry the project does not list as trusted. Silent until
// the project lists its registries (`trustedRegistries` in .hadolint.yaml or .dockerfile-studio.json); an image
// without a registry host comes from Docker Hub, `docker.io`. Default error: the list is a policy the project set.
import { ourDocsUrl } from '../docs';
import { registryImage } from '../facts';
import { validateReference } from '../reference';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.UntrustedRegistry',
  {
    summary: 'FROM images come only from the registries the project trusts',
    message:
      '"{image}" comes from {registry}, which is not one of the registries this project trusts ({trusted}). Use an image from a trusted registry, or add {registry} to trustedRegistries.',
    differences:
      'Silent until the project lists its registries: `trustedRegistries` in `.dockerfile-studio.json` or `.hadolint.yaml` (see [configuration.md](configuration.md)).',
  },
  {
    summary: 'FROM 이미지는 프로젝트가 신뢰하는 레지스트리에서만 가져와야 합니다',
    message:
      '"{image}"은(는) {registry}에서 가져오는데, 이 레지스트리는 이 프로젝트가 신뢰하는 레지스트리 목록({trusted})에 없습니다. 신뢰하는 레지스트리의 이미지를 쓰거나 trustedRegistries에 {registry}을(를) 추가하세요.',
    differences:
      '프로젝트가 레지스트리 목록을 정하기 전에는 아무것도 보고하지 않습니다. `.dockerfile-studio.json`이나 `.hadolint.yaml`의 `trustedRegistries`에 적으세요([configuration.ko.md](configuration.ko.md) 참고).',
  },
);

/** Where an image without a registry host comes from. */
const DOCKER_HUB = 'docker.io';

export const UntrustedRegistry: Rule = {
  id: 'UntrustedRegistry',
  aliases: ['DL3026'],
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('UntrustedRegistry'),
  check({ ast, facts, options, report }) {
    const trusted = (options.trustedRegistries ?? []).map((registry) => registry.toLowerCase());
    if (trusted.length === 0) return;
    for (const stage of ast.stages) {
      const image = registryImage(stage, facts);
      const reference = image && validateReference(image.value);
      if (!image || !reference?.ok) continue;
      const registry = (reference.domain ?? DOCKER_HUB).toLowerCase();
      if (trusted.includes(registry)) continue;
      report({ range: image.range, data: { image: image.value, registry, trusted: trusted.join(', ') } });
    }
  },
};
