import { ruleTable } from './helper';

ruleTable('InvalidCheckDirective', [
  { name: 'unknown option', input: '# check=skipp=A\nFROM a\n', want: ['InvalidCheckDirective@1'] },
  { name: 'not a boolean', input: '# check=error=yes\nFROM a\n', want: ['InvalidCheckDirective@1'] },
  { name: 'no =', input: '# check=skip\nFROM a\n', want: ['InvalidCheckDirective@1'] },
  {
    name: 'valid options',
    input: '# check=skip=JSONArgsRecommended;error=true;experimental=all\nFROM a\n',
    want: [],
    noVariants: true,
  },
  { name: 'empty', input: '# check=\nFROM a\n', want: [], noVariants: true },
]);
