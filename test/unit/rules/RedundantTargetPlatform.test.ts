import { ruleTable } from './helper';

ruleTable('RedundantTargetPlatform', [
  { name: '$TARGETPLATFORM', input: 'FROM --platform=$TARGETPLATFORM alpine\n', want: ['RedundantTargetPlatform@1'] },
  { name: '${TARGETPLATFORM}', input: 'FROM --platform=${TARGETPLATFORM} alpine\n', want: ['RedundantTargetPlatform@1'] },
  { name: '$BUILDPLATFORM', input: 'FROM --platform=$BUILDPLATFORM alpine\n', want: [] },
  { name: 'no --platform', input: 'FROM alpine\n', want: [] },
]);
