import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, ruleTable } from './helper';

ruleTable('InvalidMount', [
  {
    name: 'unknown key, close to target',
    input: 'FROM a\nRUN --mount=type=cache,taget=/root/.cache make\n',
    want: ['InvalidMount@2'],
  },
  { name: 'unknown type', input: 'FROM a\nRUN --mount=type=volume,target=/x make\n', want: ['InvalidMount@2'] },
  {
    name: 'a field without a value',
    input: 'FROM a\nRUN --mount=type=cache,/root/.cache make\n',
    want: ['InvalidMount@2'],
  },
  {
    name: 'bad sharing',
    input: 'FROM a\nRUN --mount=type=cache,target=/x,sharing=global make\n',
    want: ['InvalidMount@2'],
  },
  { name: 'uid on a bind mount', input: 'FROM a\nRUN --mount=target=/x,uid=1000 make\n', want: ['InvalidMount@2'] },
  {
    name: 'size only for tmpfs',
    input: 'FROM a\nRUN --mount=type=cache,target=/x,size=1g make\n',
    want: ['InvalidMount@2'],
  },
  {
    name: 'valid mounts',
    input:
      'FROM a AS b\nRUN --mount=type=cache,target=/root/.cache,sharing=locked,id=pip,uid=0 \\\n    --mount=type=bind,source=go.mod,target=go.mod,ro \\\n    --mount=type=secret,id=token,required=true,env=TOKEN \\\n    --mount=type=tmpfs,target=/tmp,size=64m \\\n    --mount=type=ssh --mount=from=b,src=/out,dst=/in,rw make\n',
    want: [],
    noVariants: true,
  },
  {
    name: 'values with variables are checked at build time',
    input: 'FROM a\nARG T=cache\nRUN --mount=type=$T,target=/x make\n',
    want: [],
  },
]);

void test('InvalidMount suggests the option meant', () => {
  const [finding] = check('FROM a\nRUN --mount=type=cache,taget=/x make\n').filter((f) => f.code === 'InvalidMount');
  assert.match(finding?.message ?? '', /Did you mean "target"\?/);
});
