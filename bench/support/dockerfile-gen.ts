// Generates realistic multi-stage Dockerfiles of a given line count: ARG/ENV, RUN with continuations,
// heredocs, COPY --from earlier stages, labels and comments. Deterministic for a given size.

function stageBlock(index: number): string[] {
  const name = `stage${index}`;
  // Most stages start from an image; every fourth builds on the stage before it, as multi-stage builds do.
  const base = index % 4 === 0 ? 'debian:${DEBIAN_VERSION}' : `stage${index - 1}`;
  return [
    `# Stage ${index}: builds part ${index} of the application`,
    `FROM ${base} AS ${name}`,
    `ARG PART=${index}`,
    `ENV APP_HOME=/opt/app${index} PATH="/opt/app${index}/bin:$PATH"`,
    `LABEL org.opencontainers.image.title="part ${index}" \\`,
    `      org.opencontainers.image.version="1.${index}.0"`,
    `WORKDIR $APP_HOME`,
    `RUN apt-get update \\`,
    `    && apt-get install -y --no-install-recommends \\`,
    `       ca-certificates \\`,
    `       curl \\`,
    `    && rm -rf /var/lib/apt/lists/*`,
    `RUN <<EOF`,
    `set -eu`,
    `echo "building part \${PART}" > /tmp/part-${index}.txt`,
    `mkdir -p "$APP_HOME/bin"`,
    `EOF`,
    `COPY --chown=app:app <<-CONFIG /etc/app${index}.conf`,
    `\tname=${name}`,
    `\tpart=${index}`,
    `CONFIG`,
    ...(index > 0 ? [`COPY --from=stage${index - 1} /tmp/part-${index - 1}.txt /tmp/`] : [`COPY . /src`]),
    `RUN --mount=type=cache,target=/root/.cache \\`,
    `    cd /src && \\`,
    `    echo "compiling $PART" && \\`,
    `    true`,
    `EXPOSE ${8000 + (index % 1000)}`,
    '',
  ];
}

export function generateDockerfile(lineCount: number): string {
  const lines = ['# syntax=docker/dockerfile:1', 'ARG DEBIAN_VERSION=bookworm', ''];
  for (let index = 0; ; index++) {
    const block = stageBlock(index);
    if (lines.length + block.length > lineCount - 3) break;
    lines.push(...block);
  }
  while (lines.length < lineCount - 3) lines.push('# (padding)');
  lines.push('FROM scratch AS final', 'COPY --from=stage0 /tmp /tmp', 'CMD ["/opt/app0/bin/app"]');
  return `${lines.join('\n')}\n`;
}
