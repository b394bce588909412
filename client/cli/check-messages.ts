// The texts of `dockerfile-studio check` and `dockerfile-studio rules`, English and Korean.
import { defineCatalog, translator } from '../../core/l10n';

export const checkMessages = defineCatalog(
  'cli.check',
  {
    'usage.check':
      'Usage: dockerfile-studio check [--format text|json|sarif|github] [--config FILE] [--build-arg KEY=VALUE]…\n' +
      '                               [--use-engine] [--lang en|ko] FILE|FOLDER…\n\n' +
      'Checks Dockerfiles and prints every problem found as file:line:column: severity code: message.\n' +
      'A folder means every Dockerfile below it (Dockerfile, Containerfile, *.Dockerfile, Dockerfile.*), leaving out\n' +
      'hidden folders and node_modules.\n\n' +
      'Options:\n' +
      '      --format text|json|sarif|github\n' +
      '                             output format (default: text); sarif is SARIF 2.1.0 for code-scanning\n' +
      '                             dashboards, github prints workflow annotations for GitHub Actions\n' +
      '      --config FILE          settings from FILE instead of the nearest .dockerfile-studio.json (or, without\n' +
      "                             one, .hadolint.yaml); a .yaml or .yml FILE is read as hadolint's\n" +
      '      --build-arg KEY=VALUE  a build argument, as "docker build --check" takes it (repeatable; KEY alone\n' +
      '                             takes the value from the environment)\n' +
      "      --use-engine           read the base images' environment and platform from the local engine\n" +
      '{common}\n\n' +
      'Severities: each rule\'s default, then the file\'s "# check=" directive (or the BUILDKIT_DOCKERFILE_CHECK build\n' +
      'argument), then .dockerfile-studio.json or .hadolint.yaml; comments above an instruction\n' +
      '("# check=skip=Rule", "# dockerfile-studio ignore=Rule", "# hadolint ignore=DL3008") turn rules off for it.\n\n' +
      'Exit status: 0 when no errors were found, 1 when errors were found (or findings at the failure-threshold of\n' +
      '.hadolint.yaml), 2 when a file could not be read or the command was misused.\n',
    'usage.rules':
      'Usage: dockerfile-studio rules [--format text|json|markdown] [--lang en|ko]\n\n' +
      'Lists every rule: its id, default severity, whether it is a BuildKit build check, what it checks and where\n' +
      'its documentation is.\n\n' +
      'Options:\n' +
      '      --format text|json|markdown   output format (default: text)\n' +
      '{common}\n',
    badBuildArg: 'the build argument "{value}" must be KEY=VALUE (or KEY, to take the value from the environment).',
    reducedChecks:
      '{file} is larger than {size} characters: checked without shell analysis and ShellCheck, which would take too long on a file this size.',
    noDockerfilesIn:
      'found no Dockerfile in the folder "{folder}" (looked for Dockerfile, Containerfile, *.Dockerfile and Dockerfile.*). Name the file to check.',
    'config.json': 'cannot read the config file "{path}": it is not valid JSON ({detail}).',
    'config.shape': 'the config file "{path}" must hold an object like {"rules": {"UndefinedVar": "error"}}.',
    'config.severity':
      'in the config file "{path}", rule {rule} has severity "{value}": use off, on, hint, info, warning or error.',
    'config.unknownRule': 'warning: the config file "{path}" names "{rule}", which is not a rule.',
    'config.yaml': 'cannot read the config file "{path}", line {line}: {detail}.',
    'config.value': 'in the config file "{path}", {key} cannot be {value}: docs/configuration.md shows what it takes.',
    'config.hadolint': "settings from {path} (hadolint's configuration, read as ours)",
    'rules.buildCheck': 'BuildKit check',
    'rules.ours': 'Dockerfile Studio check',
    'rules.off': 'off (experimental)',
    'rules.head': '| Rule | Default | Kind | What it checks | hadolint |',
    'rules.aliases': 'hadolint: {aliases}',
  },
  {
    'usage.check':
      '사용법: dockerfile-studio check [--format text|json|sarif|github] [--config 파일] [--build-arg KEY=VALUE]…\n' +
      '                               [--use-engine] [--lang en|ko] 파일|폴더…\n\n' +
      'Dockerfile을 검사하고 찾은 문제를 파일:줄:열: 심각도 코드: 메시지 형식으로 출력합니다.\n' +
      '폴더를 주면 그 아래의 모든 Dockerfile(Dockerfile, Containerfile, *.Dockerfile, Dockerfile.*)을 검사합니다.\n' +
      '숨김 폴더와 node_modules는 건너뜁니다.\n\n' +
      '옵션:\n' +
      '      --format text|json|sarif|github\n' +
      '                             출력 형식(기본값: text). sarif는 코드 스캐닝 대시보드용 SARIF 2.1.0,\n' +
      '                             github는 GitHub Actions 워크플로 주석입니다\n' +
      '      --config 파일          가장 가까운 .dockerfile-studio.json(없으면 .hadolint.yaml) 대신 이 파일의\n' +
      '                             설정을 씁니다. .yaml이나 .yml 파일은 hadolint 설정으로 읽습니다\n' +
      '      --build-arg KEY=VALUE  "docker build --check"처럼 빌드 인자를 줍니다(여러 번 쓸 수 있고, KEY만 쓰면\n' +
      '                             환경 변수에서 값을 가져옵니다)\n' +
      '      --use-engine           로컬 엔진에서 베이스 이미지의 환경 변수와 플랫폼을 읽습니다\n' +
      '{common}\n\n' +
      '심각도: 규칙의 기본값, 파일의 "# check=" 지시어(또는 BUILDKIT_DOCKERFILE_CHECK 빌드 인자), 그다음\n' +
      '.dockerfile-studio.json이나 .hadolint.yaml 순서로 정합니다. 명령어 위의 주석("# check=skip=Rule",\n' +
      '"# dockerfile-studio ignore=Rule", "# hadolint ignore=DL3008")은 그 명령어에서 규칙을 끕니다.\n\n' +
      '종료 코드: 오류가 없으면 0, 오류가 있으면(또는 .hadolint.yaml의 failure-threshold 이상인 결과가 있으면) 1,\n' +
      '파일을 읽을 수 없거나 명령을 잘못 쓰면 2입니다.\n',
    'usage.rules':
      '사용법: dockerfile-studio rules [--format text|json|markdown] [--lang en|ko]\n\n' +
      '모든 규칙의 id, 기본 심각도, BuildKit 빌드 검사인지, 검사 내용과 문서 위치를 보여 줍니다.\n\n' +
      '옵션:\n' +
      '      --format text|json|markdown   출력 형식(기본값: text)\n' +
      '{common}\n',
    badBuildArg: '빌드 인자 "{value}"은(는) KEY=VALUE 형식이어야 합니다(KEY만 쓰면 환경 변수에서 값을 가져옵니다).',
    reducedChecks:
      '{file}은(는) {size}자보다 커서 셸 분석과 ShellCheck 없이 검사했습니다. 이렇게 큰 파일에서는 너무 오래 걸리기 때문입니다.',
    noDockerfilesIn:
      '폴더 "{folder}"에서 Dockerfile을 찾지 못했습니다(Dockerfile, Containerfile, *.Dockerfile, Dockerfile.*를 찾았습니다). 검사할 파일 이름을 쓰세요.',
    'config.json': '설정 파일 "{path}"을(를) 읽을 수 없습니다. 올바른 JSON이 아닙니다({detail}).',
    'config.shape': '설정 파일 "{path}"에는 {"rules": {"UndefinedVar": "error"}} 같은 객체가 있어야 합니다.',
    'config.severity':
      '설정 파일 "{path}"에서 규칙 {rule}의 심각도가 "{value}"입니다. off, on, hint, info, warning, error 중 하나를 쓰세요.',
    'config.unknownRule': '경고: 설정 파일 "{path}"에 있는 "{rule}"은(는) 규칙이 아닙니다.',
    'config.yaml': '설정 파일 "{path}"의 {line}번째 줄을 읽을 수 없습니다. {detail}.',
    'config.value':
      '설정 파일 "{path}"에서 {key}에 {value}을(를) 쓸 수 없습니다. 쓸 수 있는 값은 docs/configuration.md를 보세요.',
    'config.hadolint': '설정을 {path}에서 읽습니다(hadolint 설정을 이 도구의 설정으로 읽습니다)',
    'rules.buildCheck': 'BuildKit 검사',
    'rules.ours': 'Dockerfile Studio 자체 검사',
    'rules.off': '꺼짐(실험적)',
    'rules.head': '| 규칙 | 기본값 | 종류 | 검사 내용 | hadolint |',
    'rules.aliases': '같은 검사를 하는 hadolint 규칙: {aliases}',
  },
);

export const checkText = translator(checkMessages);
