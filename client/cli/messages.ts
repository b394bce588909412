// The CLI's own texts shared by every command (usage mistakes, file errors, the common options), and those of the
// dispatcher, `check` and `parse`. `build` and `run` keep theirs beside them (build-messages.ts, run-messages.ts).
import { defineCatalog, translator } from '../../core/l10n';

export const cliMessages = defineCatalog(
  'cli',
  {
    'usage.common':
      '      --lang en|ko           message language (default: from DFS_LOCALE, LC_ALL, LC_MESSAGES or LANG)\n' +
      '  -h, --help                 show this help',
    'usage.main':
      'Usage: dockerfile-studio [--lang en|ko] <command> [options]\n\n' +
      'Checks, builds and runs Dockerfiles from the command line.\n\n' +
      'Commands:\n{commands}\n\nOptions:\n{common}\n' +
      '      --version              print the version and exit\n\n' +
      'Run "dockerfile-studio <command> --help" for the options of a command.\n',
    'usage.parse':
      'Usage: dockerfile-studio parse [--format json] [--lang en|ko] FILE\n\n' +
      'Prints the syntax tree of a Dockerfile as JSON, for tooling and debugging.\n\n' +
      'Options:\n' +
      '      --format json          output format (the only one)\n' +
      '{common}\n\n' +
      'Exit status: 0 when the tree was printed, 2 when the file could not be read or the command was misused.\n',
    'command.check': 'check Dockerfiles for mistakes and print what to fix',
    'command.rules': 'list every rule, with its default severity and documentation',
    'command.parse': 'print the syntax tree of a Dockerfile as JSON',
    'command.build': 'build an image from a Dockerfile',
    'command.run': 'run a container from an image',
    'summary.none': 'No problems found.',
    'summary.some': '{errors} error(s) and {warnings} warning(s) found.',
    unknownOption: 'unknown option {option}.',
    needsValue: 'the option {option} needs a value.',
    noValueAllowed: 'the option {option} takes no value.',
    badChoice: 'the option {option} must be one of {choices}, not "{value}".',
    seeHelp: 'Run "{command} --help" for the options.',
    noCommand: 'no command given: name one of {names}.',
    unknownCommand: 'unknown command "{command}": use one of {names}.',
    noFiles: 'no Dockerfile given: name at least one file.',
    oneFile: 'give exactly one Dockerfile.',
    'file.ENOENT': 'cannot read "{file}": no such file.',
    'file.EACCES': 'cannot read "{file}": permission denied.',
    'file.EISDIR': 'cannot read "{file}": it is a directory, not a Dockerfile.',
    'file.other': 'cannot read "{file}" ({code}).',
  },
  {
    'usage.common':
      '      --lang en|ko           메시지 언어(기본값: DFS_LOCALE, LC_ALL, LC_MESSAGES 또는 LANG에서 정합니다)\n' +
      '  -h, --help                 이 도움말을 봅니다',
    'usage.main':
      '사용법: dockerfile-studio [--lang en|ko] <명령> [옵션]\n\n' +
      '명령줄에서 Dockerfile을 검사하고, 빌드하고, 실행합니다.\n\n' +
      '명령:\n{commands}\n\n옵션:\n{common}\n' +
      '      --version              버전을 출력하고 끝냅니다\n\n' +
      '명령별 옵션은 "dockerfile-studio <명령> --help"로 볼 수 있습니다.\n',
    'usage.parse':
      '사용법: dockerfile-studio parse [--format json] [--lang en|ko] 파일\n\n' +
      'Dockerfile의 구문 트리를 JSON으로 출력합니다. 도구 연동과 디버깅에 씁니다.\n\n' +
      '옵션:\n' +
      '      --format json          출력 형식(json만 지원합니다)\n' +
      '{common}\n\n' +
      '종료 코드: 트리를 출력하면 0, 파일을 읽을 수 없거나 명령을 잘못 쓰면 2입니다.\n',
    'command.check': 'Dockerfile의 실수를 검사하고 고칠 점을 출력합니다',
    'command.rules': '모든 규칙과 기본 심각도, 문서 위치를 보여 줍니다',
    'command.parse': 'Dockerfile의 구문 트리를 JSON으로 출력합니다',
    'command.build': 'Dockerfile로 이미지를 빌드합니다',
    'command.run': '이미지로 컨테이너를 실행합니다',
    'summary.none': '문제를 찾지 못했습니다.',
    'summary.some': '오류 {errors}개, 경고 {warnings}개를 찾았습니다.',
    unknownOption: '알 수 없는 옵션 {option}입니다.',
    needsValue: '{option} 옵션에는 값이 필요합니다.',
    noValueAllowed: '{option} 옵션은 값을 받지 않습니다.',
    badChoice: '{option} 옵션은 "{value}"이(가) 아니라 {choices} 중 하나여야 합니다.',
    seeHelp: '옵션은 "{command} --help"로 볼 수 있습니다.',
    noCommand: '명령이 없습니다. {names} 중 하나를 지정하세요.',
    unknownCommand: '알 수 없는 명령 "{command}"입니다. {names} 중 하나를 쓰세요.',
    noFiles: 'Dockerfile이 없습니다. 파일을 하나 이상 지정하세요.',
    oneFile: 'Dockerfile을 하나만 지정하세요.',
    'file.ENOENT': '"{file}"을(를) 읽을 수 없습니다: 파일이 없습니다.',
    'file.EACCES': '"{file}"을(를) 읽을 수 없습니다: 권한이 없습니다.',
    'file.EISDIR': '"{file}"을(를) 읽을 수 없습니다: Dockerfile이 아니라 디렉터리입니다.',
    'file.other': '"{file}"을(를) 읽을 수 없습니다({code}).',
  },
);

export type CliMessageKey = keyof typeof cliMessages.en;

export const cliText = translator(cliMessages);
