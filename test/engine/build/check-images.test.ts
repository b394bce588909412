// `check --use-engine`: the local image's environment makes UndefinedVar exact, as BuildKit's is with the image.
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { runCliInProcess } from '../../unit/cli/fake-io';
import { describeEngines } from '../../support/engines';
import { makeContext, removeContexts } from './helpers';

after(removeContexts);

describeEngines(
  'check reads base images from the engine',
  (suite) => {
    void it('a variable the image does not set is reported once the engine says what the image sets', async () => {
      const dir = makeContext({ Dockerfile: `FROM ${suite.baseImage}\nENV P=$PATH\nLABEL v=$NOT_SET_ANYWHERE\n` });
      const env = { DOCKER_HOST: suite.engine.host };
      const without = await runCliInProcess(['check', 'Dockerfile'], { cwd: dir, env });
      assert.equal(without.stdout, '');
      const withEngine = await runCliInProcess(['check', '--use-engine', 'Dockerfile'], { cwd: dir, env });
      assert.match(withEngine.stdout, /^Dockerfile:3:9: warning UndefinedVar: \$NOT_SET_ANYWHERE is not defined/);
      assert.equal(withEngine.stdout.trim().split('\n').length, 1, withEngine.stdout);
    });

    void it('an engine that is not there changes nothing', async () => {
      const dir = makeContext({ Dockerfile: `FROM ${suite.baseImage}\nLABEL v=$NOT_SET_ANYWHERE\n` });
      const env = { DOCKER_HOST: 'unix:///nonexistent/docker.sock' };
      const result = await runCliInProcess(['check', '--use-engine', 'Dockerfile'], { cwd: dir, env });
      assert.deepEqual([result.code, result.stdout], [0, '']);
    });
  },
  { engines: ['docker'] },
);
