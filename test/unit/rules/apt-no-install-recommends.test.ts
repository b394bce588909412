import { ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('AptNoInstallRecommends', [
  { name: 'missing', input: 'FROM debian\nRUN apt-get install -y curl\n', want: ['AptNoInstallRecommends@2'], options },
  { name: 'given', input: 'FROM debian\nRUN apt-get install -y --no-install-recommends curl\n', want: [], options },
  {
    name: 'given as an apt option',
    input: 'FROM debian\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n',
    want: [],
    options,
  },
  { name: 'apt too', input: 'FROM debian\nRUN apt install -y curl\n', want: ['AptNoInstallRecommends@2'], options },
  { name: 'update', input: 'FROM debian\nRUN apt-get update\n', want: [], options },
]);
