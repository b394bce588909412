// Typed errors for packing a build context, with messages in English and Korean.
import { defineCatalog, resolveLocale, translate, type Localized, type LocalizedText } from '../../core/l10n';

export type ContextErrorKind =
  | 'context-missing'
  | 'context-not-directory'
  | 'dockerfile-missing'
  | 'ignore-lone-exclamation'
  | 'ignore-bad-pattern'
  | 'unreadable'
  | 'file-changed'
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
    'ignore-lone-exclamation':
      '.dockerignore{at} has a "!" with no pattern after it. Write the path to keep after the "!" (for example "!README.md"), or remove the line.',
    'ignore-bad-pattern':
      '.dockerignore{at} has a pattern that is not valid: "{pattern}". Check its brackets [ ] and backslashes, or remove the line.',
    unreadable:
      'Cannot read {path} in the build context (permission denied). Make it readable, or exclude it in .dockerignore.',
    'file-changed':
      '{path} changed or was removed while the build context was being sent. Run the build again once nothing is writing to it.',
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
    'ignore-lone-exclamation':
      '.dockerignore{at}에 패턴 없이 "!"만 있습니다. "!" 뒤에 남길 경로를 쓰거나(예: "!README.md") 그 줄을 지우세요.',
    'ignore-bad-pattern':
      '.dockerignore{at}의 패턴 "{pattern}"이(가) 올바르지 않습니다. 대괄호 [ ]와 역슬래시를 확인하거나 그 줄을 지우세요.',
    unreadable:
      '빌드 컨텍스트의 {path}을(를) 읽을 수 없습니다(권한 없음). 읽기 권한을 주거나 .dockerignore로 제외하세요.',
    'file-changed':
      '빌드 컨텍스트를 보내는 도중에 {path}이(가) 바뀌거나 삭제되었습니다. 파일 쓰기가 끝난 뒤 다시 빌드하세요.',
    cancelled: '빌드 컨텍스트 전송이 취소되었습니다.',
    io: '빌드 컨텍스트의 {path}을(를) 읽을 수 없습니다(시스템 오류 {code}). 디스크와 파일을 확인한 뒤 다시 빌드하세요.',
    atLine: ' ({line}번째 줄)',
    unknownCode: '알 수 없음',
  },
);

export function contextMessage(kind: ContextErrorKind, details: ContextErrorDetails, locale = 'en'): string {
  const lang = resolveLocale(locale);
  const at = details.line === undefined ? '' : translate(messages, lang, 'atLine', { line: details.line });
  const code = details.code ?? translate(messages, lang, 'unknownCode');
  return translate(messages, lang, kind, { path: details.path ?? '', pattern: details.pattern ?? '', code, at });
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

/** Maps a file-system error on `path` to a ContextError. */
export function fsError(err: unknown, path: string): ContextError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return new ContextError('unreadable', { path }, { cause: err });
  if (isMissing(err)) return new ContextError('file-changed', { path }, { cause: err }); // removed mid-walk
  return new ContextError('io', { path, ...(code ? { code } : {}) }, { cause: err });
}
