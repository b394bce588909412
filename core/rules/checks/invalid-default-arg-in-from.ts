// BuildKit InvalidDefaultArgInFrom: with only the ARG defaults, the FROM image must still be a valid name.
import { buildCheckUrl } from '../docs';
import { expandWord, variablesIn } from '../expand';
import { validateReference } from '../reference';
import type { Rule } from '../types';

export const InvalidDefaultArgInFrom: Rule = {
  id: 'InvalidDefaultArgInFrom',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'Default value for global ARG results in an empty or invalid base image name',
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
