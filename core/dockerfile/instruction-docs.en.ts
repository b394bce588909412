// Short, beginner-friendly English docs for every instruction, flag and parser directive in the table.
import type { InstructionDocKey } from './instructions';

const chown = 'Owner (user and group) of the copied files. Linux images only.';
const chmod = 'Permissions of the copied files, e.g. `0755`.';
const link = 'Copies into an independent layer, so changing the base image does not invalidate it.';
const exclude = 'Skips source paths matching the pattern. Can be given more than once.';

export const en: Readonly<Record<InstructionDocKey, string>> = {
  FROM: 'Starts a new build stage from a base image. Every Dockerfile needs at least one. Name the stage with `AS name` to copy files out of it later.',
  'flag.FROM.platform': 'Platform of the base image, e.g. `linux/arm64` or `$BUILDPLATFORM`.',
  RUN: 'Runs a command while the image is being built and saves the result as a new layer, e.g. installing packages.',
  'flag.RUN.mount':
    'Mounts something only while this command runs: `cache` (a folder kept between builds, e.g. for downloads), `bind` (files from the build context or another stage, read-only by default), `tmpfs` (an empty folder in memory), `secret` or `ssh`. Can be given more than once.',
  'flag.RUN.network':
    'Network for the command: `default`, `none` cuts it off, `host` uses the host’s (needs the builder’s permission).',
  'flag.RUN.security':
    '`insecure` runs the command with extra privileges (needs the builder’s permission); `sandbox` is the default.',
  CMD: 'The default command a container runs when it starts. Only the last CMD of a stage counts; `docker run image cmd…` replaces it. Write it in JSON form (`["echo", "hello"]`): in shell form it runs under `/bin/sh`, which does not pass on the signal `docker stop` sends, so the container is killed after a timeout.',
  LABEL: 'Adds metadata (key/value pairs) to the image, such as a version or a maintainer contact.',
  MAINTAINER:
    'Deprecated: it once recorded the image author in the image metadata. Use a label instead, which tools read the same way: `LABEL org.opencontainers.image.authors="…"`.',
  EXPOSE: 'Documents the ports the container listens on. It does not publish them: use `docker run -p` for that.',
  ENV: 'Sets environment variables for the following instructions and for containers run from the image.',
  ADD: 'Copies files, URLs or Git repositories into the image and unpacks local tar archives. Prefer COPY for plain files.',
  'flag.ADD.chown': chown,
  'flag.ADD.chmod': chmod,
  'flag.ADD.link': link,
  'flag.ADD.keep-git-dir': 'Keeps the `.git` directory when adding a Git repository.',
  'flag.ADD.checksum': 'Verifies a remote file against this checksum, e.g. `sha256:…`.',
  'flag.ADD.unpack':
    'Whether to extract a tar archive: `--unpack` extracts one downloaded from a URL, `--unpack=false` keeps a local one packed.',
  'flag.ADD.exclude': exclude,
  COPY: 'Copies files from the build context (the folder you gave to `docker build`, minus what `.dockerignore` leaves out) or from another stage with `--from` into the image.',
  'flag.COPY.from': 'Copies from a build stage (by name or number) or an image instead of the build context.',
  'flag.COPY.chown': chown,
  'flag.COPY.chmod': chmod,
  'flag.COPY.link': link,
  'flag.COPY.parents':
    'Keeps the parent directories of the source paths under the destination: `a/b/c.txt` lands at `<dest>/a/b/c.txt`.',
  'flag.COPY.exclude': exclude,
  ENTRYPOINT:
    'The program the container always runs; CMD then supplies its default arguments. Use the JSON form (`["/app", "--serve"]`): in shell form it runs under `/bin/sh`, which keeps `docker stop`’s signal from reaching your program.',
  VOLUME:
    'Marks a directory as a volume: its data lives outside the container’s writable layer, so it survives when the container is removed and can be shared with other containers.',
  USER: 'Sets the user (and group) for the following RUN, CMD and ENTRYPOINT. Running as a non-root user is safer.',
  WORKDIR: 'Sets the working directory for the following instructions, creating it if needed. Use an absolute path.',
  ARG: 'Declares a build argument that `docker build --build-arg name=value` can set. It exists only while building.',
  ONBUILD:
    'Registers an instruction that does not run now: it runs later, right after the FROM line of another Dockerfile that uses this image as its base image.',
  STOPSIGNAL: 'The signal `docker stop` sends to ask the container to exit.',
  HEALTHCHECK:
    'Tells Docker how to test that the container still works. `NONE` turns off a check inherited from the base image.',
  'flag.HEALTHCHECK.interval': 'Time between checks (default 30s).',
  'flag.HEALTHCHECK.timeout': 'A check taking longer than this fails (default 30s).',
  'flag.HEALTHCHECK.start-period': 'Grace time after start during which failures do not count (default 0s).',
  'flag.HEALTHCHECK.start-interval': 'Time between checks during the start period (default 5s).',
  'flag.HEALTHCHECK.retries':
    'How many checks in a row must fail before the container is marked unhealthy (default 3). `docker ps` shows the status; an orchestrator may then restart or replace the container.',
  SHELL: 'Changes the shell used by the shell form of RUN, CMD and ENTRYPOINT (default `["/bin/sh", "-c"]`).',
  'directive.syntax': 'Chooses the Dockerfile frontend (syntax version) BuildKit uses for this file.',
  'directive.escape': 'The escape and line-continuation character: `\\` (default) or `` ` `` (handy on Windows).',
  'directive.check': 'Configures build checks: `skip=A,B` turns rules off, `error=true` makes warnings fail the build.',
};
