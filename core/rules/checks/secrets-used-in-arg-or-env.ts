// BuildKit SecretsUsedInArgOrEnv: ARG and ENV values stay in the image's history, so secrets there leak.
import type { Word } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { argName } from '../../dockerfile/args';
import { keyValues } from '../facts';
import type { Rule } from '../types';
import { defineCatalog } from '../../l10n';
import { looksSecret } from '../../dockerfile/secret-names';

const messages = defineCatalog(
  'rule.SecretsUsedInArgOrEnv',
  {
    summary: 'Sensitive data should not be used in the ARG or ENV commands',
    message:
      '{instruction} "{name}" looks like a secret. ARG and ENV values are stored in the image and its history, where anyone can read them. Use a secret mount instead: RUN --mount=type=secret,id=…',
  },
  {
    summary: '민감한 데이터를 ARG나 ENV 명령어에 쓰면 안 됩니다',
    message:
      '{instruction} "{name}"은(는) 시크릿(비밀번호나 토큰 같은 값)으로 보입니다. ARG와 ENV 값은 이미지와 그 히스토리에 저장되어 누구나 읽을 수 있습니다. 대신 시크릿 마운트를 쓰세요: RUN --mount=type=secret,id=…',
  },
);

export const SecretsUsedInArgOrEnv: Rule = {
  id: 'SecretsUsedInArgOrEnv',
  defaultSeverity: 'warning',
  buildCheck: true,
  messages,
  url: buildCheckUrl('SecretsUsedInArgOrEnv'),
  eachInstruction: {
    keywords: ['ARG', 'ENV'],
    check(instruction, { report }) {
      // Each ARG word declares a name; ENV's words alternate key and value.
      const keys: Word[] =
        instruction.keyword === 'ARG' ? instruction.args : keyValues(instruction).map((kv) => kv.key);
      for (const word of keys) {
        const name = instruction.keyword === 'ARG' ? argName(word.value) : word.value;
        if (looksSecret(name)) report({ range: word.range, data: { instruction: instruction.keyword, name } });
      }
    },
  },
};
