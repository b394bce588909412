import { ruleTable } from './helper';

const on = '# check=experimental=CopyIgnoredFile\n';
const ignored = new Set(['secrets.env', 'build', 'build/out.bin']);
const options = { isIgnored: (path: string): boolean => ignored.has(path) };

ruleTable('CopyIgnoredFile', [
  { name: 'off by default (experimental)', input: 'FROM a\nCOPY secrets.env /app/\n', want: [], options },
  { name: 'an ignored file', input: `${on}FROM a\nCOPY secrets.env /app/\n`, want: ['CopyIgnoredFile@3'], options },
  {
    name: 'paths are cleaned first',
    input: `${on}FROM a\nADD ./build/../secrets.env /app/\nCOPY ["/build", "/x"]\n`,
    want: ['CopyIgnoredFile@3', 'CopyIgnoredFile@4'],
    options,
  },
  { name: 'the destination is not a source', input: `${on}FROM a\nCOPY app.js build\n`, want: [], options },
  {
    name: 'COPY --from reads another stage, not the context',
    input: `${on}FROM a AS b\nFROM a\nCOPY --from=b secrets.env /x\n`,
    want: [],
    options,
  },
  {
    name: 'URLs, variables and heredocs are not context files',
    input: `${on}FROM a\nARG F=secrets.env\nADD https://example.com/secrets.env $F /x\n`,
    want: [],
    options,
  },
  { name: 'without a .dockerignore nothing is reported', input: `${on}FROM a\nCOPY secrets.env /app/\n`, want: [] },
]);
