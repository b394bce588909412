// FROM names an image that cannot exist: `FROM Alpine:Latest` (repository names are lower-case), a bad tag or digest.
import type { Stage } from '../../parser/ast';
import { ourDocsUrl } from '../docs';
import type { Facts } from '../facts';
import { validateReference } from '../reference';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.InvalidImageReference',
  {
    summary: 'FROM names an invalid image reference',
    'reason.empty': 'The image name is empty. Write the image to build on, like "alpine" or "ubuntu:22.04".',
    'reason.uppercase':
      '"{image}" is not a valid image name: repository names must be lower-case. For example "{lower}".',
    'reason.invalidFormat':
      '"{image}" is not a valid image name: a name may only use lower-case letters, digits and the separators ".", "_", "-" and "/". Example: "my-org/my-app:1.0".',
    'reason.invalidDomain':
      '"{image}" is not a valid image name: the registry part before the first "/" is not a valid host name or port.',
    'reason.invalidTag':
      '"{image}" has an invalid tag: after ":" a tag uses letters, digits, "_", "." and "-", starts with a letter, digit or "_", and is at most 128 characters long.',
    'reason.invalidDigest':
      '"{image}" has an invalid digest: after "@" write the algorithm and the hash, like "@sha256:" followed by 64 hexadecimal digits.',
    'reason.unsupportedDigest':
      '"{image}" uses a digest algorithm the builder does not know. Use sha256 (or sha384, sha512).',
    'reason.nameTooLong': '"{image}" is too long: an image name may have at most 255 characters.',
    'reason.hexIdentifier':
      '"{image}" looks like an image ID, not an image name. FROM needs a name such as "alpine"; to pin an exact image, use "name@sha256:…".',
    'fix.lowercase': 'Change to {image}',
  },
  {
    summary: 'FROM의 이미지 이름이 올바르지 않습니다',
    'reason.empty': '이미지 이름이 비어 있습니다. "alpine"이나 "ubuntu:22.04"처럼 베이스 이미지를 쓰세요.',
    'reason.uppercase':
      '"{image}"은(는) 올바른 이미지 이름이 아닙니다. 저장소 이름은 소문자여야 합니다. 예: "{lower}".',
    'reason.invalidFormat':
      '"{image}"은(는) 올바른 이미지 이름이 아닙니다. 이름에는 소문자, 숫자와 구분자 ".", "_", "-", "/"만 쓸 수 있습니다. 예: "my-org/my-app:1.0".',
    'reason.invalidDomain':
      '"{image}"은(는) 올바른 이미지 이름이 아닙니다. 첫 "/" 앞의 레지스트리 부분이 올바른 호스트 이름이나 포트가 아닙니다.',
    'reason.invalidTag':
      '"{image}"의 태그가 올바르지 않습니다. ":" 뒤의 태그는 영문자, 숫자, "_", ".", "-"만 쓸 수 있고, 영문자나 숫자나 "_"로 시작하며, 128자 이하여야 합니다.',
    'reason.invalidDigest':
      '"{image}"의 다이제스트가 올바르지 않습니다. "@" 뒤에는 "@sha256:"과 16진수 64자리처럼 알고리즘과 해시를 쓰세요.',
    'reason.unsupportedDigest':
      '"{image}"은(는) 빌더가 모르는 다이제스트 알고리즘을 씁니다. sha256(또는 sha384, sha512)을 쓰세요.',
    'reason.nameTooLong': '"{image}"이(가) 너무 깁니다. 이미지 이름은 255자를 넘을 수 없습니다.',
    'reason.hexIdentifier':
      '"{image}"은(는) 이미지 이름이 아니라 이미지 ID처럼 보입니다. FROM에는 "alpine" 같은 이름을 쓰고, 정확한 이미지를 고정하려면 "이름@sha256:…"을 쓰세요.',
    'fix.lowercase': '{image}(으)로 바꾸기',
  },
);

export const InvalidImageReference: Rule = {
  id: 'InvalidImageReference',
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('InvalidImageReference'),
  check({ ast, facts, report }) {
    for (const stage of ast.stages) {
      const image = stage.image;
      if (!image || image.value.includes('$') || isEarlierStage(stage, image.value, facts)) continue;
      const result = validateReference(image.value);
      if (result.ok) continue;
      const data = { image: image.value, lower: image.value.toLowerCase() };
      const variant = `reason.${result.code}`;
      if (result.code !== 'uppercase') {
        report({ range: image.range, variant, data });
        continue;
      }
      const fixed = lowerCaseName(image.value);
      const edits = [{ range: image.range, newText: fixed }];
      report({ range: image.range, variant, data, fixes: [{ titleKey: 'lowercase', data: { image: fixed }, edits }] });
    }
  },
};

/** `FROM build` after `FROM … AS build` refers to that stage (names compare case-insensitively). */
function isEarlierStage(stage: Stage, image: string, facts: Facts): boolean {
  const named = facts.stagesByName.get(image.toLowerCase());
  return named !== undefined && named.index < stage.index;
}

/** Lower-cases the repository name and keeps the tag and digest as written. */
function lowerCaseName(image: string): string {
  const at = image.indexOf('@');
  const beforeDigest = at < 0 ? image : image.slice(0, at);
  const colon = beforeDigest.lastIndexOf(':');
  const end = colon > beforeDigest.lastIndexOf('/') ? colon : beforeDigest.length;
  return image.slice(0, end).toLowerCase() + image.slice(end);
}
