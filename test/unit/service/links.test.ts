import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDocumentLinks, parseDocument } from '../../../server/service/index';
import { imagePageUrl } from '../../../server/service/links';

const URI = 'file:///work/app/Dockerfile';

/** Each link as `linked text → target`. */
function links(text: string, uri = URI): string[] {
  const document = parseDocument(text, uri);
  return getDocumentLinks(document).map((link) => `${document.lines.textIn(link.range)} → ${link.target}`);
}

const pages: [string, string | undefined][] = [
  ['alpine', 'https://hub.docker.com/_/alpine'],
  ['alpine:3.20@sha256:abc', 'https://hub.docker.com/_/alpine'],
  ['docker.io/library/node:20', 'https://hub.docker.com/_/node'],
  ['bitnami/redis:7', 'https://hub.docker.com/r/bitnami/redis'],
  ['index.docker.io/team/app', 'https://hub.docker.com/r/team/app'],
  ['ghcr.io/owner/tool:1', 'https://ghcr.io/owner/tool'],
  ['quay.io/prometheus/node-exporter', 'https://quay.io/repository/prometheus/node-exporter'],
  ['mcr.microsoft.com/dotnet/sdk:8.0', 'https://mcr.microsoft.com/artifact/mar/dotnet/sdk'],
  ['gcr.io/distroless/static', 'https://gcr.io/distroless/static'],
  ['public.ecr.aws/lambda/python:3.12', 'https://gallery.ecr.aws/lambda/python'],
  ['scratch', undefined],
  ['localhost:5000/app', undefined],
  ['127.0.0.1/app', undefined],
  ['node:${VERSION}', undefined],
];

for (const [reference, want] of pages) {
  void test(`links: the page of ${reference}`, () => assert.equal(imagePageUrl(reference), want));
}

void test('links: FROM images and the syntax directive link to their pages; stage names do not', () => {
  assert.deepEqual(links('# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build\nFROM build\nFROM $BASE\n'), [
    'docker/dockerfile:1 → https://hub.docker.com/r/docker/dockerfile',
    'golang:1.22 → https://hub.docker.com/_/golang',
  ]);
});

void test('links: COPY and ADD sources link to files beside the Dockerfile', () => {
  assert.deepEqual(
    links('FROM scratch\nCOPY ./src/main.go /app/go.mod /app/\nADD docs/a#b.md /d\nCOPY ["my file.txt", "/x"]\n'),
    [
      './src/main.go → file:///work/app/src/main.go',
      '/app/go.mod → file:///work/app/app/go.mod',
      'docs/a#b.md → file:///work/app/docs/a%23b.md',
      '"my file.txt" → file:///work/app/my%20file.txt',
    ],
  );
});

void test('links: no file links for patterns, variables, heredocs, other stages or documents without a file', () => {
  const text = 'FROM scratch AS s\nCOPY *.go $SRC /x/\nCOPY <<EOF /x\nhi\nEOF\nCOPY --from=s /a /a\n';
  assert.deepEqual(links(text), []);
  assert.deepEqual(links('FROM scratch\nCOPY a /b\n', 'untitled:Untitled-1'), []);
});

void test('links: web addresses in comments and ADD sources, without trailing punctuation', () => {
  assert.deepEqual(
    links(
      'FROM scratch\n# see https://example.com/docs/x.html, and (http://a.b/c).\nADD https://example.com/t.tgz /t\n',
    ),
    [
      'https://example.com/t.tgz → https://example.com/t.tgz',
      'https://example.com/docs/x.html → https://example.com/docs/x.html',
      'http://a.b/c → http://a.b/c',
    ],
  );
});
