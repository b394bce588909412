import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findImageIds } from '../../../client/extension/core/image-ids';

const full = `sha256:${'ab12'.repeat(16)}`;

void test('image IDs in output lines', async (t) => {
  const cases: { name: string; input: string; want: string[] }[] = [
    { name: 'a full ID in the summary', input: `Image ID: ${full}`, want: [full] },
    { name: 'a classic step result', input: ' ---> 8113309de292', want: ['8113309de292'] },
    { name: "Podman's arrow", input: '--> 8113309de292', want: ['8113309de292'] },
    { name: 'Successfully built', input: 'Successfully built d48288dfa6f5', want: ['d48288dfa6f5'] },
    { name: 'an intermediate container is not an image', input: ' ---> Running in fc07bbb33907', want: [] },
    { name: 'removing a container is not an image', input: 'Removing intermediate container fc07bbb33907', want: [] },
    { name: 'BuildKit writing image', input: `#6 writing image ${full} done`, want: [full] },
    { name: 'hex in program output is left alone', input: 'checksum deadbeefcafe', want: [] },
  ];
  for (const { name, input, want } of cases) {
    await t.test(name, () => {
      const got = findImageIds(input);
      assert.deepEqual(
        got.map((f) => f.id),
        want,
      );
      for (const f of got) assert.equal(input.slice(f.start, f.end), f.id);
    });
  }
});
