import { ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('PointlessCommand', [
  { name: 'service start', input: 'FROM debian\nRUN service nginx start\n', want: ['PointlessCommand@2'], options },
  { name: 'vim', input: 'FROM debian\nRUN vim /etc/x\n', want: ['PointlessCommand@2'], options },
  { name: 'installing vim', input: 'FROM debian\nRUN apt-get install -y vim\n', want: [], options },
  { name: 'ps in CMD is not a build step', input: 'FROM debian\nCMD ps aux\n', want: [], options },
]);
