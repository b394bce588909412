import { ruleTable } from './helper';

ruleTable('WrongArgumentCount', [
  { name: 'COPY with one argument', input: 'FROM a\nCOPY src\n', want: ['WrongArgumentCount@2'] },
  { name: 'ADD with none', input: 'FROM a\nADD\n', want: ['WrongArgumentCount@2'] },
  { name: 'COPY JSON form with one element', input: 'FROM a\nCOPY ["src"]\n', want: ['WrongArgumentCount@2'] },
  { name: 'FROM without an image', input: 'FROM\n', want: ['WrongArgumentCount@1'] },
  { name: 'FROM with two words', input: 'FROM alpine build\n', want: ['WrongArgumentCount@1'] },
  { name: 'FROM with a misspelled AS', input: 'FROM alpine AZ build\n', want: ['WrongArgumentCount@1'] },
  { name: 'FROM with too many words', input: 'FROM alpine AS build extra\n', want: ['WrongArgumentCount@1'] },
  { name: 'EXPOSE without ports', input: 'FROM a\nEXPOSE\n', want: ['WrongArgumentCount@2'] },
  { name: 'WORKDIR without a path', input: 'FROM a\nWORKDIR\n', want: ['WrongArgumentCount@2'] },
  { name: 'RUN without a command', input: 'FROM a\nRUN\n', want: ['WrongArgumentCount@2'] },
  { name: 'ARG without a name', input: 'FROM a\nARG\n', want: ['WrongArgumentCount@2'] },
  {
    name: 'VOLUME, USER, STOPSIGNAL, LABEL, ENV, SHELL, HEALTHCHECK, MAINTAINER without arguments',
    input: 'FROM a\nVOLUME\nUSER\nSTOPSIGNAL\nLABEL\nENV\nSHELL\nHEALTHCHECK\nMAINTAINER\n',
    want: [
      'WrongArgumentCount@2',
      'WrongArgumentCount@3',
      'WrongArgumentCount@4',
      'WrongArgumentCount@5',
      'WrongArgumentCount@6',
      'WrongArgumentCount@7',
      'WrongArgumentCount@8',
      'WrongArgumentCount@9',
    ],
  },
  {
    name: 'correct counts',
    input:
      'FROM alpine AS build\nCOPY a b\nCOPY a b c/\nADD ["a", "b"]\nEXPOSE 80 443\nWORKDIR /app\nUSER app\nSTOPSIGNAL SIGINT\nARG A B=1\nCMD\n',
    want: [],
  },
  { name: 'USER with two words', input: 'FROM a\nUSER app admin\n', want: ['WrongArgumentCount@2'] },
  { name: 'WORKDIR with a space is one path, as BuildKit reads it', input: 'FROM a\nWORKDIR /my app\n', want: [] },
  { name: 'COPY with a heredoc', input: 'FROM a\nCOPY <<EOF /x\nhello\nEOF\n', want: [], noVariants: true },
  { name: 'flags do not count as arguments', input: 'FROM a\nCOPY --from=b /x\n', want: ['WrongArgumentCount@2'] },
  { name: 'inside ONBUILD', input: 'FROM a\nONBUILD COPY x\n', want: ['WrongArgumentCount@2'] },
]);
