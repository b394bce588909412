// The commands rules see in an instruction's analyzed snippets: its script's, then those of the here-documents a shell
// in it reads; answers kept with the instruction's snippets, and right for any other list of snippets too.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadNodeShellParser } from '../../../core/node/shell-wasm';
import { parse } from '../../../core/parser';
import { snippetsToCheck, type AnalyzedSnippet, type ShellParser } from '../../../core/shell';
import { commandsOf } from '../../../core/shell/commands';
import { packageCommands } from '../../../core/shell/packages';

let parser: ShellParser;
before(async () => {
  parser = await loadNodeShellParser();
});

const TEXT = 'FROM debian\nRUN apk add git && bash <<EOF\napt-get install -y curl\nEOF\n';

function parts(text: string): readonly AnalyzedSnippet[] {
  const snippets = snippetsToCheck(parse(text), parser) as AnalyzedSnippet[];
  const first = snippets[0];
  assert.ok(first, 'no snippet');
  return first.group.parts;
}

const names = (list: readonly [AnalyzedSnippet, { name: string | undefined }][]) => list.map(([, view]) => view.name);

void test("commands: the script's, then the here-document's a shell reads, asked once per instruction", () => {
  const group = parts(TEXT);
  assert.equal(group.length, 2);
  assert.deepEqual(names(commandsOf(group)), ['apk', 'bash', 'apt-get']);
  assert.equal(commandsOf(group), commandsOf(group), 'the same list when asked again');
  assert.deepEqual(
    packageCommands(group).map(({ manager }) => manager.names[0]),
    ['apk', 'apt-get'],
  );
});

void test('commands: a list that is not the whole group gets its own answer, not the group’s', () => {
  const group = parts(TEXT);
  commandsOf(group);
  packageCommands(group);
  const body = group.slice(1);
  assert.deepEqual(names(commandsOf(body)), ['apt-get']);
  assert.deepEqual(
    packageCommands(body).map(({ sub }) => sub.word.text),
    ['install'],
  );
  assert.deepEqual(commandsOf([]), []);
});
