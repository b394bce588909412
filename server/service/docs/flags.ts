// The flags each instruction accepts, with short docs in English and Korean.

export interface FlagDoc {
  name: string;
  /** Inserted after `--name=` by completion; empty for a flag that takes no value. */
  valueSnippet: string;
  en: string;
  ko: string;
}

const flag = (name: string, valueSnippet: string, en: string, ko: string): FlagDoc => ({ name, valueSnippet, en, ko });

const chown = flag(
  'chown',
  '${1:user}:${2:group}',
  'Owner (user and group) of the copied files. Linux images only.',
  '복사한 파일의 소유자(사용자와 그룹)를 정합니다. Linux 이미지에서만 쓸 수 있습니다.',
);
const chmod = flag(
  'chmod',
  '${1:0644}',
  'Permissions of the copied files, e.g. `0755`.',
  '복사한 파일의 권한을 정합니다. 예: `0755`.',
);
const link = flag(
  'link',
  '',
  'Copies into an independent layer, so changing the base image does not invalidate it.',
  '파일을 독립된 레이어로 복사해, 기반 이미지가 바뀌어도 이 레이어를 다시 만들지 않습니다.',
);
const exclude = flag(
  'exclude',
  '${1:pattern}',
  'Skips source paths matching the pattern.',
  '패턴과 일치하는 원본 경로는 복사하지 않습니다.',
);

export const FLAG_DOCS: Readonly<Record<string, readonly FlagDoc[]>> = {
  FROM: [
    flag(
      'platform',
      '${1:linux/amd64}',
      'Platform of the base image, e.g. `linux/arm64` or `$BUILDPLATFORM`.',
      '기반 이미지의 플랫폼입니다. 예: `linux/arm64`, `$BUILDPLATFORM`.',
    ),
  ],
  RUN: [
    flag(
      'mount',
      'type=${1|cache,bind,secret,ssh,tmpfs|},target=${2:/path}',
      'Mounts a cache, secret, SSH agent, bind or tmpfs only while this command runs.',
      '이 명령이 실행되는 동안에만 캐시, 비밀값, SSH 에이전트, 바인드, tmpfs를 마운트합니다.',
    ),
    flag(
      'network',
      '${1|default,none,host|}',
      'Network for the command: `none` cuts it off, `host` uses the host’s.',
      '명령이 쓸 네트워크입니다. `none` 은 네트워크를 끊고 `host` 는 호스트 네트워크를 씁니다.',
    ),
    flag(
      'security',
      '${1|sandbox,insecure|}',
      '`insecure` runs the command with extra privileges (needs the builder’s permission).',
      '`insecure` 는 추가 권한으로 명령을 실행합니다 (빌더에서 허용해야 합니다).',
    ),
  ],
  COPY: [
    flag(
      'from',
      '${1:stage}',
      'Copies from a build stage (by name or number) or an image instead of the build context.',
      '빌드 컨텍스트 대신 빌드 단계(이름이나 번호) 또는 이미지에서 복사합니다.',
    ),
    chown,
    chmod,
    link,
    flag(
      'parents',
      '',
      'Keeps the parent directories of the source paths.',
      '원본 경로의 상위 디렉터리 구조를 유지합니다.',
    ),
    exclude,
  ],
  ADD: [
    chown,
    chmod,
    link,
    flag(
      'keep-git-dir',
      '',
      'Keeps the `.git` directory when adding a Git repository.',
      'Git 저장소를 추가할 때 `.git` 디렉터리를 남깁니다.',
    ),
    flag(
      'checksum',
      '${1:sha256:…}',
      'Verifies a remote file against this checksum.',
      '원격 파일을 이 체크섬으로 검증합니다.',
    ),
    exclude,
  ],
  HEALTHCHECK: [
    flag('interval', '${1:30s}', 'Time between checks (default 30s).', '검사 사이의 간격입니다 (기본 30s).'),
    flag(
      'timeout',
      '${1:30s}',
      'A check taking longer than this fails (default 30s).',
      '검사가 이 시간보다 오래 걸리면 실패로 봅니다 (기본 30s).',
    ),
    flag(
      'start-period',
      '${1:0s}',
      'Grace time after start during which failures do not count.',
      '시작 직후 실패를 세지 않는 유예 시간입니다.',
    ),
    flag(
      'start-interval',
      '${1:5s}',
      'Time between checks during the start period.',
      '유예 시간 동안의 검사 간격입니다.',
    ),
    flag(
      'retries',
      '${1:3}',
      'Consecutive failures before the container is unhealthy (default 3).',
      '연속으로 이만큼 실패하면 컨테이너를 unhealthy로 봅니다 (기본 3).',
    ),
  ],
};

export function flagDoc(keyword: string, name: string): FlagDoc | undefined {
  return FLAG_DOCS[keyword.toUpperCase()]?.find((doc) => doc.name === name);
}

export const DIRECTIVE_DOCS: readonly { name: string; snippet: string; en: string; ko: string }[] = [
  {
    name: 'syntax',
    snippet: 'docker/dockerfile:1',
    en: 'Chooses the Dockerfile frontend (syntax version) BuildKit uses for this file.',
    ko: 'BuildKit이 이 파일에 사용할 Dockerfile 프런트엔드(문법 버전)를 고릅니다.',
  },
  {
    name: 'escape',
    snippet: '`',
    en: 'The escape and line-continuation character: `\\` (default) or `` ` `` (handy on Windows).',
    ko: '이스케이프 및 줄 이음 문자입니다: `\\` (기본) 또는 `` ` `` (Windows에서 편리).',
  },
  {
    name: 'check',
    snippet: 'skip=${1:RuleName}',
    en: 'Configures build checks: `skip=A,B` turns rules off, `error=true` makes warnings fail the build.',
    ko: '빌드 검사를 설정합니다: `skip=A,B` 는 규칙을 끄고, `error=true` 는 경고가 있으면 빌드를 실패시킵니다.',
  },
];
