import { ruleTable } from './helper';

ruleTable('SecretsUsedInArgOrEnv', [
  {
    name: 'ARG AWS_SECRET_ACCESS_KEY',
    input: 'FROM scratch\nARG AWS_SECRET_ACCESS_KEY\n',
    want: ['SecretsUsedInArgOrEnv@2'],
  },
  { name: 'ENV GITHUB_TOKEN', input: 'FROM alpine\nENV GITHUB_TOKEN=abc\n', want: ['SecretsUsedInArgOrEnv@2'] },
  { name: 'a global ARG password', input: 'ARG password\nFROM alpine\n', want: ['SecretsUsedInArgOrEnv@1'] },
  {
    name: 'several in one ENV',
    input: 'FROM alpine\nENV DB_PASSWORD=x API_KEY=y NAME=z\n',
    want: ['SecretsUsedInArgOrEnv@2', 'SecretsUsedInArgOrEnv@2'],
  },
  {
    name: 'allowed words',
    input: 'FROM alpine\nARG PUBLIC_KEY\nENV TOKEN_FILE=/run/secrets/t KEY_VERSION=2\n',
    want: [],
  },
  { name: 'tokens must be whole words', input: 'FROM alpine\nENV MONKEY=1 AUTHOR=me\n', want: [] },
]);
