// 한국어 메시지: 키는 messages.en.ts와 같다. 무엇이 잘못됐는지, 왜 문제인지, 어떻게 고치는지 설명한다.
import type { RuleMessageKey } from './messages.en';

export const ko: Record<RuleMessageKey, string> = {
  // 구조
  NoFromInstruction:
    '이 Dockerfile에는 FROM 명령어가 없습니다. 모든 이미지는 베이스 이미지 위에 만들어지므로 파일은 FROM으로 시작해야 합니다(예: "FROM alpine"). FROM 앞에는 ARG만 올 수 있습니다.',
  InstructionBeforeFrom:
    '{instruction}이(가) 첫 번째 FROM보다 앞에 있습니다. FROM 앞에는 ARG만 올 수 있습니다. 다른 명령어는 작업할 베이스 이미지가 필요하기 때문입니다. 이 줄을 FROM 아래로 옮기세요.',
  UnknownInstruction:
    '"{instruction}"은(는) Dockerfile 명령어가 아닙니다. 철자를 확인하세요. FROM, RUN, COPY, CMD, ENV, WORKDIR 같은 명령어를 쓸 수 있습니다.',
  'UnknownInstruction.suggest':
    '"{instruction}"은(는) Dockerfile 명령어가 아닙니다. {suggestion}을(를) 쓰려던 것인가요?',
  'UnknownInstruction.fix.replace': '{suggestion}(으)로 바꾸기',
  'WrongArgumentCount.missing': '{instruction}에는 인자가 {min}개 이상 필요한데 하나도 없습니다. 사용법: {usage}',
  'WrongArgumentCount.atLeast': '{instruction}에는 인자가 {min}개 이상 필요한데 {count}개만 있습니다. 사용법: {usage}',
  'WrongArgumentCount.atMost':
    '{instruction}은(는) 인자를 하나만 받는데 {count}개가 있습니다. 값에 공백이 들어갔다면 실수일 가능성이 큽니다. 사용법: {usage}',
  'WrongArgumentCount.from':
    'FROM은 "FROM 이미지" 또는 "FROM 이미지 AS 이름" 형식이어야 합니다. AS가 빠졌거나 철자가 틀렸는지, 남는 단어가 있는지 확인하세요. 사용법: {usage}',
  BlankName: '{instruction}에 이름 없이 "="가 있습니다. {instruction} NAME=value처럼 이름을 먼저 쓰세요.',
  'InvalidFlag.unknown': '{flag}은(는) {instruction}의 옵션이 아닙니다. {instruction}에서 쓸 수 있는 옵션: {known}.',
  'InvalidFlag.suggest': '{flag}은(는) {instruction}의 옵션이 아닙니다. {suggestion}을(를) 쓰려던 것인가요?',
  'InvalidFlag.noFlags': '{instruction}은(는) {flag} 같은 옵션을 받지 않습니다. 이 옵션을 지우세요.',
  'InvalidFlag.duplicate':
    '{flag}이(가) 두 번 이상 있습니다. {instruction}에는 한 번만 쓸 수 있으니 나머지를 지우세요.',
  'InvalidFlag.missingValue': '{flag}에는 값이 필요합니다. {flag}=<값> 형식으로 쓰세요.',
  'InvalidFlag.notBoolean':
    '{flag}은(는) 켜고 끄는 옵션입니다. "{value}" 대신 {flag}, {flag}=true 또는 {flag}=false로 쓰세요.',
  'InvalidFlag.fix.replace': '{suggestion}(으)로 바꾸기',
  'InvalidImageReference.reason.empty':
    '이미지 이름이 비어 있습니다. "alpine"이나 "ubuntu:22.04"처럼 베이스 이미지를 쓰세요.',
  'InvalidImageReference.reason.uppercase':
    '"{image}"은(는) 올바른 이미지 이름이 아닙니다. 저장소 이름은 소문자여야 합니다. 예: "{lower}".',
  'InvalidImageReference.reason.invalidFormat':
    '"{image}"은(는) 올바른 이미지 이름이 아닙니다. 이름에는 소문자, 숫자와 구분자 ".", "_", "-", "/"만 쓸 수 있습니다. 예: "my-org/my-app:1.0".',
  'InvalidImageReference.reason.invalidDomain':
    '"{image}"은(는) 올바른 이미지 이름이 아닙니다. 첫 "/" 앞의 레지스트리 부분이 올바른 호스트 이름이나 포트가 아닙니다.',
  'InvalidImageReference.reason.invalidTag':
    '"{image}"의 태그가 올바르지 않습니다. ":" 뒤의 태그는 영문자, 숫자, "_", ".", "-"만 쓸 수 있고, 영문자나 숫자나 "_"로 시작하며, 128자 이하여야 합니다.',
  'InvalidImageReference.reason.invalidDigest':
    '"{image}"의 다이제스트가 올바르지 않습니다. "@" 뒤에는 "@sha256:"과 16진수 64자리처럼 알고리즘과 해시를 쓰세요.',
  'InvalidImageReference.reason.unsupportedDigest':
    '"{image}"은(는) 빌더가 모르는 다이제스트 알고리즘을 씁니다. sha256(또는 sha384, sha512)을 쓰세요.',
  'InvalidImageReference.reason.nameTooLong': '"{image}"이(가) 너무 깁니다. 이미지 이름은 255자를 넘을 수 없습니다.',
  'InvalidImageReference.reason.hexIdentifier':
    '"{image}"은(는) 이미지 이름이 아니라 이미지 ID처럼 보입니다. FROM에는 "alpine" 같은 이름을 쓰고, 정확한 이미지를 고정하려면 "이름@sha256:…"을 쓰세요.',
  'InvalidImageReference.fix.lowercase': '{image}(으)로 바꾸기',
  'InvalidOnbuildTrigger.missing': 'ONBUILD 뒤에는 나중에 실행할 명령어가 필요합니다. 예: "ONBUILD RUN make".',
  'InvalidOnbuildTrigger.forbidden':
    'ONBUILD 뒤에는 {instruction}을(를) 쓸 수 없습니다. ONBUILD에는 ONBUILD, FROM, MAINTAINER를 넣을 수 없습니다. 다른 명령어를 쓰거나 ONBUILD 없이 쓰세요.',
  'InvalidHealthcheck.type':
    'HEALTHCHECK 다음에는 "{word}"이(가) 아니라 CMD나 NONE이 와야 합니다. "HEALTHCHECK CMD <명령>" 또는 "HEALTHCHECK NONE"으로 쓰세요.',
  'InvalidHealthcheck.noCommand':
    'HEALTHCHECK CMD 뒤에는 컨테이너 상태를 확인할 명령이 필요합니다. 예: "HEALTHCHECK CMD curl -f http://localhost/".',
  'InvalidHealthcheck.noneAlone':
    'HEALTHCHECK NONE은 상태 확인을 끄는 것이라 옵션이나 명령을 받지 않습니다. NONE 뒤의 내용을 지우세요.',
  'InvalidHealthcheck.retries': '{flag}은(는) "{value}"이(가) 아니라 {flag}=3처럼 횟수를 정수로 써야 합니다.',
  'InvalidHealthcheck.duration':
    '{flag}은(는) "{value}"이(가) 아니라 30s, 1m, 1m30s처럼 단위가 있는 시간이어야 합니다.',
  'InvalidHealthcheck.tooShort': '{flag}은(는) 0(기본값)이거나 1ms 이상이어야 합니다. 지금 값: "{value}".',
  ShellRequiresJson: 'SHELL은 JSON 배열로 써야 합니다. 예: SHELL {json}.',
  'ShellRequiresJson.fix.convert': '{json}(으)로 바꾸기',
  'InvalidExposePort.port':
    '"{port}"은(는) 올바른 포트가 아닙니다. EXPOSE에는 0부터 65535까지의 포트 번호나 8000-8010 같은 범위를 쓰고, 필요하면 뒤에 /tcp, /udp, /sctp를 붙입니다.',
  'InvalidExposePort.protocol': '"{port}"의 프로토콜을 알 수 없습니다. /tcp(기본값), /udp, /sctp 중 하나를 쓰세요.',
  InvalidStopSignal:
    '"{signal}"은(는) 시그널이 아닙니다. STOPSIGNAL에는 SIGTERM, SIGINT 같은 시그널 이름이나 15 같은 시그널 번호를 씁니다.',
  InvalidCheckDirective:
    '"{option}"은(는) check 옵션이 아닙니다. check 지시어는 "# check=skip=RuleA,RuleB;error=true"처럼 씁니다. skip=에는 끌 규칙(또는 all)을, experimental=에는 켤 실험적 검사를 쓰고, error=true로 하면 경고가 있을 때 빌드가 실패합니다.',
  InvalidStageName:
    '"{name}"은(는) 스테이지 이름으로 쓸 수 없습니다. 스테이지 이름은 영문자로 시작하고 영문자, 숫자, "-", "_", "."만 쓸 수 있습니다. 예: build, test-1, app.base.',
  'InvalidMount.key': '"{key}"은(는) --mount 옵션이 아닙니다. 쓸 수 있는 옵션: {known}.',
  'InvalidMount.keySuggest': '"{key}"은(는) --mount 옵션이 아닙니다. "{suggestion}"을(를) 쓰려던 것인가요?',
  'InvalidMount.pair':
    '"{field}"에는 값이 필요합니다. --mount 옵션은 target=/root/.cache처럼 key=value 형식으로 씁니다.',
  'InvalidMount.type': '"{value}"은(는) 마운트 타입이 아닙니다. {allowed} 중 하나를 쓰세요(기본값은 bind).',
  'InvalidMount.sharing': 'sharing={value}은(는) 올바르지 않습니다. {allowed} 중 하나를 쓰세요.',
  'InvalidMount.notForType':
    '{key} 옵션은 type={type} 마운트에는 쓸 수 없습니다. 이 옵션을 지우거나 마운트 타입을 바꾸세요.',
  // BuildKit 빌드 검사
  StageNameCasing:
    '스테이지 이름 "{name}"은(는) 소문자("{lower}")로 쓰는 것이 좋습니다. 소문자로 쓰면 명령어와 쉽게 구별됩니다.',
  'StageNameCasing.fix.lowercase': '{lower}(으)로 이름 바꾸기',
  FromAsCasing: '"{as}" 키워드의 대소문자를 "{from}"과(와) 맞추세요. "{fixed}"(으)로 쓰면 줄이 일관되게 읽힙니다.',
  'FromAsCasing.fix.match': '{fixed}(으)로 바꾸기',
  NoEmptyContinuation:
    '줄 이어 쓰기 중간에 빈 줄이 있습니다. 앞 줄이 줄 이어 쓰기 문자로 끝나서, 빌더는 이 빈 줄을 건너뛰고 다음 줄을 이 명령어에 붙입니다. 앞으로는 오류가 되므로 빈 줄을 지우세요.',
  'NoEmptyContinuation.fix.remove': '빈 줄 지우기',
  'ConsistentInstructionCasing.lower':
    '명령어 "{instruction}"도 이 파일의 다른 명령어 대부분처럼 소문자로 쓰세요: "{fixed}".',
  'ConsistentInstructionCasing.upper':
    '명령어 "{instruction}"도 이 파일의 다른 명령어 대부분처럼 대문자로 쓰세요: "{fixed}".',
  'ConsistentInstructionCasing.fix.match': '{fixed}(으)로 바꾸기',
  DuplicateStageName:
    '스테이지 이름 "{name}"은(는) {line}번째 줄에서 이미 쓰고 있습니다. 스테이지마다 이름이 달라야 FROM과 COPY --from이 구별할 수 있습니다.',
  ReservedStageName:
    '"{name}"은(는) 예약어라서 스테이지 이름으로 쓰면 안 됩니다. "scratch"와 "context"는 특별한 뜻이 있습니다. 다른 이름을 고르세요.',
  JSONArgsRecommended:
    '셸 형식의 {instruction}은(는) /bin/sh 아래에서 실행되는데, 셸은 종료 신호를 프로그램에 전달하지 않아 "docker stop"이 시간 초과 후 강제로 끝내야 합니다. {instruction} ["프로그램", "인자"]처럼 JSON 형식으로 쓰세요.',
  'JSONArgsRecommended.fix.convert': '{json}(으)로 바꾸기',
  MaintainerDeprecated: 'MAINTAINER는 더 이상 쓰지 않습니다. 대신 레이블로 작성자를 남기세요: {label}.',
  'MaintainerDeprecated.fix.label': '{label}(으)로 바꾸기',
  UndefinedArgInFrom:
    'FROM에서 ${name}을(를) 쓰지만 첫 번째 FROM 앞에 "ARG {name}" 선언이 없어서 여기서는 항상 빈 값입니다. 파일 맨 위에 선언하세요.',
  'UndefinedArgInFrom.suggest':
    'FROM에서 쓰는 ${name}은(는) 첫 번째 FROM 앞에 선언되지 않았습니다. ${suggestion}을(를) 쓰려던 것인가요?',
  'UndefinedArgInFrom.fix.replace': '${suggestion}(으)로 바꾸기',
  WorkdirRelativePath:
    'WORKDIR "{path}"은(는) 상대 경로라서 베이스 이미지의 작업 디렉터리에 따라 달라지고, 그 디렉터리는 바뀔 수 있습니다. "{absolute}"처럼 절대 경로를 쓰세요.',
  'WorkdirRelativePath.fix.absolute': '{absolute}(으)로 바꾸기',
  UndefinedVar:
    '${name}이(가) 정의되지 않았습니다. 이 스테이지의 어떤 ARG나 ENV도 값을 정하지 않아서 빈 문자열이 됩니다. 먼저 "ARG {name}"이나 "ENV {name}=…"으로 선언하세요.',
  'UndefinedVar.suggest': '${name}은(는) 이 스테이지에서 정의되지 않았습니다. ${suggestion}을(를) 쓰려던 것인가요?',
  'UndefinedVar.fix.replace': '${suggestion}(으)로 바꾸기',
  MultipleInstructionsDisallowed:
    '이 {instruction}은(는) 효과가 없습니다. 한 스테이지에서는 마지막 {instruction}만 적용되므로 {line}번째 줄의 {instruction}이(가) 이것을 덮어씁니다. 이 줄을 지우거나 하나로 합치세요.',
  'MultipleInstructionsDisallowed.fix.remove': '이 {instruction} 지우기',
  LegacyKeyValueFormat:
    '"{instruction} key value" 형식은 더 이상 권장하지 않습니다. "{instruction} key=value"로 쓰세요.',
  'LegacyKeyValueFormat.fix.convert': '{replacement}(으)로 바꾸기',
  InvalidDefaultArgInFrom:
    '{names}의 기본값을 쓰면 "{image}"은(는) "{expanded}"이(가) 되는데, 이는 올바른 이미지 이름이 아니어서 --build-arg 없이는 빌드가 실패합니다. ARG에 기본값을 주세요.',
  FromPlatformFlagConstDisallowed:
    'FROM --platform={value}은(는) 다른 플랫폼용으로 빌드할 때도 항상 그 플랫폼 하나만 씁니다. $BUILDPLATFORM 같은 변수를 쓰거나 이 옵션을 지우세요.',
  RedundantTargetPlatform:
    'FROM --platform={value}은(는) 필요 없습니다. FROM은 원래 대상 플랫폼을 씁니다. 이 옵션을 지우세요.',
  'RedundantTargetPlatform.fix.remove': '--platform={value} 지우기',
  SecretsUsedInArgOrEnv:
    '{instruction} "{name}"은(는) 비밀 정보로 보입니다. ARG와 ENV 값은 이미지와 그 히스토리에 저장되어 누구나 읽을 수 있습니다. 대신 시크릿 마운트를 쓰세요: RUN --mount=type=secret,id=…',
  InvalidDefinitionDescription:
    '{instruction} 바로 위의 주석은 그 설명으로 읽히므로 이름으로 시작해야 합니다: "# {name} <설명>". 설명이 아니라면 주석과 명령어 사이에 빈 줄을 넣으세요.',
  ExposeProtoCasing: '"{port}"의 프로토콜은 소문자로 쓰세요: "{lower}".',
  'ExposeProtoCasing.fix.lowercase': '{lower}(으)로 바꾸기',
  ExposeInvalidFormat:
    'EXPOSE에는 컨테이너 포트만 씁니다. IP 주소나 호스트 포트("{port}")는 쓰지 않습니다. 호스트 포트는 컨테이너를 실행할 때 지정하세요(docker run -p). 앞으로는 오류가 됩니다.',
  'ExposeInvalidFormat.fix.containerPort': '{container}(으)로 바꾸기',
  CopyIgnoredFile:
    '{instruction}이(가) "{file}"을(를) 복사하지만 .dockerignore가 이 파일을 빌드 컨텍스트에서 빼기 때문에 빌드가 파일을 찾지 못합니다. .dockerignore에서 그 패턴을 지우거나("!{file}"을 추가하거나) 이 파일을 복사하지 마세요.',
  // 파서 문제
  DuplicateDirective: '파서 지시어 "{name}"이(가) 두 번 이상 있습니다. 맨 위에 "# {name}=…" 줄을 하나만 남기세요.',
  InvalidEscapeDirective: 'escape 지시어는 "{value}"이(가) 아니라 백슬래시(\\)나 백틱(`)이어야 합니다.',
  NonStringJSONArray:
    'JSON(exec) 형식에서는 배열의 모든 요소가 큰따옴표로 감싼 문자열이어야 합니다. 예: ["echo", "1"].',
  InvalidJSONArray:
    'JSON 배열처럼 보이지만 올바른 JSON이 아니어서 {instruction}이(가) 셸 명령으로 실행합니다. 큰따옴표와 쉼표를 쓰세요: ["실행파일", "인자"].',
  KeyWithoutValue: '{instruction}에는 값이 필요합니다. {instruction} {key}=value처럼 쓰세요.',
  MissingEquals:
    '"{word}"에 "="가 없습니다. {instruction}으로 여러 값을 정할 때는 각각 name=value 형식으로 써야 합니다.',
  UnterminatedHeredoc: '히어독 <<{delimiter}이(가) 닫히지 않았습니다. "{delimiter}"만 있는 줄을 추가하세요.',
  BadSubstitution: '변수 치환 "{text}"이(가) 잘못되었습니다. ${NAME}, ${NAME:-기본값}, ${NAME:+대체값}처럼 쓰세요.',
  UnsupportedModifier:
    '"{text}"의 수식자 "{modifier}"은(는) 지원하지 않습니다. :-, -, :+, +, :?, ?, #, %, / 중 하나를 쓰세요.',
  UnterminatedQuote: '이 {quote} 따옴표가 닫히지 않아서 인자를 읽다가 빌드가 실패합니다. 닫는 따옴표를 추가하세요.',
  ParserInternalError: 'Dockerfile 파서가 예기치 않게 실패했습니다({detail}). 이 파일을 제보해 주세요.',
};
