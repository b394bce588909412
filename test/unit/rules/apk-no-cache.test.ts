import { ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('ApkNoCache', [
  { name: 'apk add', input: 'FROM alpine\nRUN apk add curl\n', want: ['ApkNoCache@2'], options },
  { name: 'with --no-cache', input: 'FROM alpine\nRUN apk add --no-cache curl\n', want: [], options },
  { name: 'cache removed', input: 'FROM alpine\nRUN apk add curl && rm -rf /var/cache/apk/*\n', want: [], options },
  { name: 'builder stage', input: 'FROM alpine AS b\nRUN apk add gcc\nFROM scratch\n', want: [], options },
]);
