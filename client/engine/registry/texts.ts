// The engine catalog's texts about registries, credentials, pulls and build sessions (secrets, SSH), in English and
// Korean. messages.ts spreads them into the engine catalog, so that EngineError carries them like any other.

export const registryTexts = {
  en: {
    registryAuth: 'The registry {registry} refused access: {detail}',
    registryAuthHint: 'Log in with "docker login {registry}" (or check its entry in {config}), then try again.',
    dockerConfigInvalid: 'The docker configuration {config} cannot be read: {detail}.',
    dockerConfigHint: 'Fix or remove that file (or point DOCKER_CONFIG at another folder), then try again.',
    credentialHelperMissing: 'The credential helper "docker-credential-{helper}" named in {config} is not installed.',
    credentialHelperHint:
      'Install docker-credential-{helper} (it must be on PATH), or remove it from "credsStore"/"credHelpers" in {config}.',
    credentialHelperFailed: 'The credential helper "docker-credential-{helper}" failed for {registry}: {detail}',
    pullFailed: 'Pulling {image} failed: {detail}',
    pullNever: 'The image {image} is not here, and pulling is turned off ({option}).',
    pullNeverHint: 'Pull it first ("docker pull {image}"), or allow pulls of missing images (--pull=missing).',
    sessionNeeded:
      'This build needs a BuildKit session for {features}, but the engine at {host} does not offer one ({reason}).',
    sessionNeededHint: 'Build on a Docker engine with BuildKit (Docker 18.09 or newer), or leave out {features}.',
    secretUnreadable: 'The secret "{id}" cannot be read from {source}: {detail}.',
    secretEnvMissing: 'The secret "{id}" comes from the environment variable {variable}, which is not set.',
    secretHint: 'Check the --secret option: id=NAME,src=FILE or id=NAME,env=VARIABLE.',
    sshAgentMissing:
      'SSH forwarding ("{id}") needs a running ssh-agent, but SSH_AUTH_SOCK is not set in this environment.',
    sshAgentHint: 'Start an agent (eval "$(ssh-agent)" and ssh-add), or give a key or socket: --ssh {id}=PATH.',
    sshPathUnusable: 'SSH forwarding ("{id}") cannot use {path}: {detail}.',
  },
  ko: {
    registryAuth: '레지스트리 {registry}이(가) 접근을 거부했습니다: {detail}',
    registryAuthHint: '"docker login {registry}" 명령으로 로그인하거나 {config}의 항목을 확인한 뒤 다시 시도하세요.',
    dockerConfigInvalid: 'docker 설정 파일 {config}을(를) 읽을 수 없습니다: {detail}.',
    dockerConfigHint: '그 파일을 고치거나 지우고(또는 DOCKER_CONFIG를 다른 폴더로 지정하고) 다시 시도하세요.',
    credentialHelperMissing:
      '{config}에 지정된 자격 증명 도우미 "docker-credential-{helper}"이(가) 설치되어 있지 않습니다.',
    credentialHelperHint:
      'docker-credential-{helper}을(를) 설치하거나(PATH에 있어야 합니다) {config}의 "credsStore"/"credHelpers"에서 지우세요.',
    credentialHelperFailed:
      '자격 증명 도우미 "docker-credential-{helper}"이(가) {registry}에 대해 실패했습니다: {detail}',
    pullFailed: '{image}을(를) 받지 못했습니다: {detail}',
    pullNever: '이미지 {image}이(가) 로컬에 없고, 이미지 받기가 꺼져 있습니다({option}).',
    pullNeverHint: '먼저 받거나("docker pull {image}") 없는 이미지 받기를 허용하세요(--pull=missing).',
    sessionNeeded:
      '이 빌드는 {features}에 BuildKit 세션이 필요하지만 {host}의 엔진은 세션을 제공하지 않습니다({reason}).',
    sessionNeededHint: 'BuildKit이 있는 Docker 엔진(Docker 18.09 이상)에서 빌드하거나 {features}을(를) 빼세요.',
    secretUnreadable: '시크릿 "{id}"을(를) {source}에서 읽을 수 없습니다: {detail}.',
    secretEnvMissing: '시크릿 "{id}"은(는) 환경 변수 {variable}에서 가져오는데, 이 변수가 설정되어 있지 않습니다.',
    secretHint: '--secret 옵션을 확인하세요: id=NAME,src=FILE 또는 id=NAME,env=VARIABLE.',
    sshAgentMissing:
      'SSH 전달("{id}")에는 실행 중인 ssh-agent가 필요하지만, 이 환경에는 SSH_AUTH_SOCK이 설정되어 있지 않습니다.',
    sshAgentHint: '에이전트를 시작하거나(eval "$(ssh-agent)" 후 ssh-add) 키나 소켓을 지정하세요: --ssh {id}=PATH.',
    sshPathUnusable: 'SSH 전달("{id}")에 {path}을(를) 쓸 수 없습니다: {detail}.',
  },
} as const;
