// The texts of `dockerfile-studio build` (the shared ones, such as usage mistakes, are in messages.ts).
import { defineCatalog, translator } from '../../core/l10n';

export const buildMessages = defineCatalog(
  'cli-build',
  {
    usage:
      'Usage: dockerfile-studio build [OPTIONS] CONTEXT\n\n' +
      'Builds an image from a Dockerfile through the Docker Engine API (Docker or Podman). CONTEXT is the folder whose\n' +
      'files the Dockerfile can COPY; .dockerignore leaves files out. The steps are shown on stderr as they run, and the\n' +
      'image ID is printed alone as the last line of stdout.\n\n' +
      'Options:\n' +
      '  -t, --tag NAME[:TAG]       name the image; repeat it for more names\n' +
      '  -f, --file DOCKERFILE      the Dockerfile to build (default: CONTEXT/Dockerfile), from the current folder\n' +
      "      --build-arg KEY=VALUE  set a build argument (KEY alone passes our environment's value); repeatable\n" +
      '      --target STAGE         build up to this stage only\n' +
      '      --network MODE         the network of RUN instructions: default, none, host or a network name\n' +
      '      --builder KIND         auto, buildkit or classic (default: auto, BuildKit when the engine has it)\n' +
      '      --no-cache             run every step again instead of reusing cached layers\n' +
      '      --pull POLICY          base images: missing (pull those not here, the default), always, or never\n' +
      '      --platform OS/ARCH     build for this platform, for example linux/arm64\n' +
      '      --label KEY=VALUE      add a label to the image; repeatable\n' +
      '      --cache-from IMAGE     reuse the layers of this image as cache; repeatable\n' +
      '      --secret id=ID,src=FILE|env=VARIABLE\n' +
      '                             give RUN --mount=type=secret,id=ID a secret (BuildKit); never stored in the image\n' +
      '      --ssh default|ID=PATH  forward your ssh-agent (SSH_AUTH_SOCK), or an agent socket or key files, to\n' +
      '                             RUN --mount=type=ssh (BuildKit)\n' +
      '  -H, --host ADDRESS         the engine to use (default: DOCKER_HOST, the docker context, or the local socket)\n' +
      '{common}\n\n' +
      'Exit status: 0 when the image was built, 1 when the build failed, 2 when the context, the engine or the command\n' +
      'line has a problem, 125 when a -t name is not a valid image name (as docker), 130 when the build was cancelled\n' +
      '(Ctrl-C).\n',
    oneContext: 'give exactly one build context folder, for example "." or "./app".',
    badBuildArg: '--build-arg needs KEY=VALUE (or KEY, to take its value from the environment), not "{value}".',
    badSecret: '--secret needs id=ID,src=FILE or id=ID,env=VARIABLE, not "{value}".',
    badSsh: '--ssh needs default, ID or ID=PATH[,PATH], not "{value}".',
    failedAt: 'The build failed at {file}:{line}: {detail}',
    built: 'Built {id} in {duration}',
    badTag: '-t {tag} is not a valid image name. {problem}',
  },
  {
    usage:
      '사용법: dockerfile-studio build [옵션] CONTEXT\n\n' +
      'Docker Engine API(Docker 또는 Podman)로 Dockerfile에서 이미지를 빌드합니다. CONTEXT는 Dockerfile이 COPY할 수 있는\n' +
      '파일이 든 폴더이며, .dockerignore에 적은 파일은 빠집니다. 빌드 단계는 진행되는 대로 stderr에 보여 주고, 이미지 ID는\n' +
      'stdout의 마지막 줄에 단독으로 출력합니다.\n\n' +
      '옵션:\n' +
      '  -t, --tag NAME[:TAG]       이미지에 이름을 붙입니다. 이름을 더 붙이려면 반복하세요\n' +
      '  -f, --file DOCKERFILE      빌드할 Dockerfile(기본값: CONTEXT/Dockerfile). 경로는 현재 폴더 기준입니다\n' +
      '      --build-arg KEY=VALUE  빌드 인자를 설정합니다(KEY만 쓰면 현재 환경 변수 값을 넘깁니다). 반복할 수 있습니다\n' +
      '      --target STAGE         이 스테이지까지만 빌드합니다\n' +
      '      --network MODE         RUN 명령어의 네트워크: default, none, host 또는 네트워크 이름\n' +
      '      --builder KIND         auto, buildkit 또는 classic(기본값: auto. 엔진에 BuildKit이 있으면 BuildKit)\n' +
      '      --no-cache             캐시된 레이어를 다시 쓰지 않고 모든 단계를 다시 실행합니다\n' +
      '      --pull POLICY          베이스 이미지: missing(로컬에 없는 것만 받기, 기본값), always 또는 never\n' +
      '      --platform OS/ARCH     이 플랫폼용으로 빌드합니다(예: linux/arm64)\n' +
      '      --label KEY=VALUE      이미지에 레이블을 붙입니다. 반복할 수 있습니다\n' +
      '      --cache-from IMAGE     이 이미지의 레이어를 캐시로 씁니다. 반복할 수 있습니다\n' +
      '      --secret id=ID,src=FILE|env=VARIABLE\n' +
      '                             RUN --mount=type=secret,id=ID에 시크릿을 줍니다(BuildKit). 이미지에는 남지 않습니다\n' +
      '      --ssh default|ID=PATH  ssh-agent(SSH_AUTH_SOCK) 또는 에이전트 소켓이나 키 파일을\n' +
      '                             RUN --mount=type=ssh에 전달합니다(BuildKit)\n' +
      '  -H, --host ADDRESS         사용할 엔진(기본값: DOCKER_HOST, docker context 또는 로컬 소켓)\n' +
      '{common}\n\n' +
      '종료 코드: 이미지를 빌드하면 0, 빌드에 실패하면 1, 컨텍스트나 엔진 또는 명령줄에 문제가 있으면 2,\n' +
      '-t 이름이 올바른 이미지 이름이 아니면 125(docker와 같음), 빌드를 취소하면(Ctrl-C) 130입니다.\n',
    oneContext: '빌드 컨텍스트 폴더를 하나만 지정하세요(예: "." 또는 "./app").',
    badBuildArg:
      '--build-arg에는 KEY=VALUE(또는 환경 변수에서 값을 가져올 KEY)를 주세요. "{value}"은(는) 쓸 수 없습니다.',
    badSecret: '--secret에는 id=ID,src=FILE 또는 id=ID,env=VARIABLE을 주세요. "{value}"은(는) 쓸 수 없습니다.',
    badSsh: '--ssh에는 default, ID 또는 ID=PATH[,PATH]를 주세요. "{value}"은(는) 쓸 수 없습니다.',
    failedAt: '{file}:{line}에서 빌드에 실패했습니다: {detail}',
    built: '{id} 빌드 완료({duration})',
    badTag: '-t {tag}은(는) 올바른 이미지 이름이 아닙니다. {problem}',
  },
);

export const buildText = translator(buildMessages);
