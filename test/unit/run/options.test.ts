// Run options without an engine: docker's -p syntax, env checks, the create body, RunError texts. (The CLI's
// arguments are in test/unit/cli/run.test.ts.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createBody, isRunError, RunError } from '../../../client/engine/containers';
import { containerSpec, parsePortBinding } from '../../../client/engine/run';

const portCases: { name: string; input: string; want: object | 'invalid' }[] = [
  { name: 'host:container', input: '8080:80', want: { hostPort: '8080', containerPort: '80', protocol: 'tcp' } },
  {
    name: 'container only: the engine picks the host port',
    input: '80',
    want: { hostPort: '', containerPort: '80', protocol: 'tcp' },
  },
  { name: 'with a protocol', input: '53:53/udp', want: { hostPort: '53', containerPort: '53', protocol: 'udp' } },
  {
    name: 'with an IPv4 address',
    input: '127.0.0.1:8080:80',
    want: { hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'tcp' },
  },
  {
    name: 'address with an engine-chosen port',
    input: '127.0.0.1::80',
    want: { hostIp: '127.0.0.1', hostPort: '', containerPort: '80', protocol: 'tcp' },
  },
  {
    name: 'with an IPv6 address',
    input: '[::1]:8080:80/tcp',
    want: { hostIp: '::1', hostPort: '8080', containerPort: '80', protocol: 'tcp' },
  },
  { name: 'surrounding spaces', input: ' 8080:80 ', want: { hostPort: '8080', containerPort: '80', protocol: 'tcp' } },
  { name: 'a name instead of a port', input: '80:http', want: 'invalid' },
  { name: 'port 0', input: '0:80', want: 'invalid' },
  { name: 'port above 65535', input: '70000:80', want: 'invalid' },
  { name: 'unknown protocol', input: '80:80/icmp', want: 'invalid' },
  { name: 'empty', input: '', want: 'invalid' },
  { name: 'too many parts', input: '1:2:3:4', want: 'invalid' },
];

for (const c of portCases) {
  void test(`parsePortBinding: ${c.name}`, () => {
    if (c.want === 'invalid') {
      assert.throws(
        () => parsePortBinding(c.input),
        (err: unknown) => isRunError(err) && err.kind === 'invalid-option' && err.message.includes(`"${c.input}"`),
      );
    } else {
      assert.deepEqual(parsePortBinding(c.input), c.want);
    }
  });
}

void test('createBody: ports become ExposedPorts and PortBindings; AutoRemove unless the container is kept', () => {
  const spec = containerSpec({
    image: 'img',
    ports: ['8080:80', '127.0.0.1:9090:80', '53/udp'],
    network: 'none',
    cmd: ['echo', 'hi'],
  });
  const body = createBody(spec) as { ExposedPorts: object; HostConfig: Record<string, unknown>; Cmd: string[] };
  assert.deepEqual(body.ExposedPorts, { '80/tcp': {}, '53/udp': {} });
  assert.deepEqual(body.HostConfig.PortBindings, {
    '80/tcp': [
      { HostIp: '', HostPort: '8080' },
      { HostIp: '127.0.0.1', HostPort: '9090' },
    ],
    '53/udp': [{ HostIp: '', HostPort: '' }],
  });
  assert.equal(body.HostConfig.NetworkMode, 'none');
  assert.equal(body.HostConfig.AutoRemove, true);
  assert.deepEqual(body.Cmd, ['echo', 'hi']);
  const kept = createBody(containerSpec({ image: 'img', keep: true })) as { HostConfig: Record<string, unknown> };
  assert.equal(kept.HostConfig.AutoRemove, false);
});

void test('createBody: stdin is opened and attached only for interactive runs; no Cmd keeps the image CMD', () => {
  const piped = createBody(containerSpec({ image: 'img', stdin: process.stdin })) as Record<string, unknown>;
  assert.deepEqual([piped.OpenStdin, piped.StdinOnce, piped.AttachStdin], [true, true, true]);
  const plain = createBody(containerSpec({ image: 'img' })) as Record<string, unknown>;
  assert.deepEqual(
    [plain.OpenStdin, plain.AttachStdin, plain.AttachStdout, plain.AttachStderr, 'Cmd' in plain],
    [false, false, true, true, false],
  );
});

void test('containerSpec: env maps become NAME=value; entries without = are refused', () => {
  assert.deepEqual(containerSpec({ image: 'i', env: { A: '1', B: 'x=y' } }).env, ['A=1', 'B=x=y']);
  assert.throws(
    () => containerSpec({ image: 'i', env: ['JUSTNAME'] }),
    (err: unknown) => isRunError(err) && err.messageId === 'invalidEnv',
  );
});

void test('RunError: the same error in English and Korean, with its hint', () => {
  const err = new RunError(
    'port-in-use',
    'portInUse',
    { port: '8080', suggestion: '8081:80', detail: 'bind: address already in use' },
    { locale: 'en' },
  );
  assert.equal(err.message, 'Port 8080 on this machine is already in use, so the container cannot publish it.');
  assert.match(err.hint ?? '', /-p 8081:80/);
  assert.equal(err.engineMessage, 'bind: address already in use');
  const ko = err.localized('ko');
  assert.match(ko.message, /포트 8080/);
  assert.match(ko.hint ?? '', /-p 8081:80/);
});
