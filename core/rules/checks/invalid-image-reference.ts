// FROM names an image that cannot exist: `FROM Alpine:Latest` (repository names are lower-case), a bad tag or digest.
import type { Stage } from '../../parser/ast';
import { ourDocsUrl } from '../docs';
import type { Facts } from '../facts';
import { validateReference } from '../reference';
import type { Rule } from '../types';

export const InvalidImageReference: Rule = {
  id: 'InvalidImageReference',
  defaultSeverity: 'error',
  buildCheck: false,
  description: 'FROM names an invalid image reference',
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
