// The layer boundaries are enforced: each wrong-way import below fails `npm run lint`, and right-way ones pass.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '../../..');

const cases: { file: string; source: string; allowed: boolean }[] = [
  { file: 'core/rules/probe.ts', source: "import * as vscode from 'vscode';", allowed: false },
  { file: 'core/rules/probe.ts', source: "import { x } from '../../server/service';", allowed: false },
  { file: 'core/rules/probe.ts', source: "import { x } from '../../client/engine/client';", allowed: false },
  { file: 'core/parser/probe.ts', source: "import { readFileSync } from 'node:fs';", allowed: false },
  { file: 'core/node/probe.ts', source: "import { readFileSync } from 'node:fs';", allowed: true },
  { file: 'core/rules/probe.ts', source: "import { x } from '../parser';", allowed: true },
  { file: 'server/service/probe.ts', source: "import { x } from '../../client/context/pack';", allowed: false },
  { file: 'server/service/probe.ts', source: "import * as vscode from 'vscode';", allowed: false },
  { file: 'server/service/probe.ts', source: "import { x } from '../../core/rules';", allowed: true },
  { file: 'client/engine/probe.ts', source: "import { x } from '../extension/studio';", allowed: false },
  { file: 'client/context/probe.ts', source: "import * as vscode from 'vscode';", allowed: false },
  { file: 'client/cli/probe.ts', source: "import { x } from '../extension/log';", allowed: false },
  { file: 'client/cli/probe.ts', source: "import { x } from '../../server/service';", allowed: false },
  { file: 'client/cli/probe.ts', source: "import { x } from '../engine/client';", allowed: true },
  { file: 'client/extension/probe.ts', source: "import * as vscode from 'vscode';", allowed: true },
];

void test('wrong-way imports fail the lint, right-way imports pass', async () => {
  const eslint = new ESLint({
    cwd: ROOT,
    // Only the import rules matter here: type-aware rules would need the probe files on disk.
    overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });
  for (const { file, source, allowed } of cases) {
    const [result] = await eslint.lintText(`${source}\nexport const probe = 1;\n`, { filePath: join(ROOT, file) });
    const refused = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
    assert.equal(refused.length === 0, allowed, `${file}: ${source} → ${refused.map((m) => m.message).join('; ')}`);
  }
});
