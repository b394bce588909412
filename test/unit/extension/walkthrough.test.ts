// The walkthrough as the manifest declares it: every step completes on a milestone the extension sets (never on a
// click), its buttons name real commands, and its media exist in English and Korean and ship in the VSIX.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { milestoneKeys } from '../../../client/extension/walkthrough/milestone-keys';

const root = join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string }[]>;
    walkthroughs: {
      steps: { id: string; description: string; media: { markdown?: string }; completionEvents: string[] }[];
    }[];
  };
};
const nls = (file: string): Record<string, string> =>
  JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;
const steps = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);

void describe('the walkthrough', () => {
  void it("has the seed's six steps, in order", () => {
    assert.deepEqual(
      steps.map((step) => step.id),
      ['write', 'secondCmd', 'build', 'layers', 'tag', 'run'],
    );
  });

  void it('completes each step on one milestone of its own, and every milestone completes a step', () => {
    const events = steps.map((step) => step.completionEvents);
    assert.ok(
      events.every((list) => list.length === 1 && list[0]?.startsWith('onContext:')),
      JSON.stringify(events),
    );
    assert.deepEqual(
      events.map((list) => list[0]?.slice('onContext:'.length)).sort(),
      Object.values(milestoneKeys).sort(),
    );
  });

  void it('has buttons that run commands the extension contributes (or the view focus VS Code makes)', () => {
    const contributed = new Set(manifest.contributes.commands.map((command) => command.command));
    const views = Object.values(manifest.contributes.views).flatMap((list) => list.map((view) => `${view.id}.focus`));
    for (const file of ['package.nls.json', 'package.nls.ko.json']) {
      const texts = nls(file);
      for (const step of steps) {
        const description = texts[step.description.slice(1, -1)] ?? '';
        const links = [...description.matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1] ?? '');
        assert.equal(links.length, 1, `${file}: ${step.id} has one button`);
        assert.ok(
          links.every((command) => contributed.has(command) || views.includes(command)),
          `${file}: ${step.id} → ${links.join(', ')}`,
        );
      }
    }
  });

  void it('has markdown media in English and Korean, shipped in the VSIX', () => {
    for (const step of steps) {
      const media = step.media.markdown ?? '';
      assert.ok(existsSync(join(root, media)), media);
      const korean = media.replace(/\.md$/, '.nls.ko.md');
      assert.match(readFileSync(join(root, korean), 'utf8'), /[가-힣]/, korean);
    }
    assert.match(readFileSync(join(root, '.vscodeignore'), 'utf8'), /^!media\/\*\*$/m);
  });

  void it("uses the seed's words in Korean: 이미지, 컨테이너, 레이어, 베이스 이미지", () => {
    const korean = Object.entries(nls('package.nls.ko.json'))
      .filter(([key]) => key.startsWith('walkthrough.'))
      .map(([, text]) => text)
      .join('\n');
    for (const word of ['이미지', '컨테이너', '레이어', '베이스 이미지']) assert.ok(korean.includes(word), word);
  });
});
