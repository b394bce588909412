import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getHover, type Locale } from '../../../server/service/index';
import { withCursor } from './support';

const cases: { name: string; input: string; locale?: Locale; want: string[]; not?: string[] }[] = [
  {
    name: 'instruction keyword, with a link that says where it goes',
    input: 'FROM alpine\nR|UN echo hi\n',
    want: ['RUN <command>', 'new layer', '[Docker docs: RUN](https://docs.docker.com/reference/dockerfile/#run)'],
  },
  {
    name: 'instruction keyword in Korean',
    input: 'FROM alpine\nE|NV A=1\n',
    locale: 'ko',
    want: ['[Docker 문서: ENV]('],
  },
  { name: 'lower-case keyword', input: 'fr|om alpine\n', want: ['base image'] },
  { name: 'flag', input: 'FROM alpine AS b\nFROM alpine\nCOPY --ch|own=1:1 a b\n', want: ['--chown', 'Owner'] },
  {
    name: 'ADD --unpack in Korean',
    input: 'FROM alpine\nADD --un|pack https://example.com/a.tar.gz /opt/\n',
    locale: 'ko',
    want: ['--unpack', '압축 파일을 풀지'],
  },
  {
    name: 'stage name after --from',
    input: 'FROM golang AS build\nFROM alpine\nCOPY --from=bu|ild /out /out\n',
    want: ['**build**', 'golang', 'line 1'],
  },
  { name: 'stage name in FROM', input: 'FROM golang AS build\nFROM bui|ld\n', want: ['**build**'] },
  { name: 'stage declaration', input: 'FROM golang AS bu|ild\n', want: ['**build**', 'stage 0'] },
  {
    name: 'ARG with default',
    input: 'FROM alpine\nARG VERSION=1.2\nRUN echo $VERS|ION\n',
    want: ['Build argument **VERSION**', '`1.2`', 'line 2'],
  },
  { name: 'bare ARG takes the global default', input: 'ARG V=3\nFROM alpine\nARG V\nRUN echo ${|V}\n', want: ['`3`'] },
  {
    name: 'ENV value',
    input: 'FROM alpine\nENV HOME=/root\nWORKDIR $HO|ME\n',
    want: ['Environment variable **HOME**', '`/root`'],
  },
  {
    name: 'ENV in the same instruction refers to the earlier value',
    input: 'FROM alpine\nENV P=/a\nENV P=/b:$|P\n',
    want: ['`/a`', 'line 2'],
  },
  {
    name: 'ENV inherited from a parent stage',
    input: 'FROM alpine AS base\nENV X=1\nFROM base\nRUN echo $|X\n',
    want: ['`1`'],
  },
  { name: 'global ARG in FROM', input: 'ARG TAG=3.19\nFROM alpine:${TA|G}\n', want: ['`3.19`'] },
  {
    name: 'a platform argument in a stage needs its ARG',
    input: 'FROM alpine\nRUN echo $TARGET|ARCH\n',
    want: ['Predefined', 'declare `ARG TARGETARCH`'],
  },
  {
    name: 'a platform argument in FROM is set',
    input: 'FROM --platform=$BUILD|PLATFORM alpine\n',
    want: ['Predefined', 'platform of the build'],
    not: ['declare'],
  },
  { name: 'proxy argument', input: 'FROM alpine\nRUN curl --proxy $HTTP_PRO|XY x\n', want: ['proxy', '--build-arg'] },
  { name: 'undefined variable', input: 'FROM alpine\nWORKDIR /$NOP|E\n', want: ['not defined'] },
  {
    name: 'undefined variable in Korean',
    input: 'FROM alpine\nWORKDIR /$NOP|E\n',
    locale: 'ko',
    want: ['정의되지 않았습니다'],
  },
  {
    name: 'a variable RUN leaves to the shell is not called undefined (UndefinedVar stays silent there too)',
    input: 'FROM alpine\nRUN echo $TYP|O\n',
    want: ['not a build variable here', 'the shell expands it when RUN runs'],
    not: ['not defined'],
  },
  {
    name: 'the same in Korean',
    input: 'FROM alpine\nCMD echo $TYP|O\n',
    locale: 'ko',
    want: ['빌드 변수가 아닙니다', 'CMD가 실행될 때'],
  },
  { name: 'directive', input: '# esc|ape=`\nFROM alpine\n', want: ['escape'] },
];

for (const { name, input, locale, want, not = [] } of cases) {
  void test(`hover: ${name}`, () => {
    const { document, position } = withCursor(input);
    const hover = getHover(document, position, locale ?? 'en');
    assert.ok(hover, 'expected a hover');
    const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    for (const fragment of want)
      assert.ok(value.includes(fragment), `${JSON.stringify(value)} lacks ${JSON.stringify(fragment)}`);
    for (const fragment of not)
      assert.ok(!value.includes(fragment), `${JSON.stringify(value)} has ${JSON.stringify(fragment)}`);
  });
}

void test('hover: nothing on plain arguments or empty lines', () => {
  for (const input of ['FROM alpine\nRUN ec|ho hi\n', 'FROM alpine\n|\n']) {
    const { document, position } = withCursor(input);
    assert.equal(getHover(document, position), undefined, input);
  }
});
