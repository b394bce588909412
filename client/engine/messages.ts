// User-facing texts of the engine client, in English and Korean. `{name}` placeholders are filled from params.

import { defineCatalog, environmentLocale, resolveLocale as localeOf, translate, type Locale } from '../../core/l10n';
import { redactParams } from './redact';
import { registryTexts } from './registry/texts';

export type EngineLocale = Locale;

const engineMessages = defineCatalog(
  'engine',
  {
    ...registryTexts.en,
    unreachable: 'Cannot reach the Docker engine at {host}: is Docker running?',
    unreachableHint:
      'Start Docker (or Podman), or point the "dockerfileStudio.engine.host" setting or DOCKER_HOST at a running engine.',
    permission: 'Permission denied while connecting to the Docker engine at {host}.',
    permissionHint:
      'Add your user to the "docker" group (sudo usermod -aG docker $USER, then log in again), use rootless Docker or Podman, or set "dockerfileStudio.engine.host" to a socket you can open.',
    tls: 'The TLS connection to the Docker engine at {host} failed: {detail}.',
    tlsHint:
      'Check DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem) and DOCKER_TLS_VERIFY, or the TLS files of your docker context.',
    tlsFiles: 'Cannot read the TLS file {file} for the Docker engine at {host}.',
    sshMissing: 'Cannot start "ssh" to reach the Docker engine at {host}.',
    sshHint: 'Install an OpenSSH client, and check that "ssh {target} docker system dial-stdio" works in a terminal.',
    sshFailedHint:
      'Check that "ssh {target} docker system dial-stdio" works in a terminal: the host name, your keys, and Docker on that machine.',
    hostInvalid: 'The engine address "{host}" is not valid.',
    hostHint: 'Use unix:///path/to/docker.sock, tcp://host:port, npipe:////./pipe/docker_engine or ssh://user@host.',
    contextInvalid: 'The docker context "{name}" cannot be read: {detail}.',
    contextHint: 'Run "docker context ls" to see your contexts, or unset DOCKER_CONTEXT.',
    versionTooOld: 'The engine at {host} speaks Docker API {version}, but Dockerfile Studio needs {min} or newer.',
    versionTooOldHint: 'Update Docker (or Podman) to a recent release.',
    versionUnknown: 'The server at {host} did not say which Docker API version it speaks: is it a Docker engine?',
    versionRejected: 'The engine at {host} refused API version {version}: {detail}',
    http: 'The Docker engine answered {status}: {detail}',
    connectTimeout: 'The Docker engine at {host} did not answer within {seconds} s.',
    connectTimeoutHint:
      'Check that the engine is running and not stuck (restart it if needed). To wait longer, set "dockerfileStudio.engine.connectTimeout", or DFS_ENGINE_CONNECT_TIMEOUT for the CLI (seconds).',
    responseTimeout: 'The Docker engine at {host} did not start answering {request} within {seconds} s.',
    responseTimeoutHint:
      'The engine may be stuck or overloaded: check it (restart it if needed) and try again. To wait longer, set "dockerfileStudio.engine.responseTimeout", or DFS_ENGINE_RESPONSE_TIMEOUT for the CLI (seconds).',
    timeoutInvalid: '{name} must be a number of seconds, not "{value}".',
    timeoutInvalidHint: 'For example {name}=30; 0 waits for ever.',
    httpBare400: 'The Docker engine answered {status} to {request} without saying why: it found the request invalid.',
    httpBare401: 'The Docker engine answered {status} to {request} without saying why: it wants credentials.',
    httpBare403: 'The Docker engine answered {status} to {request} without saying why: it does not allow this request.',
    httpBare404:
      'The Docker engine answered {status} to {request} without saying why: what the request names does not exist (or no longer does).',
    httpBare409:
      'The Docker engine answered {status} to {request} without saying why: what the request names is not in a state that allows it (already started, in use, or being removed).',
    httpBare500:
      'The Docker engine answered {status} to {request} without saying why: it failed inside, and its own log may say more (journalctl -u docker, or the Podman service log).',
    httpBareOther: 'The Docker engine answered {status} to {request} without saying why.',
    sshFailed: 'Cannot reach the Docker engine at {host} through ssh: {detail}',
    streamLost: 'The connection to the Docker engine at {host} was lost: {detail}.',
    streamLostHint: 'The engine may have stopped or restarted. Check that it is running and try again.',
    cancelled: 'Cancelled.',
    protocol: 'The Docker engine at {host} sent an answer Dockerfile Studio does not understand: {detail}.',
    lineTooLong:
      'The Docker engine sent a line of JSON longer than {limit} without an end: Dockerfile Studio stopped reading it.',
    lineTooLongHint:
      'The engine or something between it and Dockerfile Studio is misbehaving. Restart it and try again.',
    needsBuildKit:
      'This Dockerfile uses {features}, which only BuildKit supports, but the build would use the classic builder ({reason}).',
    needsBuildKitHint:
      'Choose the "buildkit" builder (setting "dockerfileStudio.builder"), or rewrite those lines without these features.',
    reasonClassicChosen: 'the classic builder was chosen',
    reasonPodman: 'Podman builds with Buildah, which has no BuildKit',
    reasonEngine: 'this engine does not offer BuildKit',
    buildKitUnavailable: 'The BuildKit builder was requested, but {reason}.',
    buildFailed: 'The build failed: {detail}',
  },
  {
    ...registryTexts.ko,
    unreachable: '{host}의 Docker 엔진에 연결할 수 없습니다: Docker가 실행 중인가요?',
    unreachableHint:
      'Docker(또는 Podman)를 시작하거나, "dockerfileStudio.engine.host" 설정 또는 DOCKER_HOST가 실행 중인 엔진을 가리키도록 하세요.',
    permission: '{host}의 Docker 엔진에 연결하는 중 권한이 거부되었습니다.',
    permissionHint:
      '사용자를 "docker" 그룹에 추가하거나(sudo usermod -aG docker $USER 후 다시 로그인), rootless Docker나 Podman을 쓰거나, "dockerfileStudio.engine.host"를 열 수 있는 소켓으로 지정하세요.',
    tls: '{host}의 Docker 엔진과의 TLS 연결에 실패했습니다: {detail}.',
    tlsHint:
      'DOCKER_CERT_PATH(ca.pem, cert.pem, key.pem)와 DOCKER_TLS_VERIFY, 또는 docker context의 TLS 파일을 확인하세요.',
    tlsFiles: '{host}의 Docker 엔진용 TLS 파일 {file}을(를) 읽을 수 없습니다.',
    sshMissing: '{host}의 Docker 엔진에 연결하기 위한 "ssh"를 시작할 수 없습니다.',
    sshHint:
      'OpenSSH 클라이언트를 설치하고, 터미널에서 "ssh {target} docker system dial-stdio"가 동작하는지 확인하세요.',
    sshFailedHint:
      '터미널에서 "ssh {target} docker system dial-stdio"가 동작하는지 확인하세요: 호스트 이름, 키, 그 컴퓨터의 Docker를 확인하세요.',
    hostInvalid: '"{host}"은(는) 올바른 엔진 주소가 아닙니다.',
    hostHint:
      'unix:///path/to/docker.sock, tcp://host:port, npipe:////./pipe/docker_engine 또는 ssh://user@host 형식을 쓰세요.',
    contextInvalid: 'docker context "{name}"을(를) 읽을 수 없습니다: {detail}.',
    contextHint: '"docker context ls"로 context 목록을 확인하거나 DOCKER_CONTEXT를 해제하세요.',
    versionTooOld: '{host}의 엔진은 Docker API {version}을(를) 사용하지만 Dockerfile Studio는 {min} 이상이 필요합니다.',
    versionTooOldHint: 'Docker(또는 Podman)를 최신 버전으로 업데이트하세요.',
    versionUnknown: '{host}의 서버가 Docker API 버전을 알려 주지 않았습니다: Docker 엔진이 맞나요?',
    versionRejected: '{host}의 엔진이 API 버전 {version}을(를) 거부했습니다: {detail}',
    http: 'Docker 엔진이 {status} 응답을 보냈습니다: {detail}',
    connectTimeout: '{host}의 Docker 엔진이 {seconds}초 안에 응답하지 않았습니다.',
    connectTimeoutHint:
      '엔진이 실행 중이고 멈춰 있지 않은지 확인하세요(필요하면 다시 시작하세요). 더 오래 기다리려면 "dockerfileStudio.engine.connectTimeout"을, CLI에서는 DFS_ENGINE_CONNECT_TIMEOUT(초)을 설정하세요.',
    responseTimeout: '{host}의 Docker 엔진이 {seconds}초 안에 {request}에 응답하기 시작하지 않았습니다.',
    responseTimeoutHint:
      '엔진이 멈췄거나 과부하 상태일 수 있습니다. 엔진을 확인하고(필요하면 다시 시작하고) 다시 시도하세요. 더 오래 기다리려면 "dockerfileStudio.engine.responseTimeout"을, CLI에서는 DFS_ENGINE_RESPONSE_TIMEOUT(초)을 설정하세요.',
    timeoutInvalid: '{name}은(는) "{value}"이(가) 아니라 초 단위 숫자여야 합니다.',
    timeoutInvalidHint: '예: {name}=30. 0이면 끝없이 기다립니다.',
    httpBare400: 'Docker 엔진이 {request}에 이유 없이 {status} 응답을 보냈습니다: 요청이 올바르지 않다고 판단했습니다.',
    httpBare401: 'Docker 엔진이 {request}에 이유 없이 {status} 응답을 보냈습니다: 인증 정보를 요구합니다.',
    httpBare403: 'Docker 엔진이 {request}에 이유 없이 {status} 응답을 보냈습니다: 이 요청을 허용하지 않습니다.',
    httpBare404:
      'Docker 엔진이 {request}에 이유 없이 {status} 응답을 보냈습니다: 요청이 가리키는 대상이 없습니다(또는 더 이상 없습니다).',
    httpBare409:
      'Docker 엔진이 {request}에 이유 없이 {status} 응답을 보냈습니다: 요청이 가리키는 대상이 이 요청을 받을 수 없는 상태입니다(이미 시작됨, 사용 중 또는 삭제 중).',
    httpBare500:
      'Docker 엔진이 {request}에 이유 없이 {status} 응답을 보냈습니다: 엔진 내부에서 실패했습니다. 엔진의 로그에 자세한 내용이 있을 수 있습니다(journalctl -u docker 또는 Podman 서비스 로그).',
    httpBareOther: 'Docker 엔진이 {request}에 이유 없이 {status} 응답을 보냈습니다.',
    sshFailed: 'ssh로 {host}의 Docker 엔진에 연결할 수 없습니다: {detail}',
    streamLost: '{host}의 Docker 엔진과의 연결이 끊어졌습니다: {detail}.',
    streamLostHint: '엔진이 멈췄거나 다시 시작되었을 수 있습니다. 실행 중인지 확인한 뒤 다시 시도하세요.',
    cancelled: '취소되었습니다.',
    protocol: '{host}의 Docker 엔진이 Dockerfile Studio가 이해할 수 없는 응답을 보냈습니다: {detail}.',
    lineTooLong:
      'Docker 엔진이 {limit}을(를) 넘도록 끝나지 않는 JSON 줄을 보내서 Dockerfile Studio가 읽기를 멈췄습니다.',
    lineTooLongHint:
      '엔진이나 엔진과 Dockerfile Studio 사이의 무언가가 잘못 동작하고 있습니다. 엔진을 다시 시작한 뒤 다시 시도하세요.',
    needsBuildKit:
      '이 Dockerfile은 BuildKit에서만 지원되는 {features}을(를) 사용하지만, 빌드는 classic 빌더를 사용합니다({reason}).',
    needsBuildKitHint:
      '"buildkit" 빌더를 선택하거나("dockerfileStudio.builder" 설정), 해당 줄을 이 기능 없이 다시 작성하세요.',
    reasonClassicChosen: 'classic 빌더가 선택됨',
    reasonPodman: 'Podman은 BuildKit이 없는 Buildah로 빌드함',
    reasonEngine: '이 엔진은 BuildKit을 제공하지 않음',
    buildKitUnavailable: 'BuildKit 빌더를 요청했지만 쓸 수 없습니다({reason}).',
    buildFailed: '빌드에 실패했습니다: {detail}',
  },
);

export type MessageId = keyof typeof engineMessages.en;

/** Picks the locale: the one passed in, else DFS_LOCALE / LC_ALL / LC_MESSAGES / LANG from the environment. */
export function resolveLocale(locale?: string, env: NodeJS.ProcessEnv = process.env): EngineLocale {
  return localeOf(locale ?? environmentLocale(env));
}

export function formatMessage(id: MessageId, params: Record<string, string> = {}, locale?: string): string {
  return translate(engineMessages, resolveLocale(locale), id, redactParams(params));
}
