#!/usr/bin/env bash
# Makes sure a Docker engine and a Podman service answer, for the engine test suites. Idempotent: engines that
# already answer are left alone. When one is missing and we are root on Debian, installs what it needs
# (docker.io, podman, busybox-static) and starts it in the background (no container network: --bridge=none). Also
# installs what the registry and SSH tests use (docker-registry, apache2-utils, openssh-client).
# Writes the hosts it found to the file given as $1 (default .cache/engines.env) as DFS_TEST_DOCKER_HOST /
# DFS_TEST_PODMAN_HOST, which test/support/engines.ts reads.
set -uo pipefail
cd "$(dirname "$0")/.."

out=${1:-.cache/engines.env}
logs=.cache/engines
mkdir -p "$(dirname "$out")" "$logs"
rootful=false
[ "$(id -u)" -eq 0 ] && rootful=true
if $rootful; then podman_socket=/run/dockerfile-studio-podman/podman.sock
else podman_socket=${XDG_RUNTIME_DIR:-/tmp}/dockerfile-studio-podman/podman.sock; fi

say() { echo "engine-up: $*"; }

# pings unix://PATH or tcp://HOST:PORT; exit status 0 when the engine answers OK
ping_engine() {
  node -e '
    const http = require("node:http"); const host = process.argv[1];
    const target = host.startsWith("unix://") ? { socketPath: host.slice(7) } : (() => { const u = new URL(host.replace(/^tcp:/, "http:")); return { host: u.hostname, port: u.port }; })();
    const req = http.get({ ...target, path: "/_ping", timeout: 3000 }, (res) => { res.resume(); process.exit(res.statusCode === 200 ? 0 : 1); });
    req.on("timeout", () => process.exit(1)); req.on("error", () => process.exit(1));' "$1" 2>/dev/null
}

first_answering() {
  local host
  for host in "$@"; do
    [ -n "$host" ] && ping_engine "$host" && { echo "$host"; return 0; }
  done
  return 1
}

wait_for() { # HOST SECONDS
  local i
  for ((i = 0; i < $2 * 2; i++)); do ping_engine "$1" && return 0; sleep 0.5; done
  return 1
}

apt_updated=false
apt_install() { # PACKAGE... (only those missing)
  local missing=() pkg
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! $rootful || ! command -v apt-get >/dev/null; then
    say "skipped installing ${missing[*]}: needs root and apt-get (Debian)"
    return 1
  fi
  if ! $apt_updated; then DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$logs/apt.log" 2>&1; apt_updated=true; fi
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >>"$logs/apt.log" 2>&1 || { say "apt-get install failed, see $logs/apt.log"; return 1; }
}

start_docker() {
  local host=unix:///var/run/docker.sock
  command -v dockerd >/dev/null || apt_install docker.io || return 1
  $rootful || { say "skipped starting dockerd: needs root"; return 1; }
  say "starting dockerd (log: $logs/dockerd.log)"
  setsid nohup dockerd --iptables=false --ip6tables=false --bridge=none >"$logs/dockerd.log" 2>&1 < /dev/null &
  wait_for "$host" 60 || { say "dockerd did not answer within 60s, see $logs/dockerd.log"; return 1; }
}

start_podman() {
  local host="unix://$podman_socket"
  command -v podman >/dev/null || apt_install podman || return 1
  mkdir -p "$(dirname "$podman_socket")"
  say "starting podman system service (log: $logs/podman.log)"
  # From /: the service outlives this checkout, and its containers fail to start once its working folder is gone.
  (cd / && exec setsid nohup podman system service --time=0 "$host" < /dev/null) >"$logs/podman.log" 2>&1 &
  wait_for "$host" 30 || { say "podman did not answer within 30s, see $logs/podman.log"; return 1; }
}

# a dynamically linked busybox would not run inside the tests' base image: the static build is needed
dpkg -s busybox-static >/dev/null 2>&1 || apt_install busybox-static || say "tests need busybox-static for their base image"
# the private-registry, credential and SSH tests: a registry (started by the tests themselves, never as a service),
# htpasswd for its logins, and ssh-agent / ssh-keygen / ssh-add. The tests pick a free port: a registry service
# that the package may have started elsewhere is left alone.
apt_install docker-registry apache2-utils openssh-client || say "registry and SSH tests need docker-registry, apache2-utils and openssh-client"

docker_host=$(first_answering "${DFS_TEST_DOCKER_HOST:-}" "${DOCKER_HOST:-}" unix:///var/run/docker.sock) ||
  { start_docker && docker_host=unix:///var/run/docker.sock; } || docker_host=
podman_host=$(first_answering "${DFS_TEST_PODMAN_HOST:-}" unix:///run/podman-dev/podman.sock "unix://$podman_socket" \
  unix:///run/podman/podman.sock ${XDG_RUNTIME_DIR:+"unix://$XDG_RUNTIME_DIR/podman/podman.sock"}) ||
  { start_podman && podman_host="unix://$podman_socket"; } || podman_host=

{
  echo "# written by scripts/engine-up.sh"
  [ -n "$docker_host" ] && echo "DFS_TEST_DOCKER_HOST=$docker_host"
  [ -n "$podman_host" ] && echo "DFS_TEST_PODMAN_HOST=$podman_host"
} >"$out"

say "docker: ${docker_host:-not available (its test suites will be skipped, or fail under CI=true)}"
say "podman: ${podman_host:-not available (its test suites will be skipped, or fail under CI=true)}"
say "hosts written to $out"
