import { ruleTable } from './helper';

ruleTable('CopyFromOwnStage', [
  { name: 'own name', input: 'FROM alpine AS app\nCOPY --from=app /a /b\n', want: ['CopyFromOwnStage@2'] },
  { name: 'own name, other case', input: 'FROM alpine AS app\nCOPY --from=APP /a /b\n', want: ['CopyFromOwnStage@2'] },
  { name: 'own index', input: 'FROM alpine\nCOPY --from=0 /a /b\n', want: ['CopyFromOwnStage@2'] },
  { name: 'earlier stage', input: 'FROM alpine AS a\nFROM alpine AS b\nCOPY --from=a /a /b\n', want: [] },
  { name: 'an image', input: 'FROM alpine\nCOPY --from=nginx:1.27 /a /b\n', want: [] },
]);
