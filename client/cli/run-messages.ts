// The texts of `dockerfile-studio run` (the shared ones, such as usage mistakes, are in messages.ts).
import { defineCatalog, translator } from '../../core/l10n';

export const runMessages = defineCatalog(
  'cli-run',
  {
    usage:
      'Usage: dockerfile-studio run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\n' +
      'Runs a container from IMAGE (a tag, an ID or an ID prefix), streams its output and exits with its exit code.\n' +
      'The container is removed when it ends, unless --keep is given. Ctrl-C stops and removes it; a third Ctrl-C kills\n' +
      'it at once.\n' +
      'Options come before IMAGE: what follows IMAGE is the command and its own options.\n\n' +
      'Options:\n' +
      '      --rm                   remove the container when it ends (the default)\n' +
      '      --keep                 keep the container when it ends\n' +
      '  -e, --env NAME=VALUE       set an environment variable (NAME alone passes ours)\n' +
      '  -p, --publish HOST:CTR     publish a container port, e.g. 8080:80 or 127.0.0.1:8080:80/tcp\n' +
      '  -v, --volume SRC:DST       mount a host path or a named volume\n' +
      '      --network NAME         network: default, none, host or a network name\n' +
      '  -l, --label KEY=VALUE      label the container\n' +
      '  -i, --interactive          send our stdin to the container\n' +
      '  -t, --tty                  give the container a terminal (-it from a terminal: an interactive session)\n' +
      '      --ulimit NAME=S[:H]    set a resource limit, e.g. nofile=1024:2048\n' +
      '      --stop-timeout SECS    seconds between SIGTERM and SIGKILL when stopping (default 10)\n' +
      '      --pull POLICY          pull IMAGE: missing (when not here, the default), always, or never\n' +
      '  -H, --host ADDRESS         the engine to use (default: DOCKER_HOST, the docker context, or the local socket)\n' +
      '{common}\n\n' +
      'Environment: DOCKER_HOST and the docker context, read as docker reads them; DFS_ENGINE_CONNECT_TIMEOUT\n' +
      '({connect}) and DFS_ENGINE_RESPONSE_TIMEOUT ({response}), the seconds to wait for an engine that does not\n' +
      'answer (0: for ever).\n\n' +
      "Exit status: the container's own exit code; 125 when the engine or the command line has a problem, 126 when\n" +
      'the command cannot be run, 127 when it is not found, 130 when the run was cancelled.\n',
    missingImage: 'which image should run? Give an image name or ID, e.g. dockerfile-studio run my/app:1.0',
    badEnv: 'invalid environment variable "{value}": use NAME=VALUE.',
    badUlimit: 'invalid ulimit "{value}": use NAME=SOFT[:HARD], e.g. nofile=1024:2048.',
    badTimeout: 'invalid stop timeout "{value}": give a whole number of seconds.',
    notATty:
      'the input device is not a TTY: -it needs a terminal. Drop -t to pipe input (e.g. echo hi | dockerfile-studio run -i IMAGE cat).',
    stopping: 'Stopping the container… (press Ctrl-C twice more to kill it at once)',
    killing: 'Killing the container…',
  },
  {
    usage:
      '사용법: dockerfile-studio run [옵션] IMAGE [COMMAND] [ARG...]\n\n' +
      'IMAGE(태그, ID 또는 ID 앞부분)로 컨테이너를 실행하고, 출력을 보여 주며, 컨테이너의 종료 코드로 끝납니다.\n' +
      '--keep을 주지 않으면 끝난 컨테이너는 삭제됩니다. Ctrl-C를 누르면 컨테이너를 멈추고 삭제하며, 세 번째 Ctrl-C는\n' +
      '컨테이너를 바로 강제 종료합니다.\n' +
      '옵션은 IMAGE 앞에 씁니다. IMAGE 뒤에 오는 것은 명령과 그 명령의 옵션입니다.\n\n' +
      '옵션:\n' +
      '      --rm                   끝나면 컨테이너를 삭제합니다(기본값)\n' +
      '      --keep                 끝나도 컨테이너를 남겨 둡니다\n' +
      '  -e, --env NAME=VALUE       환경 변수를 설정합니다(NAME만 쓰면 현재 값을 넘깁니다)\n' +
      '  -p, --publish HOST:CTR     컨테이너 포트를 호스트 포트에 연결합니다. 예: 8080:80, 127.0.0.1:8080:80/tcp\n' +
      '  -v, --volume SRC:DST       호스트 경로나 이름 있는 볼륨을 마운트합니다\n' +
      '      --network NAME         네트워크: default, none, host 또는 네트워크 이름\n' +
      '  -l, --label KEY=VALUE      컨테이너에 레이블을 붙입니다\n' +
      '  -i, --interactive          표준 입력을 컨테이너로 보냅니다\n' +
      '  -t, --tty                  컨테이너에 터미널을 줍니다(터미널에서 -it: 대화형 세션)\n' +
      '      --ulimit NAME=S[:H]    자원 제한을 설정합니다. 예: nofile=1024:2048\n' +
      '      --stop-timeout SECS    멈출 때 SIGTERM과 SIGKILL 사이의 초(기본값 10)\n' +
      '      --pull POLICY          IMAGE 받기: missing(로컬에 없을 때, 기본값), always 또는 never\n' +
      '  -H, --host ADDRESS         사용할 엔진(기본값: DOCKER_HOST, docker context 또는 로컬 소켓)\n' +
      '{common}\n\n' +
      '환경 변수: DOCKER_HOST와 docker context는 docker와 같은 방식으로 읽습니다. DFS_ENGINE_CONNECT_TIMEOUT({connect})과(와)\n' +
      'DFS_ENGINE_RESPONSE_TIMEOUT({response})은(는) 응답하지 않는 엔진을 기다릴 초입니다(0이면 끝없이 기다립니다).\n\n' +
      '종료 코드: 컨테이너의 종료 코드입니다. 엔진이나 명령줄에 문제가 있으면 125, 명령을 실행할 수 없으면 126,\n' +
      '명령을 찾을 수 없으면 127, 실행을 취소하면 130입니다.\n',
    missingImage: '어떤 이미지를 실행할까요? 이미지 이름이나 ID를 주세요. 예: dockerfile-studio run my/app:1.0',
    badEnv: '환경 변수 "{value}"이(가) 올바르지 않습니다. NAME=VALUE 형식을 쓰세요.',
    badUlimit: 'ulimit "{value}"이(가) 올바르지 않습니다. NAME=SOFT[:HARD] 형식을 쓰세요. 예: nofile=1024:2048',
    badTimeout: '중지 제한 시간 "{value}"이(가) 올바르지 않습니다. 초 단위 정수를 주세요.',
    notATty:
      '입력 장치가 TTY가 아닙니다: -it에는 터미널이 필요합니다. 입력을 파이프로 넘기려면 -t를 빼세요(예: echo hi | dockerfile-studio run -i IMAGE cat).',
    stopping: '컨테이너를 멈추는 중… (Ctrl-C를 두 번 더 누르면 바로 강제 종료합니다)',
    killing: '컨테이너를 강제 종료하는 중…',
  },
);

export const runText = translator(runMessages);
