// What each syntax problem the parser reports means and how to fix it, keyed by problem code. A problem whose code
// names a rule (NoEmptyContinuation) takes the rule's messages instead. Words the parser puts in a problem's data
// (`quote: 'single'`) are shown through their `word.<word>` entry.
import { defineCatalog } from '../l10n';

export const problemMessages = defineCatalog(
  'parser',
  {
    DuplicateDirective:
      'The parser directive "{name}" is given more than once. Keep only one "# {name}=…" line at the top.',
    InvalidEscapeDirective: 'The escape directive must be a backslash (\\) or a backtick (`), not "{value}".',
    NonStringJSONArray:
      'In JSON (exec) form every array element must be a string in double quotes, like ["echo", "1"].',
    InvalidJSONArray:
      'This looks like a JSON array but is not valid JSON, so {instruction} runs it as a shell command. Use double quotes and commas: ["executable", "arg"].',
    KeyWithoutValue: '{instruction} needs a value: write {instruction} {key}=value.',
    MissingEquals: '"{word}" has no "=". When {instruction} sets several values, each must be written name=value.',
    UnterminatedHeredoc: 'The here-document <<{delimiter} is never closed: add a line containing only "{delimiter}".',
    BadSubstitution: 'Bad variable substitution "{text}": write ${NAME}, ${NAME:-default} or ${NAME:+alternative}.',
    UnsupportedModifier: 'The modifier "{modifier}" is not supported in "{text}". Use :-, -, :+, +, :?, ?, #, %, or /.',
    UnterminatedQuote:
      'This {quote} quote is never closed, so the build fails while reading the argument. Add the closing quote.',
    ParserInternalError: 'The Dockerfile parser failed unexpectedly ({detail}). Please report this file.',
    'word.single': 'single',
    'word.double': 'double',
  },
  {
    DuplicateDirective: '파서 지시어 "{name}"이(가) 두 번 이상 있습니다. 맨 위에 "# {name}=…" 줄을 하나만 남기세요.',
    InvalidEscapeDirective: 'escape 지시어는 "{value}"이(가) 아니라 백슬래시(\\)나 백틱(`)이어야 합니다.',
    NonStringJSONArray:
      'JSON(exec) 형식에서는 배열의 모든 요소가 큰따옴표로 감싼 문자열이어야 합니다. 예: ["echo", "1"].',
    InvalidJSONArray:
      'JSON 배열처럼 보이지만 올바른 JSON이 아니어서 {instruction}이(가) 셸 명령으로 실행합니다. 큰따옴표와 쉼표를 쓰세요: ["실행파일", "인자"].',
    KeyWithoutValue: '{instruction}에는 값이 필요합니다. {instruction} {key}=value처럼 쓰세요.',
    MissingEquals:
      '"{word}"에 "="가 없습니다. {instruction}에서 값을 여러 개 정할 때는 각각 name=value 형식으로 쓰세요.',
    UnterminatedHeredoc: '히어독 <<{delimiter}이(가) 닫히지 않았습니다. "{delimiter}"만 있는 줄을 추가하세요.',
    BadSubstitution: '변수 치환 "{text}"이(가) 잘못되었습니다. ${NAME}, ${NAME:-기본값}, ${NAME:+대체값}처럼 쓰세요.',
    UnsupportedModifier:
      '"{text}"의 수식자 "{modifier}"은(는) 지원하지 않습니다. :-, -, :+, +, :?, ?, #, %, / 중 하나를 쓰세요.',
    UnterminatedQuote: '이 {quote}이(가) 닫히지 않아서 인자를 읽다가 빌드가 실패합니다. 닫는 따옴표를 추가하세요.',
    ParserInternalError: 'Dockerfile 파서가 예기치 않게 실패했습니다({detail}). 이 파일을 제보해 주세요.',
    'word.single': '작은따옴표',
    'word.double': '큰따옴표',
  },
);
