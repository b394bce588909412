// The engine calls behind the Images view, against stand-in engines that answer as Docker 20.10 and Podman 4.3 do:
// image lists (dangling images as either engine writes them), history, refusals to remove, containers and logs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EngineClient } from '../../../client/engine/client';
import { resolveEngineEndpoint } from '../../../client/engine/connection';
import { containerLogs, listContainers, MAX_LOG_BYTES } from '../../../client/engine/container-list';
import { encodeFrame } from '../../../client/engine/demux';
import { imageHistory } from '../../../client/engine/image-history';
import { ImageRemoveError, listImages, removeImage } from '../../../client/engine/image-list';
import { podmanPing, startStandInEngine, type Handler } from '../../support/stand-in-engine';

async function withEngine<T>(
  handler: Handler,
  fn: (client: EngineClient, requests: string[]) => Promise<T>,
  ping?: Record<string, string>,
): Promise<T> {
  const engine = await startStandInEngine({ handler, ...(ping ? { ping } : {}) });
  const client = await EngineClient.connect(resolveEngineEndpoint({ host: engine.host }), { locale: 'en' });
  try {
    return await fn(client, engine.requests);
  } finally {
    client.close();
    await engine.close();
  }
}

const json =
  (status: number, body: unknown): Handler =>
  (_req, res) =>
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));

void describe('listImages', () => {
  void it("drops Docker's <none>:<none> and Podman's null tags alike", async () => {
    const answer = [
      { Id: 'sha256:a', RepoTags: ['<none>:<none>'], Created: 5, Size: 10, Labels: null },
      { Id: 'sha256:b', RepoTags: null, Created: 6, Size: 11 },
      { Id: 'sha256:c', RepoTags: ['me/app:1'], Created: 7, Size: 12, Labels: { a: 'b' } },
    ];
    const images = await withEngine(json(200, answer), (client) => listImages(client));
    assert.deepEqual(
      images.map((image) => [image.id, image.tags, image.created, image.size, image.labels]),
      [
        ['sha256:a', [], 5, 10, {}],
        ['sha256:b', [], 6, 11, {}],
        ['sha256:c', ['me/app:1'], 7, 12, { a: 'b' }],
      ],
    );
  });
});

void describe('imageHistory', () => {
  const history = [
    { Id: 'sha256:top', Created: 2, CreatedBy: 'CMD ["x"]', Size: 0, Tags: ['a:1'], Comment: '' },
    { Id: '<missing>', Created: 1, CreatedBy: '', Size: 9, Tags: null, Comment: 'Imported from -' },
  ];

  void it("keeps Docker's layer IDs and turns <missing> into undefined", async () => {
    const entries = await withEngine(json(200, history), (client, requests) =>
      imageHistory(client, 'me/app:1').then((result) => ({ result, path: requests.at(-1) })),
    );
    assert.match(entries.path ?? '', /\/images\/me%2Fapp%3A1\/history$/);
    assert.deepEqual(
      entries.result.map((entry) => [entry.id, entry.createdBy, entry.size, entry.tags]),
      [
        ['sha256:top', 'CMD ["x"]', 0, ['a:1']],
        [undefined, '', 9, []],
      ],
    );
  });

  void it("leaves out Podman's IDs, which name other images", async () => {
    const entries = await withEngine(json(200, history), (client) => imageHistory(client, 'x'), podmanPing);
    assert.deepEqual(
      entries.map((entry) => entry.id),
      [undefined, undefined],
    );
  });
});

void describe('removeImage', () => {
  void it('reports what was untagged and deleted', async () => {
    const answer = [{ Untagged: 'me/app:1' }, { Deleted: 'sha256:c' }];
    const removed = await withEngine(json(200, answer), (client) => removeImage(client, 'me/app:1'));
    assert.deepEqual(removed, { untagged: ['me/app:1'], deleted: ['sha256:c'] });
  });

  const refusals: [string, Record<string, string> | undefined, number, string, RegExp][] = [
    [
      'Docker, by tag',
      undefined,
      409,
      'conflict: unable to remove repository reference "me/app:1" (must force) - container 463616de4924 is using its referenced image 85bae539f61f',
      /container 463616de4924 uses it/,
    ],
    [
      'Docker, stopped container',
      undefined,
      409,
      'conflict: unable to delete 85bae539f61f (must be forced) - image is being used by stopped container 463616de4924',
      /container 463616de4924 uses it/,
    ],
    [
      'Podman',
      podmanPing,
      409,
      'image me/app:1 is in use: image used by 36775bd0b588f25734fae149053011439d8e8944bf781cb0706ad57b518085e3: image is in use by a container',
      /container 36775bd0b588 uses it/,
    ],
  ];
  for (const [engine, ping, status, message, expected] of refusals)
    void it(`refuses an image in use with the container's name (${engine})`, async () => {
      const error = await withEngine(
        json(status, { message }),
        (client) =>
          removeImage(client, 'me/app:1').then(
            () => undefined,
            (e: unknown) => e,
          ),
        ping,
      );
      assert.ok(error instanceof ImageRemoveError, String(error));
      assert.equal(error.kind, 'in-use');
      assert.match(error.message, expected);
      const ko = error.localized('ko');
      assert.match(ko.message, /컨테이너/);
      assert.match(error.localized('en').hint, ping ? /podman rm -f/ : /docker rm -f/);
    });

  void it('says an image of several tags is removed tag by tag (Docker 409, Podman 500)', async () => {
    for (const [status, message, ping] of [
      [
        409,
        'conflict: unable to delete 85bae539f61f (must be forced) - image is referenced in multiple repositories',
        undefined,
      ],
      [500, 'unable to delete image "adef" by ID with more than one tag ([a:1 b:1]): please force removal', podmanPing],
    ] as const) {
      const error = await withEngine(
        json(status, { message }),
        (client) =>
          removeImage(client, 'sha256:85bae539f61f').then(
            () => undefined,
            (e: unknown) => e,
          ),
        ping,
      );
      assert.ok(error instanceof ImageRemoveError && error.kind === 'many-tags', String(error));
    }
  });

  void it('passes other failures on unchanged', async () => {
    const error = await withEngine(json(404, { message: 'No such image: x' }), (client) =>
      removeImage(client, 'x').then(
        () => undefined,
        (e: unknown) => e,
      ),
    );
    assert.ok(!(error instanceof ImageRemoveError));
    assert.equal((error as { status?: number }).status, 404);
  });
});

void describe('listContainers', () => {
  void it("asks for every container with our runs' label, and sorts them newest first", async () => {
    const answer = [
      {
        Id: 'a',
        Names: ['/old'],
        Image: 'me/app:1',
        ImageID: 'sha256:x',
        State: 'exited',
        Status: 'Exited (0)',
        Created: 1,
      },
      { Id: 'b', Names: ['/new'], Image: 'me/app:1', ImageID: 'sha256:x', State: 'running', Status: 'Up', Created: 2 },
    ];
    const { list, path } = await withEngine(json(200, answer), async (client, requests) => ({
      list: await listContainers(client),
      path: requests.at(-1) ?? '',
    }));
    const query = new URL(path, 'http://engine').searchParams;
    assert.equal(query.get('all'), '1');
    assert.deepEqual(JSON.parse(query.get('filters') ?? ''), { label: ['dockerfile-studio.run'] });
    assert.deepEqual(
      list.map((c) => [c.id, c.name, c.state]),
      [
        ['b', 'new', 'running'],
        ['a', 'old', 'exited'],
      ],
    );
  });
});

void describe('containerLogs', () => {
  const logsEngine =
    (tty: boolean, body: Buffer): Handler =>
    (req, res) => {
      if (req.url?.includes('/logs')) res.writeHead(200).end(body);
      else json(200, { Config: { Tty: tty } })(req, res, Buffer.alloc(0));
    };

  void it('reads framed output (no TTY) as one text, stdout and stderr interleaved', async () => {
    const frames = Buffer.concat([
      encodeFrame(1, Buffer.from('hello\n')),
      encodeFrame(2, Buffer.from('oops\n')),
      encodeFrame(1, Buffer.from('bye\n')),
    ]);
    const text = await withEngine(logsEngine(false, frames), (client) => containerLogs(client, 'abc'));
    assert.equal(text, 'hello\noops\nbye\n');
  });

  void it('reads raw output of a TTY container as is', async () => {
    const text = await withEngine(logsEngine(true, Buffer.from('raw\r\n')), (client) => containerLogs(client, 'abc'));
    assert.equal(text, 'raw\r\n');
  });

  void it('keeps only the last MAX_LOG_BYTES of a flood', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const frames = Buffer.concat([
      ...Array.from({ length: 20 }, () => encodeFrame(1, chunk)),
      encodeFrame(1, Buffer.from('END')),
    ]);
    const text = await withEngine(logsEngine(false, frames), (client) => containerLogs(client, 'abc'));
    assert.ok(text.length <= MAX_LOG_BYTES, `${text.length} bytes kept`);
    assert.ok(text.endsWith('aEND'));
  });
});
