import { ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('UpgradeInBuild', [
  { name: 'apt-get upgrade', input: 'FROM debian\nRUN apt-get upgrade -y\n', want: ['UpgradeInBuild@2'], options },
  { name: 'dist-upgrade', input: 'FROM debian\nRUN apt-get -y dist-upgrade\n', want: ['UpgradeInBuild@2'], options },
  { name: 'zypper dup', input: 'FROM opensuse/leap\nRUN zypper -n dup\n', want: ['UpgradeInBuild@2'], options },
  { name: 'install only', input: 'FROM debian\nRUN apt-get install -y curl\n', want: [], options },
]);
