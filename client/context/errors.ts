// Typed errors for packing a build context, with messages in English and Korean.
import { displayName } from '../../core/ignore/names';
import { defineCatalog, resolveLocale, translate, type Localized, type LocalizedText } from '../../core/l10n';

export type ContextErrorKind =
  | 'context-missing'
  | 'context-not-directory'
  | 'dockerfile-missing'
  | 'is-folder'
  | 'special-file'
  | 'too-large'
  | 'ignore-lone-exclamation'
  | 'ignore-bad-pattern'
  | 'unreadable'
  | 'file-changed'
  | 'name-too-long'
  | 'symlink-loop'
  | 'cancelled'
  | 'io';

export interface ContextErrorDetails {
  path?: string;
  line?: number;
  pattern?: string;
  code?: string;
}

const messages = defineCatalog(
  'context',
  {
    'context-missing': 'The build context folder {path} does not exist. Check the context path you gave to the build.',
    'context-not-directory':
      'The build context {path} is a file, not a folder. Give the folder that holds your Dockerfile and the files it copies.',
    'dockerfile-missing':
      'Cannot find the Dockerfile {path}. Check its name and location, or pass the right file with -f.',
    'is-folder':
      '{path} is a folder, not a file. Give the path of the file itself (the Dockerfile with -f), or rename the folder.',
    'special-file':
      '{path} is not a regular file (it is a pipe, a socket or a device), so it cannot be read. Give a regular file.',
    'too-large':
      '{path} is larger than {limit} MB: it cannot be a Dockerfile or a .dockerignore. Check the file you gave.',
    'ignore-lone-exclamation':
      '.dockerignore{at} has a "!" with no pattern after it. Write the path to keep after the "!" (for example "!README.md"), or remove the line.',
    'ignore-bad-pattern':
      '.dockerignore{at} has a pattern that is not valid: "{pattern}". Check its brackets [ ] and backslashes, or remove the line.',
    unreadable:
      'Cannot read {path} in the build context (permission denied). Make it readable, or exclude it in .dockerignore.',
    'file-changed':
      '{path} changed or was removed while the build context was being sent. Run the build again once nothing is writing to it.',
    'name-too-long':
      'The path {path} is longer than the system allows. Shorten the folder names on it, or exclude it in .dockerignore.',
    'symlink-loop': '{path} is a symbolic link that leads back to itself. Fix or remove the link.',
    cancelled: 'Sending the build context was cancelled.',
    io: 'Cannot read {path} in the build context (system error {code}). Check the disk and the file, then build again.',
    atLine: ' (line {line})',
    unknownCode: 'unknown',
  },
  {
    'context-missing': '빌드 컨텍스트 폴더 {path}이(가) 없습니다. 빌드에 지정한 컨텍스트 경로를 확인하세요.',
    'context-not-directory':
      '빌드 컨텍스트 {path}은(는) 폴더가 아니라 파일입니다. Dockerfile과 복사할 파일이 들어 있는 폴더를 지정하세요.',
    'dockerfile-missing':
      'Dockerfile {path}을(를) 찾을 수 없습니다. 파일 이름과 위치를 확인하거나 -f로 올바른 파일을 지정하세요.',
    'is-folder':
      '{path}은(는) 파일이 아니라 폴더입니다. 파일 자체의 경로를 지정하거나(Dockerfile은 -f로) 폴더 이름을 바꾸세요.',
    'special-file': '{path}은(는) 일반 파일이 아니라(파이프, 소켓 또는 장치) 읽을 수 없습니다. 일반 파일을 지정하세요.',
    'too-large':
      '{path}이(가) {limit}MB보다 커서 Dockerfile이나 .dockerignore일 수 없습니다. 지정한 파일이 맞는지 확인하세요.',
    'ignore-lone-exclamation':
      '.dockerignore{at}에 패턴 없이 "!"만 있습니다. "!" 뒤에 남길 경로를 쓰거나(예: "!README.md") 그 줄을 지우세요.',
    'ignore-bad-pattern':
      '.dockerignore{at}의 패턴 "{pattern}"이(가) 올바르지 않습니다. 대괄호 [ ]와 역슬래시를 확인하거나 그 줄을 지우세요.',
    unreadable:
      '빌드 컨텍스트의 {path}을(를) 읽을 수 없습니다(권한 없음). 읽기 권한을 주거나 .dockerignore로 제외하세요.',
    'file-changed':
      '빌드 컨텍스트를 보내는 도중에 {path}이(가) 바뀌거나 삭제되었습니다. 파일 쓰기가 끝난 뒤 다시 빌드하세요.',
    'name-too-long':
      '경로 {path}이(가) 시스템이 허용하는 길이보다 깁니다. 경로의 폴더 이름을 줄이거나 .dockerignore로 제외하세요.',
    'symlink-loop': '{path}은(는) 자기 자신으로 되돌아오는 심볼릭 링크입니다. 링크를 고치거나 삭제하세요.',
    cancelled: '빌드 컨텍스트 전송이 취소되었습니다.',
    io: '빌드 컨텍스트의 {path}을(를) 읽을 수 없습니다(시스템 오류 {code}). 디스크와 파일을 확인한 뒤 다시 빌드하세요.',
    atLine: ' ({line}번째 줄)',
    unknownCode: '알 수 없음',
  },
);

/** Paths and patterns longer than this are shown with their middle left out, so that a message stays one short line. */
const SHOWN_LENGTH = 160;

/** A path or pattern for a message: bytes that are not UTF-8 as `\xNN`, its middle left out when long. */
function shown(text: string | undefined): string {
  const name = displayName(text ?? '');
  if (name.length <= SHOWN_LENGTH) return name;
  return `${name.slice(0, SHOWN_LENGTH / 2 - 10)}…${name.slice(name.length - SHOWN_LENGTH / 2)}`;
}

export function contextMessage(kind: ContextErrorKind, details: ContextErrorDetails, locale = 'en'): string {
  const lang = resolveLocale(locale);
  const at = details.line === undefined ? '' : translate(messages, lang, 'atLine', { line: details.line });
  const code = details.code ?? translate(messages, lang, 'unknownCode');
  const limit = BUILD_FILE_LIMIT / (1024 * 1024);
  return translate(messages, lang, kind, {
    path: shown(details.path),
    pattern: shown(details.pattern),
    code,
    at,
    limit,
  });
}

export class ContextError extends Error implements Localized {
  override readonly name = 'ContextError';

  constructor(
    readonly kind: ContextErrorKind,
    readonly details: ContextErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(contextMessage(kind, details), options);
  }

  /** The message in the given locale ('en', 'ko', 'ko-KR', …); English when unknown. */
  localized(locale: string): LocalizedText {
    return { message: contextMessage(this.kind, this.details, locale) };
  }
}

/** The path (or a folder on it) does not exist. */
export function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** A Dockerfile or a `.dockerignore` larger than this is the wrong file: it is never loaded. */
export const BUILD_FILE_LIMIT = 16 * 1024 * 1024;

/** Maps a file-system error on `path` to a ContextError. */
export function fsError(err: unknown, path: string): ContextError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return new ContextError('unreadable', { path }, { cause: err });
  if (isMissing(err)) return new ContextError('file-changed', { path }, { cause: err }); // removed mid-walk
  if (code === 'ENAMETOOLONG') return new ContextError('name-too-long', { path }, { cause: err });
  if (code === 'ELOOP') return new ContextError('symlink-loop', { path }, { cause: err });
  return new ContextError('io', { path, ...(code ? { code } : {}) }, { cause: err });
}
