import { ruleTable } from './helper';

ruleTable('InstructionBeforeFrom', [
  { name: 'RUN before FROM', input: 'RUN echo\nFROM alpine\n', want: ['InstructionBeforeFrom@1'] },
  {
    name: 'each one is reported',
    input: 'ARG A\nENV B=1\nLABEL c=d\nFROM alpine\n',
    want: ['InstructionBeforeFrom@2', 'InstructionBeforeFrom@3'],
  },
  { name: 'ARG before FROM is fine', input: 'ARG A=1\nFROM alpine\nRUN echo\n', want: [] },
  { name: 'nothing before FROM', input: 'FROM alpine\nRUN echo\n', want: [] },
  { name: 'no FROM at all is NoFromInstruction instead', input: 'RUN echo\n', want: [] },
]);
