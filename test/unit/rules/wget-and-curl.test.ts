import { ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('WgetAndCurl', [
  {
    name: 'both',
    input: 'FROM debian\nRUN curl -o a https://x/a\nRUN wget -q https://x/b\nRUN wget -q https://x/c\n',
    want: ['WgetAndCurl@3', 'WgetAndCurl@4'],
    options,
  },
  {
    name: 'only curl',
    input: 'FROM debian\nRUN curl -o a https://x/a\nRUN curl -o b https://x/b\n',
    want: [],
    options,
  },
]);
