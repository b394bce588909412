import { ruleTable } from './helper';

const ignored = new Set(['secrets.env', 'build', 'build/out.bin']);
const options = { isIgnored: (path: string): boolean => ignored.has(path) };
/** A `.dockerignore` of `*`: the context root itself is excluded. */
const everything = { isIgnored: (): boolean => true };

ruleTable('CopyIgnoredFile', [
  {
    name: 'on by default, as BuildKit made it',
    input: 'FROM a\nCOPY secrets.env /app/\n',
    want: ['CopyIgnoredFile@2'],
    options,
  },
  {
    name: 'paths are cleaned first',
    input: 'FROM a\nADD ./build/../secrets.env /app/\nCOPY ["/build", "/x"]\n',
    want: ['CopyIgnoredFile@2', 'CopyIgnoredFile@3'],
    options,
  },
  {
    name: 'quotes are removed as the builder reads the word',
    input: 'FROM a\nCOPY "secrets.env" /x\n',
    want: ['CopyIgnoredFile@2'],
    options,
  },
  {
    name: 'variables with known values are expanded',
    input: 'FROM a\nARG F=secrets.env\nCOPY $F /x\n',
    want: ['CopyIgnoredFile@3'],
    options,
  },
  {
    name: 'COPY . . of an excluded context root',
    input: 'FROM a\nCOPY . .\n',
    want: ['CopyIgnoredFile@2'],
    options: everything,
  },
  { name: 'COPY . . when the root is not excluded', input: 'FROM a\nCOPY . .\n', want: [], options },
  { name: 'the destination is not a source', input: 'FROM a\nCOPY app.js build\n', want: [], options },
  {
    name: 'COPY --from reads another stage, not the context',
    input: 'FROM a AS b\nFROM a\nCOPY --from=b secrets.env /x\n',
    want: [],
    options,
  },
  {
    name: 'URLs, unknown variables and heredocs are not context files',
    input: 'FROM a\nARG F\nADD https://example.com/secrets.env $F /x\nCOPY <<EOF /y\nsecrets.env\nEOF\n',
    want: [],
    options,
    noVariants: true,
  },
  { name: 'without a .dockerignore nothing is reported', input: 'FROM a\nCOPY secrets.env /app/\n', want: [] },
  {
    name: 'a multi-line COPY is reported on its first line, as BuildKit does',
    input: 'FROM a\nCOPY app.js \\\n  secrets.env /x/\n',
    want: ['CopyIgnoredFile@2'],
    options,
  },
]);
