import { ruleTable } from './helper';

ruleTable('InvalidExposePort', [
  { name: 'a word', input: 'FROM a\nEXPOSE http\n', want: ['InvalidExposePort@2'] },
  { name: 'out of range', input: 'FROM a\nEXPOSE 70000\n', want: ['InvalidExposePort@2'] },
  { name: 'reversed range', input: 'FROM a\nEXPOSE 8010-8000\n', want: ['InvalidExposePort@2'] },
  { name: 'unknown protocol', input: 'FROM a\nEXPOSE 80/http\n', want: ['InvalidExposePort@2'] },
  { name: 'valid ports', input: 'FROM a\nEXPOSE 80 443/tcp 53/udp 9/sctp 8000-8010 80/TCP\n', want: [] },
  {
    name: 'variables and mappings are left to other rules',
    input: 'FROM a\nARG PORT=80\nEXPOSE $PORT 8080:80\n',
    want: [],
  },
]);
