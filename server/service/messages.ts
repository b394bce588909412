// The language service's own user-facing strings (hover labels, action titles), English and Korean.
import { defineCatalog, resolveLocale, translate, type Locale } from '../../core/l10n/index';

export type { Locale };

const serviceMessages = defineCatalog(
  'service',
  {
    disableRule: 'Disable {code} in this file (# check=skip={code})',
    ignoreHere: 'Ignore {code} here ({comment})',
    stage: 'Build stage **{name}** (stage {index}), based on `{image}`',
    stageUnnamed: 'Build stage {index}, based on `{image}`',
    stageLine: 'Defined on line {line}.',
    variableArg: 'Build argument **{name}**',
    variableEnv: 'Environment variable **{name}**',
    variableDefault: 'Default: `{value}`',
    variableValue: 'Value: `{value}`',
    variableNoDefault: 'No default: set it with `--build-arg {name}=…`.',
    variableDefinedAt: 'Defined on line {line}: `{text}`',
    variablePredefined:
      'Predefined build argument **{name}**: BuildKit sets it; declare `ARG {name}` in the stage to use it.',
    variablePlatform:
      'Predefined build argument **{name}**: BuildKit sets it from the platform of the build, for FROM lines and the ARGs before the first FROM.',
    variableProxy:
      'Predefined proxy argument **{name}**: set it with `--build-arg {name}=…`; RUN sees it without an ARG line, and the image history does not record it.',
    variableShell:
      '**{name}** is not a build variable here: the shell expands it when {keyword} runs, from the environment the container has then (ENV, the base image, or the command itself).',
    variableUnknown:
      'Variable **{name}** is not defined by an ARG or ENV before this line; it expands to an empty string unless the base image sets it.',
    docsLink: 'Docker docs: {keyword}',
    moreProblems:
      '{count} more problems are not shown: the editor gets the first {shown}. Fix these, or run "dockerfile-studio check" on the file for every one.',
    flag: 'Flag `--{name}`',
    directive: 'Parser directive `{name}`',
    localImage: 'Local image',
    invalidStageName:
      '"{name}" is not a valid stage name: start with a letter, then use letters, digits, `_`, `.` or `-`.',
    invalidVariableName:
      '"{name}" is not a valid variable name: use letters, digits and `_`, not starting with a digit.',
    configFile: 'Settings for {file} from {config}',
    configFileHadolint: "Settings for {file} from {config} (hadolint's settings, read as ours)",
  },
  {
    disableRule: '이 파일에서 {code} 검사 끄기(# check=skip={code})',
    ignoreHere: '여기서 {code} 무시하기({comment})',
    stage: '빌드 스테이지 **{name}**({index}번 스테이지), 베이스 이미지 `{image}`',
    stageUnnamed: '빌드 스테이지 {index}번, 베이스 이미지 `{image}`',
    stageLine: '{line}번째 줄에서 정의되었습니다.',
    variableArg: '빌드 인자 **{name}**',
    variableEnv: '환경 변수 **{name}**',
    variableDefault: '기본값: `{value}`',
    variableValue: '값: `{value}`',
    variableNoDefault: '기본값이 없습니다. `--build-arg {name}=…`로 값을 넘기세요.',
    variableDefinedAt: '{line}번째 줄에서 정의되었습니다: `{text}`',
    variablePredefined:
      'BuildKit이 미리 정의한 빌드 인자 **{name}**입니다. 스테이지 안에서 `ARG {name}`을(를) 선언해야 쓸 수 있습니다.',
    variablePlatform:
      'BuildKit이 미리 정의한 빌드 인자 **{name}**입니다. 빌드의 플랫폼에 따라 값을 정하며, FROM 줄과 첫 FROM 앞의 ARG에서 쓸 수 있습니다.',
    variableProxy:
      '미리 정의된 프록시 인자 **{name}**입니다. `--build-arg {name}=…`로 값을 넘기세요. RUN은 ARG 줄 없이도 이 값을 보며, 이미지 히스토리에는 기록되지 않습니다.',
    variableShell:
      '**{name}**은(는) 여기서 빌드 변수가 아닙니다. {keyword}이(가) 실행될 때 셸이 그때 컨테이너의 환경(ENV, 베이스 이미지, 명령 자체)에서 값을 찾아 바꿉니다.',
    variableUnknown:
      '변수 **{name}**은(는) 이 줄 앞의 ARG나 ENV에서 정의되지 않았습니다. 베이스 이미지가 정하지 않으면 빈 문자열로 바뀝니다.',
    docsLink: 'Docker 문서: {keyword}',
    moreProblems:
      '문제 {count}개는 표시하지 않았습니다. 편집기에는 처음 {shown}개만 보냅니다. 이것들을 고치거나, 이 파일에 "dockerfile-studio check"를 실행하면 모두 볼 수 있습니다.',
    flag: '옵션 `--{name}`',
    directive: '파서 지시어 `{name}`',
    localImage: '로컬 이미지',
    invalidStageName:
      '"{name}"은(는) 스테이지 이름으로 쓸 수 없습니다. 영문자로 시작하고 영문자, 숫자, `_`, `.`, `-`만 쓰세요.',
    invalidVariableName:
      '"{name}"은(는) 변수 이름으로 쓸 수 없습니다. 영문자, 숫자, `_`만 쓰고 숫자로 시작하지 마세요.',
    configFile: '{file}의 설정을 {config}에서 읽습니다',
    configFileHadolint: '{file}의 설정을 {config}에서 읽습니다(hadolint 설정을 이 확장의 설정으로 읽습니다)',
  },
);

export type MessageKey = keyof typeof serviceMessages.en;

export function toLocale(locale: string | undefined): Locale {
  return resolveLocale(locale);
}

export function message(locale: Locale, key: MessageKey, data: Record<string, string> = {}): string {
  return translate(serviceMessages, locale, key, data);
}

/** Picks the text for the locale from an `{ en, ko }` pair. */
export function pick(locale: Locale, text: { en: string; ko: string }): string {
  return text[locale];
}
