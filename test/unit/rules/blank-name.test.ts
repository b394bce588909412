import { ruleTable } from './helper';

ruleTable('BlankName', [
  { name: 'ENV =x', input: 'FROM a\nENV =x\n', want: ['BlankName@2'] },
  { name: 'LABEL with a blank key among others', input: 'FROM a\nLABEL a=b ="c"\n', want: ['BlankName@2'] },
  { name: 'ARG =1', input: 'FROM a\nARG =1\n', want: ['BlankName@2'] },
  { name: 'global ARG =1', input: 'ARG =1\nFROM a\n', want: ['BlankName@1'] },
  { name: 'names present', input: 'FROM a\nENV A=1 B=2\nLABEL x=y\nARG C=3 D\n', want: [] },
]);
