// Variables BuildKit provides without a declaration: the one list the rules, completion and hover read.

/** Platform ARGs: predefined in the global scope (usable in FROM); a stage must declare `ARG NAME` to use them. */
export const PLATFORM_ARGS: readonly string[] = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
];

/** Proxy ARGs BuildKit passes through without a declaration. */
export const PROXY_ARGS: readonly string[] = [
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
];

/** Environment every Linux stage has, even FROM scratch. */
export const DEFAULT_ENV: readonly string[] = ['PATH'];
