import { ruleTable } from './helper';

ruleTable('InvalidStopSignal', [
  { name: 'unknown name', input: 'FROM a\nSTOPSIGNAL SIGFOO\n', want: ['InvalidStopSignal@2'] },
  { name: 'zero', input: 'FROM a\nSTOPSIGNAL 0\n', want: ['InvalidStopSignal@2'] },
  {
    name: 'names and numbers',
    input: 'FROM a\nSTOPSIGNAL SIGTERM\nFROM b\nSTOPSIGNAL int\nFROM c\nSTOPSIGNAL 9\nFROM d\nSTOPSIGNAL SIGRTMIN+3\n',
    want: [],
  },
  { name: 'a variable', input: 'FROM a\nARG SIG=SIGTERM\nSTOPSIGNAL $SIG\n', want: [] },
]);
