// BuildKit InvalidBaseImagePlatform: the base image's platform differs (OS or architecture) from the one the stage is
// built for: its `FROM --platform=…` once expanded, else the build's target platform. BuildKit knows the image it
// resolves; we know it when the local engine has the image (ValidateOptions.images), and are silent otherwise.
// Reported on the FROM line, as BuildKit does.
import { DEFAULT_PLATFORM, formatPlatform, type Platform } from '../../dockerfile/global-args';
import { processWord } from '../../dockerfile/shell-word';
import type { Stage } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { flagName } from '../facts';
import { onFirstLine } from '../locate';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.InvalidBaseImagePlatform',
  {
    summary: 'Base image platform does not match expected target platform',
    message:
      'The local image {image} is for {actual}, but this stage is built for {expected}, so its programs may not run here. Pull the image for {expected} (docker pull --platform {expected} {image}) or set FROM --platform.',
    differences:
      "BuildKit compares with the image it resolves for the build. We compare with the local engine's image of that name, when it has one, and are silent otherwise.",
  },
  {
    summary: '베이스 이미지의 플랫폼이 빌드 대상 플랫폼과 다릅니다',
    message:
      '로컬 이미지 {image}은(는) {actual}용인데 이 스테이지는 {expected}용으로 빌드되어서 그 안의 프로그램이 실행되지 않을 수 있습니다. {expected}용 이미지를 받거나(docker pull --platform {expected} {image}) FROM --platform을 지정하세요.',
    differences:
      'BuildKit은 빌드할 때 찾은 이미지와 비교합니다. 우리는 로컬 엔진에 그 이름의 이미지가 있을 때 그 이미지와 비교하고, 없으면 보고하지 않습니다.',
  },
);

export const InvalidBaseImagePlatform: Rule = {
  id: 'InvalidBaseImagePlatform',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('InvalidBaseImagePlatform'),
  check({ ast, facts, options, report }) {
    if (!options.images) return;
    for (const { stage, ref } of facts.baseImages) {
      const image = options.images.get(ref);
      const expected = expectedPlatform(stage, facts.argValues, ast.escapeChar) ?? options.platform ?? DEFAULT_PLATFORM;
      if (!image || !expected || !stage.image) continue;
      if (normalArch(image.architecture) === normalArch(expected.architecture) && image.os === expected.os) continue;
      const data = { image: ref, actual: formatPlatform(image), expected: formatPlatform(expected) };
      report({ range: onFirstLine(stage.from, stage.image.range), data });
    }
  },
};

/** The stage's `--platform` value once expanded; undefined without one (or when it does not parse). */
function expectedPlatform(stage: Stage, values: ReadonlyMap<string, string>, escape: string): Platform | undefined {
  const flag = stage.from.flags.find((f) => flagName(f) === 'platform');
  if (flag?.value === undefined) return undefined;
  const text = processWord(flag.value, (name) => values.get(name), escape);
  const [os, architecture, variant] = (text ?? '').split('/');
  return os && architecture ? { os, architecture, variant } : undefined;
}

const ARCH_ALIASES: Readonly<Record<string, string>> = { x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64' };

function normalArch(arch: string): string {
  return ARCH_ALIASES[arch.toLowerCase()] ?? arch.toLowerCase();
}
