// A minimal root filesystem made of Debian's busybox-static: the tests' own base image, no registry needed.
import { existsSync, readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import * as tar from 'tar-stream';

const busyboxPaths = ['/bin/busybox', '/usr/bin/busybox'];
const applets = [
  'sh',
  'echo',
  'cat',
  'ls',
  'sleep',
  'true',
  'false',
  'mkdir',
  'rm',
  'env',
  'printf',
  'wc',
  'head',
  'tail',
  'touch',
  'dd',
  'yes',
  'seq',
  'id',
  'pwd',
  'grep',
  'sed',
  'test',
  'find',
  'stat',
  'du',
  'sync',
  'kill',
  'cp',
  'mv',
];

export function busyboxPath(): string {
  const found = busyboxPaths.find((p) => existsSync(p));
  if (!found)
    throw new Error('busybox-static is not installed (apt-get install busybox-static, or run scripts/engine-up.sh)');
  return found;
}

/** A tar stream of `/bin/busybox`, applet symlinks in /bin, and /etc/passwd for root. */
export function busyboxRootfs(): Readable {
  const pack = tar.pack();
  const mtime = new Date(0);
  const dir = (name: string, mode = 0o755): void => void pack.entry({ name, type: 'directory', mode, mtime });
  for (const name of ['bin', 'etc', 'root', 'tmp']) dir(name, name === 'tmp' ? 0o1777 : 0o755);
  pack.entry({ name: 'bin/busybox', mode: 0o755, mtime }, readFileSync(busyboxPath()));
  for (const applet of applets)
    pack.entry({ name: `bin/${applet}`, type: 'symlink', linkname: 'busybox', mode: 0o777, mtime });
  pack.entry({ name: 'etc/passwd', mode: 0o644, mtime }, 'root:x:0:0:root:/root:/bin/sh\n');
  pack.entry({ name: 'etc/group', mode: 0o644, mtime }, 'root:x:0:\n');
  pack.finalize();
  return pack as unknown as Readable;
}
