import { ruleTable } from './helper';
import { shellOptions as options } from './shell-helper';

ruleTable('UseraddHighUid', [
  { name: 'high uid', input: 'FROM debian\nRUN useradd -u 123456 app\n', want: ['UseraddHighUid@2'], options },
  { name: '--uid=', input: 'FROM debian\nRUN useradd --uid=123456 app\n', want: ['UseraddHighUid@2'], options },
  { name: 'with -l', input: 'FROM debian\nRUN useradd -l -u 123456 app\n', want: [], options },
  { name: 'with --no-log-init', input: 'FROM debian\nRUN useradd --no-log-init -u 123456 app\n', want: [], options },
  { name: 'low uid', input: 'FROM debian\nRUN useradd -u 12345 app\n', want: [], options },
  { name: 'uid from a variable', input: 'FROM debian\nRUN useradd -u "$UID" app\n', want: [], options },
]);
