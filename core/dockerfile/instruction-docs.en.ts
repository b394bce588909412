// Our own short, beginner-friendly docs for every instruction, in English and Korean, with a completion snippet.

export interface InstructionDoc {
  keyword: string;
  /** The usual shape, shown in hover. */
  syntax: string;
  /** LSP snippet for the whole instruction, inserted by completion. */
  snippet: string;
  en: string;
  ko: string;
}

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

export function instructionUrl(keyword: string): string {
  return `${REFERENCE}#${keyword.toLowerCase()}`;
}

export const INSTRUCTION_DOCS: readonly InstructionDoc[] = [
  {
    keyword: 'FROM',
    syntax: 'FROM [--platform=<platform>] <image>[:<tag>] [AS <name>]',
    snippet: 'FROM ${1:alpine}:${2:latest}',
    en: 'Starts a new build stage from a base image. Every Dockerfile needs at least one. Name the stage with `AS name` to copy files out of it later.',
    ko: '기반 이미지에서 새 빌드 단계를 시작합니다. 모든 Dockerfile에 하나 이상 있어야 합니다. `AS 이름` 으로 단계에 이름을 붙이면 나중에 그 단계에서 파일을 복사할 수 있습니다.',
  },
  {
    keyword: 'RUN',
    syntax: 'RUN <command>  |  RUN ["executable", "arg"…]',
    snippet: 'RUN ${1:command}',
    en: 'Runs a command while the image is being built and saves the result as a new layer, e.g. installing packages.',
    ko: '이미지를 만드는 동안 명령을 실행하고 그 결과를 새 레이어로 저장합니다. 예: 패키지 설치.',
  },
  {
    keyword: 'CMD',
    syntax: 'CMD ["executable", "arg"…]  |  CMD command arg…',
    snippet: 'CMD ["${1:executable}"${2:, "${3:arg}"}]',
    en: 'The default command a container runs when it starts. Only the last CMD of a stage counts; `docker run image cmd…` replaces it.',
    ko: '컨테이너가 시작될 때 실행할 기본 명령입니다. 한 단계에서는 마지막 CMD만 적용되며, `docker run 이미지 명령…` 으로 바꿀 수 있습니다.',
  },
  {
    keyword: 'LABEL',
    syntax: 'LABEL <key>=<value> [<key>=<value>…]',
    snippet: 'LABEL ${1:key}="${2:value}"',
    en: 'Adds metadata (key/value pairs) to the image, such as a version or a maintainer contact.',
    ko: '이미지에 버전이나 관리자 연락처 같은 메타데이터(키/값)를 붙입니다.',
  },
  {
    keyword: 'MAINTAINER',
    syntax: 'MAINTAINER <name>',
    snippet: 'MAINTAINER ${1:name}',
    en: 'Deprecated: sets the image author. Use `LABEL org.opencontainers.image.authors="…"` instead.',
    ko: '더 이상 쓰지 않는 명령입니다. 대신 `LABEL org.opencontainers.image.authors="…"` 를 쓰세요.',
  },
  {
    keyword: 'EXPOSE',
    syntax: 'EXPOSE <port>[/<protocol>]…',
    snippet: 'EXPOSE ${1:80}',
    en: 'Documents the ports the container listens on. It does not publish them: use `docker run -p` for that.',
    ko: '컨테이너가 사용하는 포트를 알려 줍니다. 포트를 실제로 열지는 않으므로 `docker run -p` 를 함께 쓰세요.',
  },
  {
    keyword: 'ENV',
    syntax: 'ENV <key>=<value> [<key>=<value>…]',
    snippet: 'ENV ${1:KEY}=${2:value}',
    en: 'Sets environment variables for the following instructions and for containers run from the image.',
    ko: '이후 명령과 이 이미지로 실행하는 컨테이너에 적용할 환경 변수를 정합니다.',
  },
  {
    keyword: 'ADD',
    syntax: 'ADD [--chown=…] <src>… <dest>',
    snippet: 'ADD ${1:source} ${2:destination}',
    en: 'Copies files, URLs or Git repositories into the image and unpacks local tar archives. Prefer COPY for plain files.',
    ko: '파일, URL, Git 저장소를 이미지에 복사하고 로컬 tar 압축 파일은 풀어 줍니다. 일반 파일은 COPY를 권장합니다.',
  },
  {
    keyword: 'COPY',
    syntax: 'COPY [--from=<stage>] [--chown=…] <src>… <dest>',
    snippet: 'COPY ${1:source} ${2:destination}',
    en: 'Copies files from the build context (or from another stage with `--from`) into the image.',
    ko: '빌드 컨텍스트(또는 `--from` 으로 지정한 다른 단계)의 파일을 이미지로 복사합니다.',
  },
  {
    keyword: 'ENTRYPOINT',
    syntax: 'ENTRYPOINT ["executable", "arg"…]',
    snippet: 'ENTRYPOINT ["${1:executable}"]',
    en: 'The program the container always runs; CMD then supplies its default arguments. Use the JSON form so signals reach it.',
    ko: '컨테이너가 항상 실행하는 프로그램입니다. CMD는 이 프로그램의 기본 인자가 됩니다. 신호가 전달되도록 JSON 형식을 쓰세요.',
  },
  {
    keyword: 'VOLUME',
    syntax: 'VOLUME ["/path"…]',
    snippet: 'VOLUME ["${1:/data}"]',
    en: 'Marks a directory as a volume, so its data lives outside the container’s writable layer.',
    ko: '디렉터리를 볼륨으로 지정해 데이터가 컨테이너의 쓰기 레이어 밖에 저장되게 합니다.',
  },
  {
    keyword: 'USER',
    syntax: 'USER <user>[:<group>]',
    snippet: 'USER ${1:user}',
    en: 'Sets the user (and group) for the following RUN, CMD and ENTRYPOINT. Running as a non-root user is safer.',
    ko: '이후 RUN, CMD, ENTRYPOINT를 실행할 사용자(와 그룹)를 정합니다. root가 아닌 사용자로 실행하는 것이 더 안전합니다.',
  },
  {
    keyword: 'WORKDIR',
    syntax: 'WORKDIR /path',
    snippet: 'WORKDIR ${1:/app}',
    en: 'Sets the working directory for the following instructions, creating it if needed. Use an absolute path.',
    ko: '이후 명령의 작업 디렉터리를 정하고, 없으면 만듭니다. 절대 경로를 쓰세요.',
  },
  {
    keyword: 'ARG',
    syntax: 'ARG <name>[=<default>]',
    snippet: 'ARG ${1:NAME}${2:=${3:default}}',
    en: 'Declares a build argument that `docker build --build-arg name=value` can set. It exists only while building.',
    ko: '`docker build --build-arg 이름=값` 으로 넘길 수 있는 빌드 인자를 선언합니다. 빌드하는 동안에만 존재합니다.',
  },
  {
    keyword: 'ONBUILD',
    syntax: 'ONBUILD <INSTRUCTION>',
    snippet: 'ONBUILD ${1:INSTRUCTION}',
    en: 'Registers an instruction that runs later, when another image uses this one as its base.',
    ko: '다른 이미지가 이 이미지를 기반으로 빌드될 때 나중에 실행할 명령을 등록합니다.',
  },
  {
    keyword: 'STOPSIGNAL',
    syntax: 'STOPSIGNAL <signal>',
    snippet: 'STOPSIGNAL ${1:SIGTERM}',
    en: 'The signal `docker stop` sends to ask the container to exit.',
    ko: '`docker stop` 이 컨테이너를 종료하도록 보내는 신호입니다.',
  },
  {
    keyword: 'HEALTHCHECK',
    syntax: 'HEALTHCHECK [--interval=…] CMD <command>  |  HEALTHCHECK NONE',
    snippet: 'HEALTHCHECK --interval=${1:30s} CMD ${2:command}',
    en: 'Tells Docker how to test that the container still works. `NONE` turns off a check inherited from the base image.',
    ko: '컨테이너가 정상 동작하는지 검사하는 방법을 알려 줍니다. `NONE` 은 기반 이미지에서 물려받은 검사를 끕니다.',
  },
  {
    keyword: 'SHELL',
    syntax: 'SHELL ["executable", "parameters"]',
    snippet: 'SHELL ["${1:/bin/sh}", "${2:-c}"]',
    en: 'Changes the shell used by the shell form of RUN, CMD and ENTRYPOINT (default `["/bin/sh", "-c"]`).',
    ko: 'RUN, CMD, ENTRYPOINT의 셸 형식이 사용하는 셸을 바꿉니다 (기본값 `["/bin/sh", "-c"]`).',
  },
];

const byKeyword = new Map(INSTRUCTION_DOCS.map((doc) => [doc.keyword, doc]));

export function instructionDoc(keyword: string): InstructionDoc | undefined {
  return byKeyword.get(keyword.toUpperCase());
}
