import { ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('AptGetUpdateAlone', [
  {
    name: 'update in its own RUN',
    input: 'FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\n',
    want: ['AptGetUpdateAlone@2'],
    options,
  },
  { name: 'together', input: 'FROM debian\nRUN apt-get update && apt-get install -y curl\n', want: [], options },
  {
    name: 'together in a heredoc',
    input: 'FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n',
    want: [],
    options,
    noVariants: true,
  },
]);
