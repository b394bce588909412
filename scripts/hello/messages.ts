// The texts of scripts/hello.ts, in English and Korean (a module of its own: it runs nothing when imported).
import { defineCatalog, environmentLocale, resolveLocale, translate, type MessageParams } from '../../core/l10n';

export const helloMessages = defineCatalog(
  'hello-script',
  {
    check: 'Check the seed’s Dockerfile',
    engine: 'Find or start a container engine',
    noEngine:
      'No Docker or Podman engine could be reached or started. Install and start Docker (Debian: sudo apt-get install docker.io && sudo systemctl start docker), or point DOCKER_HOST at one, then run this again.',
    usingEngine: 'Using the engine at {host}.',
    baseFound: 'The engine has {image} already: the examples are built on it.',
    basePulled: 'Pulled {image} from its registry.',
    baseStandIn:
      'No registry answered ({detail}), so {image} could not be pulled. The examples are built instead on a stand-in base image made from this machine’s busybox-static: {standIn} (it is not {image}; it is passed as the build argument BASE).',
    noBase:
      'No registry answered ({detail}) and busybox-static is not installed, so there is no base image to build on. Install busybox-static (sudo apt-get install busybox-static), or give the engine a registry, then run this again.',
    build: 'Build the seed’s image with a tag',
    imageId: 'The image ID: {id}',
    run: 'Run it',
    classic: 'The classic builder: each step runs in a temporary container and leaves an intermediate image (a layer)',
    done: 'Done. The images stay on the engine: {images}. Remove them with "{cli} rmi {images}".',
    failed: 'Stopped: "{command}" failed with exit code {code}.',
  },
  {
    check: '예제 Dockerfile 검사',
    engine: '컨테이너 엔진 찾기 또는 시작하기',
    noEngine:
      'Docker나 Podman 엔진에 연결하거나 엔진을 시작하지 못했습니다. Docker를 설치하고 시작하거나(Debian: sudo apt-get install docker.io && sudo systemctl start docker) DOCKER_HOST가 엔진을 가리키게 한 뒤 다시 실행하세요.',
    usingEngine: '{host}의 엔진을 사용합니다.',
    baseFound: '엔진에 이미 {image}이(가) 있습니다. 예제를 그 위에 빌드합니다.',
    basePulled: '{image}을(를) 레지스트리에서 받았습니다.',
    baseStandIn:
      '응답하는 레지스트리가 없어서({detail}) {image}을(를) 받지 못했습니다. 대신 이 컴퓨터의 busybox-static으로 만든 대체 베이스 이미지 {standIn} 위에 예제를 빌드합니다({image}이(가) 아닙니다. 빌드 인자 BASE로 넘깁니다).',
    noBase:
      '응답하는 레지스트리가 없고({detail}) busybox-static도 설치되어 있지 않아 빌드할 베이스 이미지가 없습니다. busybox-static을 설치하거나(sudo apt-get install busybox-static) 엔진이 레지스트리에 닿게 한 뒤 다시 실행하세요.',
    build: '예제 이미지를 태그를 붙여 빌드',
    imageId: '이미지 ID: {id}',
    run: '실행',
    classic: 'classic 빌더: 단계마다 임시 컨테이너에서 실행하고 중간 이미지(레이어)를 남깁니다',
    done: '끝났습니다. 이미지는 엔진에 남아 있습니다: {images}. 다음 명령으로 삭제할 수 있습니다: {cli} rmi {images}',
    failed: '중단했습니다. "{command}"이(가) 종료 코드 {code}(으)로 실패했습니다.',
  },
);

const locale = resolveLocale(environmentLocale(process.env));

export type HelloMessage = keyof typeof helloMessages.en;

/** The text for `key` in the environment's language (DFS_LOCALE, LC_ALL, LC_MESSAGES, LANG). */
export function say(key: HelloMessage, params?: MessageParams): string {
  return translate(helloMessages, locale, key, params);
}

/** Ends the script with this exit code, after its one line was printed. */
export class Stop extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
