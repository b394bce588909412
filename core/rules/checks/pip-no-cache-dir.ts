// PipNoCacheDir (hadolint DL3042): `pip install` keeping its download cache in a stage that becomes the image.
// Default info: only size; skipped when ENV sets PIP_NO_CACHE_DIR or the RUN mounts a cache on ~/.cache/pip.
import { ourDocsUrl } from '../docs';
import { commandsOf, hasOption } from '../../shell/commands';
import { languageInstall } from '../../shell/language-packages';
import { keyValues, stageOf } from '../facts';
import type { Instruction } from '../../parser/ast';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';
import { appendOption } from '../ranges';

const messages = defineCatalog(
  'rule.PipNoCacheDir',
  {
    summary: 'pip install keeps its download cache in the image unless given --no-cache-dir',
    message:
      '"pip install" keeps the packages it downloads in its cache, inside this layer. Add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1).',
    'fix.add': 'Add --no-cache-dir',
  },
  {
    summary: 'pip install은 --no-cache-dir가 없으면 내려받은 캐시를 이미지에 남깁니다',
    message:
      '"pip install"이 내려받은 패키지를 캐시에 남기고, 그 캐시는 이 레이어에 들어갑니다. --no-cache-dir를 붙이세요(또는 ENV PIP_NO_CACHE_DIR=1을 설정하세요).',
    'fix.add': '--no-cache-dir 붙이기',
  },
);

export const PipNoCacheDir: Rule = {
  id: 'PipNoCacheDir',
  aliases: ['DL3042'],
  defaultSeverity: 'info',
  buildCheck: false,
  messages,
  url: ourDocsUrl('PipNoCacheDir'),
  eachInstruction: {
    keywords: ['RUN'],
    check(instruction, { snippets, report }) {
      if (cacheMounted(instruction)) return;
      for (const [snippet, view] of commandsOf(snippets)) {
        const install = languageInstall(view);
        if (install?.tool !== 'pip' || hasOption(install.rest, '', ['no-cache-dir'])) continue;
        const range = snippet.text.range(view.nameWord.start, install.subcommand.end);
        report({ range, fixes: [appendOption(range, '--no-cache-dir')] });
      }
    },
    holds(instruction, context) {
      const stage = stageOf(context.ast, instruction);
      return stage !== undefined && context.facts.shippedStages.has(stage) && !cacheEnvSet(stage.instructions);
    },
  },
};

/** ENV PIP_NO_CACHE_DIR in the stage. */
function cacheEnvSet(instructions: readonly Instruction[]): boolean {
  return instructions.some(
    (i) => i.keyword === 'ENV' && keyValues(i).some(({ key }) => key.value === 'PIP_NO_CACHE_DIR'),
  );
}

/** A cache mount on ~/.cache or ~/.cache/pip. */
function cacheMounted(instruction: Instruction): boolean {
  const cacheMount = (value: string): boolean => /type=cache/.test(value) && /\.cache(\/pip)?\/?(,|$)/.test(value);
  return instruction.flags.some((flag) => flag.name === 'mount' && cacheMount(flag.value ?? ''));
}
