// BuildKit SecretsUsedInArgOrEnv: ARG and ENV values stay in the image's history, so secrets there leak.
import type { Word } from '../../parser/ast';
import { buildCheckUrl } from '../docs';
import { argDeclarations, keyValues, instructionsOf } from '../facts';
import type { Rule } from '../types';

const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOWED = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export function looksSecret(name: string): boolean {
  return SECRET.test(name) && !ALLOWED.test(name);
}

export const SecretsUsedInArgOrEnv: Rule = {
  id: 'SecretsUsedInArgOrEnv',
  defaultSeverity: 'warning',
  buildCheck: true,
  description: 'Sensitive data should not be used in the ARG or ENV commands',
  url: buildCheckUrl('SecretsUsedInArgOrEnv'),
  check({ facts, report }) {
    for (const instruction of instructionsOf(facts, 'ARG', 'ENV')) {
      let keys: { name: string; word: Word }[] = [];
      if (instruction.keyword === 'ARG')
        keys = argDeclarations(instruction).map((d) => ({ name: d.name, word: d.word }));
      if (instruction.keyword === 'ENV')
        keys = keyValues(instruction).map((kv) => ({ name: kv.key.value, word: kv.key }));
      for (const { name, word } of keys) {
        if (looksSecret(name)) report({ range: word.range, data: { instruction: instruction.keyword, name } });
      }
    }
  },
};
