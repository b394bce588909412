// Linking an image's history to the Dockerfile lines that made it, with the history shapes of each builder as
// captured from Docker 20.10 (classic and BuildKit) and Podman 4.3 for one Dockerfile.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from '../../../core/parser/index';
import type { BuildStep } from '../../../client/engine/build-events';
import type { HistoryEntry } from '../../../client/engine/image-history';
import {
  cleanCreatedBy,
  keywordOf,
  linkHistory,
  recordBuild,
  type BuildRecord,
} from '../../../client/extension/core/layer-links';

const dockerfile = 'FROM base\nARG X=1\nRUN echo a > /a.txt\nENV Y=2\nRUN echo $X > /b.txt\nCMD ["echo", "hello"]\n';

const entry = (createdBy: string, size = 0, id?: string): HistoryEntry => ({
  id,
  created: 1796198077,
  createdBy,
  size,
  tags: [],
  comment: '',
});

/** Newest first, as the engines answer `GET /images/{id}/history`. */
const histories: Record<string, HistoryEntry[]> = {
  classic: [
    entry('/bin/sh -c #(nop)  CMD ["echo" "hello"]', 0, 'sha256:371faceb21ab'),
    entry('|1 X=secretval /bin/sh -c echo $X > /b.txt', 10, 'sha256:408a6bba12c4'),
    entry('/bin/sh -c #(nop)  ENV Y=2', 0, 'sha256:bd5d9c202cea'),
    entry('|1 X=secretval /bin/sh -c echo a > /a.txt', 14, 'sha256:8195d4991989'),
    entry('/bin/sh -c #(nop)  ARG X=1', 0, 'sha256:24cf413a661e'),
    entry('', 1982506, 'sha256:e40c6796e92a'),
  ],
  buildkit: [
    entry('CMD ["echo" "hello"]'),
    entry('RUN |1 X=secretval /bin/sh -c echo $X > /b.txt # buildkit', 10),
    entry('ENV Y=2'),
    entry('RUN |1 X=secretval /bin/sh -c echo a > /a.txt # buildkit', 14),
    entry('ARG X=1'),
    entry('', 1982506),
  ],
  podman: [
    entry('/bin/sh -c #(nop) CMD ["echo", "hello"]'),
    entry('|1 X=secretval /bin/sh -c echo $X > /b.txt', 2560),
    entry('/bin/sh -c #(nop) ENV Y=2'),
    entry('|1 X=secretval /bin/sh -c echo a > /a.txt', 6144),
    entry('/bin/sh -c #(nop) ARG X'),
    entry('/bin/sh -c #(nop) ADD file:a2bce903045a in /', 2003456),
  ],
};

function step(line: number, name: string, extra: Partial<BuildStep> = {}): BuildStep {
  return { id: `step-${line}`, index: line + 1, name, internal: false, line, status: 'done', cached: false, ...extra };
}

function record(text: string, steps: BuildStep[] = [], target?: string): BuildRecord {
  const built = recordBuild(parse(text), target, {
    imageId: 'sha256:371faceb21ab',
    dockerfile: 'file:///w/Dockerfile',
    builder: 'classic',
    steps,
    builtAt: 0,
  });
  assert.ok(built);
  return built;
}

void describe('linkHistory', () => {
  for (const [builder, history] of Object.entries(histories)) {
    void it(`links each ${builder} layer to its line, and the base image's layers to FROM`, () => {
      const linked = linkHistory(history, record(dockerfile));
      assert.deepEqual(
        linked.map((layer) => [layer.line, layer.fromBase]),
        [
          [5, false],
          [4, false],
          [3, false],
          [2, false],
          [1, false],
          [0, true],
        ],
      );
      assert.deepEqual(
        linked.slice(0, 5).map((layer) => layer.instruction),
        [
          'CMD ["echo" "hello"]',
          'RUN echo $X > /b.txt',
          'ENV Y=2',
          'RUN echo a > /a.txt',
          builder === 'podman' ? 'ARG X' : 'ARG X=1',
        ].map((text) => (builder === 'podman' ? text.replace('"echo" "hello"', '"echo", "hello"') : text)),
      );
      assert.ok(
        linked.every((layer) => !layer.instruction.includes('secretval')),
        'build argument values stay hidden',
      );
    });
  }

  void it("keeps the build's intermediate images and temporary containers with their layers", () => {
    const steps = [
      step(0, 'FROM base', { imageId: 'e40c6796e92a' }),
      step(1, 'ARG X=1', { imageId: '24cf413a661e', containerId: 'b69e20506911' }),
      step(2, 'RUN echo a > /a.txt', { imageId: '8195d4991989', containerId: '5ba719384ac7', cached: true }),
    ];
    const linked = linkHistory(histories.classic ?? [], record(dockerfile, steps));
    const run = linked.find((layer) => layer.line === 2);
    assert.deepEqual(run?.source, {
      line: 2,
      keyword: 'RUN',
      imageId: '8195d4991989',
      containerId: '5ba719384ac7',
      cached: true,
    });
    assert.equal(linked.find((layer) => layer.fromBase)?.source, undefined);
  });

  void it('links nothing when the history does not match the recorded instructions', () => {
    const other = 'FROM base\nARG X=1\nRUN echo a > /a.txt\nENV Y=2\nCOPY x /x\nCMD ["echo", "hello"]\n';
    const linked = linkHistory(histories.buildkit ?? [], record(other));
    assert.ok(linked.every((layer) => layer.line === undefined && !layer.fromBase));
    assert.equal(linked[0]?.instruction, 'CMD ["echo" "hello"]', 'the layers are still listed');
  });

  void it('links the same after the record went through workspace state (JSON)', () => {
    const built = record(dockerfile, [step(2, 'RUN echo a > /a.txt', { imageId: '8195d4991989', containerId: 'c0' })]);
    const stored = JSON.parse(JSON.stringify(built)) as BuildRecord;
    assert.deepEqual(linkHistory(histories.classic ?? [], stored), linkHistory(histories.classic ?? [], built));
  });

  void it('links nothing without a record, or when the record has more layers than the history', () => {
    assert.ok(linkHistory(histories.classic ?? [], undefined).every((layer) => layer.line === undefined));
    const longer = record(`${dockerfile}RUN one\nRUN two\nRUN three\nRUN four\nRUN five\n`);
    assert.ok(linkHistory(histories.classic ?? [], longer).every((layer) => layer.line === undefined));
  });
});

void describe('recordBuild', () => {
  void it('follows the target stage back through the stages it builds on, and skips stages it does not', () => {
    const text = 'FROM base AS one\nRUN a\nFROM base AS unused\nRUN b\nFROM one AS two\nENV c=1\nFROM two\nCMD ["x"]\n';
    const built = record(text);
    assert.equal(built.fromLine, 0);
    assert.deepEqual(
      built.layers.map((layer) => [layer.line, layer.keyword]),
      [
        [1, 'RUN'],
        [5, 'ENV'],
        [7, 'CMD'],
      ],
    );
    assert.deepEqual(
      record(text, [], 'unused').layers.map((layer) => layer.line),
      [3],
    );
  });

  void it('records nothing for a file without a stage', () => {
    assert.equal(
      recordBuild(parse('ARG A=1\n'), undefined, {
        imageId: 'x',
        dockerfile: 'f',
        builder: 'buildkit',
        steps: [],
        builtAt: 0,
      }),
      undefined,
    );
  });
});

void describe('cleanCreatedBy and keywordOf', () => {
  const cases: [string, string, string][] = [
    ['/bin/sh -c #(nop)  CMD ["echo" "hello"]', 'CMD ["echo" "hello"]', 'CMD'],
    ['/bin/sh -c #(nop) COPY file:abc in /x ', 'COPY file:abc in /x', 'COPY'],
    ['/bin/sh -c echo hi', 'RUN echo hi', 'RUN'],
    ['|2 A=1 B=two words /bin/sh -c make', 'RUN make', 'RUN'],
    ['|1 A=1 echo hi', 'RUN echo hi', 'RUN'],
    ['RUN /bin/sh -c apk add curl # buildkit', 'RUN apk add curl', 'RUN'],
    ['COPY /src /dst # buildkit', 'COPY /src /dst', 'COPY'],
    ['WORKDIR /w', 'WORKDIR /w', 'WORKDIR'],
    ['', '', 'RUN'],
  ];
  for (const [createdBy, clean, keyword] of cases)
    void it(`"${createdBy}" → "${clean}" (${keyword})`, () => {
      assert.equal(cleanCreatedBy(createdBy), clean);
      assert.equal(keywordOf(createdBy), keyword);
    });
});
