// 명령어, 옵션, 파서 지시어마다 초보자를 위한 짧은 한국어 설명. 키는 instruction-docs.en.ts와 같다.
import type { InstructionDocKey } from './instructions';

const chown = '복사한 파일의 소유자(사용자와 그룹)를 정합니다. Linux 이미지에서만 쓸 수 있습니다.';
const chmod = '복사한 파일의 권한을 정합니다. 예: `0755`.';
const link = '파일을 독립된 레이어로 복사해, 베이스 이미지가 바뀌어도 이 레이어를 다시 만들지 않습니다.';
const exclude = '패턴과 일치하는 원본 경로는 복사하지 않습니다. 여러 번 쓸 수 있습니다.';

export const ko: Readonly<Record<InstructionDocKey, string>> = {
  FROM: '베이스 이미지에서 새 빌드 스테이지를 시작합니다. 모든 Dockerfile에 하나 이상 있어야 합니다. `AS 이름`으로 스테이지에 이름을 붙이면 나중에 그 스테이지에서 파일을 복사할 수 있습니다.',
  'flag.FROM.platform': '베이스 이미지의 플랫폼입니다. 예: `linux/arm64`, `$BUILDPLATFORM`.',
  RUN: '이미지를 만드는 동안 명령을 실행하고 그 결과를 새 레이어로 저장합니다. 예: 패키지 설치.',
  'flag.RUN.mount':
    '이 명령이 실행되는 동안에만 마운트합니다. `cache`(다운로드처럼 빌드 사이에 남겨 두는 폴더), `bind`(빌드 컨텍스트나 다른 스테이지의 파일, 기본은 읽기 전용), `tmpfs`(메모리에 만드는 빈 폴더), `secret`, `ssh`를 쓸 수 있습니다. 여러 번 쓸 수 있습니다.',
  'flag.RUN.network':
    '명령이 쓸 네트워크입니다. `default`는 기본 네트워크, `none`은 네트워크 없음, `host`는 호스트 네트워크입니다(`host`는 빌더가 허용해야 합니다).',
  'flag.RUN.security':
    '`insecure`는 추가 권한으로 명령을 실행합니다(빌더가 허용해야 합니다). 기본값은 `sandbox`입니다.',
  CMD: '컨테이너가 시작될 때 실행할 기본 명령입니다. 한 스테이지에서는 마지막 CMD만 적용되며, `docker run 이미지 명령…`으로 바꿀 수 있습니다. JSON 형식(`["echo", "hello"]`)으로 쓰세요. 셸 형식은 `/bin/sh`를 거쳐 실행되는데, 셸은 `docker stop`이 보내는 시그널을 프로그램에 전달하지 않아 제한 시간이 지난 뒤 컨테이너가 강제로 종료됩니다.',
  LABEL: '이미지에 버전이나 관리자 연락처 같은 메타데이터(키/값)를 붙입니다.',
  MAINTAINER:
    '더 이상 쓰지 않는 명령어입니다. 예전에는 이미지 메타데이터에 작성자를 기록했습니다. 대신 도구들이 같은 방식으로 읽는 레이블을 쓰세요: `LABEL org.opencontainers.image.authors="…"`.',
  EXPOSE: '컨테이너가 사용하는 포트를 알려 줍니다. 포트를 실제로 열지는 않으므로 `docker run -p`를 함께 쓰세요.',
  ENV: '이후 명령어와 이 이미지로 실행하는 컨테이너에 적용할 환경 변수를 정합니다.',
  ADD: '파일, URL, Git 저장소를 이미지에 복사하고 로컬 tar 압축 파일은 풀어 줍니다. 일반 파일은 COPY를 권장합니다.',
  'flag.ADD.chown': chown,
  'flag.ADD.chmod': chmod,
  'flag.ADD.link': link,
  'flag.ADD.keep-git-dir': 'Git 저장소를 추가할 때 `.git` 디렉터리를 남깁니다.',
  'flag.ADD.checksum': '원격 파일을 이 체크섬으로 검증합니다. 예: `sha256:…`.',
  'flag.ADD.unpack':
    'tar 압축 파일을 풀지 정합니다. `--unpack`은 URL에서 내려받은 압축 파일을 풀고, `--unpack=false`는 로컬 압축 파일을 풀지 않고 그대로 둡니다.',
  'flag.ADD.exclude': exclude,
  COPY: '빌드 컨텍스트(`docker build`에 넘긴 폴더에서 `.dockerignore`로 뺀 것을 제외한 파일)나 `--from`으로 지정한 다른 스테이지의 파일을 이미지로 복사합니다.',
  'flag.COPY.from': '빌드 컨텍스트 대신 빌드 스테이지(이름이나 번호) 또는 이미지에서 복사합니다.',
  'flag.COPY.chown': chown,
  'flag.COPY.chmod': chmod,
  'flag.COPY.link': link,
  'flag.COPY.parents':
    '원본 경로의 상위 디렉터리 구조를 대상 아래에 그대로 둡니다. `a/b/c.txt`는 `<대상>/a/b/c.txt`에 복사됩니다.',
  'flag.COPY.exclude': exclude,
  ENTRYPOINT:
    '컨테이너가 항상 실행하는 프로그램입니다. CMD는 이 프로그램의 기본 인자가 됩니다. JSON 형식(`["/app", "--serve"]`)으로 쓰세요. 셸 형식은 `/bin/sh`를 거쳐 실행되어 `docker stop`의 시그널이 프로그램에 닿지 않습니다.',
  VOLUME:
    '디렉터리를 볼륨으로 지정합니다. 데이터가 컨테이너의 쓰기 레이어 밖에 저장되므로 컨테이너를 삭제해도 남고, 다른 컨테이너와 함께 쓸 수도 있습니다.',
  USER: '이후 RUN, CMD, ENTRYPOINT를 실행할 사용자(와 그룹)를 정합니다. root가 아닌 사용자로 실행하는 것이 더 안전합니다.',
  WORKDIR: '이후 명령어의 작업 디렉터리를 정하고, 없으면 만듭니다. 절대 경로를 쓰세요.',
  ARG: '`docker build --build-arg 이름=값`으로 넘길 수 있는 빌드 인자를 선언합니다. 빌드하는 동안에만 존재합니다.',
  ONBUILD:
    '지금은 실행하지 않을 명령어를 등록합니다. 이 명령어는 나중에 다른 Dockerfile이 이 이미지를 베이스 이미지로 쓸 때, 그 Dockerfile의 FROM 줄 바로 다음에 실행됩니다.',
  STOPSIGNAL: '`docker stop`이 컨테이너를 종료하도록 보내는 시그널입니다.',
  HEALTHCHECK:
    '컨테이너가 정상 동작하는지 검사하는 방법을 알려 줍니다. `NONE`은 베이스 이미지에서 물려받은 검사를 끕니다.',
  'flag.HEALTHCHECK.interval': '검사 사이의 간격입니다(기본 30s).',
  'flag.HEALTHCHECK.timeout': '검사가 이 시간보다 오래 걸리면 실패로 봅니다(기본 30s).',
  'flag.HEALTHCHECK.start-period': '시작 직후 실패를 세지 않는 유예 시간입니다(기본 0s).',
  'flag.HEALTHCHECK.start-interval': '유예 시간 동안의 검사 간격입니다(기본 5s).',
  'flag.HEALTHCHECK.retries':
    '검사가 연속으로 이만큼 실패하면 컨테이너를 unhealthy(비정상) 상태로 표시합니다(기본 3). `docker ps`에서 상태를 볼 수 있고, 오케스트레이터는 이 상태를 보고 컨테이너를 다시 시작하거나 교체할 수 있습니다.',
  SHELL: 'RUN, CMD, ENTRYPOINT의 셸 형식이 사용하는 셸을 바꿉니다(기본값 `["/bin/sh", "-c"]`).',
  'directive.syntax': 'BuildKit이 이 파일에 사용할 Dockerfile 프런트엔드(문법 버전)를 고릅니다.',
  'directive.escape': '이스케이프 및 줄 이음 문자입니다. `\\`(기본) 또는 `` ` ``(Windows에서 편리)를 쓸 수 있습니다.',
  'directive.check':
    '빌드 검사를 설정합니다. `skip=A,B`는 규칙을 끄고, `error=true`는 경고가 있으면 빌드를 실패시킵니다.',
};
