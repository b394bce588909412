// CopyFromOwnStage (hadolint DL3023): `COPY --from` naming the stage it is in. Default error: BuildKit stops with
// "circular dependency detected on stage", Podman with "no stage or image found with that name", and Docker's
// classic builder tries to pull an image of that name (docs/engine-facts.md).
import { ourDocsUrl } from '../docs';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';

const messages = defineCatalog(
  'rule.CopyFromOwnStage',
  {
    summary: 'COPY --from cannot name the stage it is in',
    message:
      'COPY --from={name} names this same stage, which is still being built, so the build fails ("circular dependency"). Copy from an earlier stage, or copy the file within this stage with RUN cp.',
  },
  {
    summary: 'COPY --from는 자기가 속한 스테이지를 가리킬 수 없습니다',
    message:
      'COPY --from={name}은(는) 아직 빌드 중인 바로 이 스테이지를 가리키므로 빌드가 실패합니다("circular dependency"). 앞의 스테이지에서 복사하거나, 이 스테이지 안에서는 RUN cp로 복사하세요.',
  },
);

export const CopyFromOwnStage: Rule = {
  id: 'CopyFromOwnStage',
  aliases: ['DL3023'],
  defaultSeverity: 'error',
  buildCheck: false,
  messages,
  url: ourDocsUrl('CopyFromOwnStage'),
  check({ ast, report }) {
    for (const stage of ast.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'COPY') continue;
        for (const flag of instruction.flags) {
          const value = flag.value?.toLowerCase();
          if (flag.name !== 'from' || value === undefined) continue;
          if (value !== stage.name?.value && value !== String(stage.index)) continue;
          report({ range: flag.valueRange ?? flag.range, data: { name: flag.value ?? '' } });
        }
      }
    }
  },
};
