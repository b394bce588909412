// Image references as the distribution/reference grammar defines them (what `docker pull` and FROM accept):
//   [domain[:port]/]path-component[/path-component…][:tag][@algorithm:hex]
// Used by FROM validation and by the build prompt's tag field.

export type ReferenceProblem =
  | 'empty'
  | 'uppercase'
  | 'invalidFormat'
  | 'invalidDomain'
  | 'invalidTag'
  | 'invalidDigest'
  | 'unsupportedDigest'
  | 'nameTooLong'
  | 'hexIdentifier';

export interface ParsedReference {
  /** Registry host, when written (`registry.example.com:5000`). */
  domain: string | undefined;
  /** Repository path without the domain, e.g. `library/alpine` is written `alpine`. */
  path: string;
  tag: string | undefined;
  digest: string | undefined;
}

export type ReferenceResult = ({ ok: true } & ParsedReference) | { ok: false; code: ReferenceProblem; reason: string };

const NAME_MAX = 255;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const HEX_ID = /^[a-f0-9]{64}$/;
const DIGEST_LENGTHS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

const REASONS: Record<ReferenceProblem, string> = {
  empty: 'the image name is empty',
  uppercase: 'the repository name must be lower-case',
  invalidFormat: 'the name may only contain lower-case letters, digits and the separators ".", "_", "__", "-" and "/"',
  invalidDomain: 'the registry host is not a valid host name or port',
  invalidTag: 'a tag must start with a letter, digit or "_" and hold at most 128 letters, digits, "_", "." or "-"',
  invalidDigest: 'a digest must read algorithm:hex, e.g. sha256: followed by 64 hex digits',
  unsupportedDigest: 'the digest algorithm is not supported (use sha256, sha384 or sha512)',
  nameTooLong: `the repository name is longer than ${NAME_MAX} characters`,
  hexIdentifier: 'a 64-character hex string is an image ID, not a repository name',
};

function fail(code: ReferenceProblem): ReferenceResult {
  return { ok: false, code, reason: REASONS[code] };
}

export function validateReference(text: string): ReferenceResult {
  if (text === '') return fail('empty');
  if (HEX_ID.test(text)) return fail('hexIdentifier');
  const at = text.indexOf('@');
  const digest = at < 0 ? undefined : text.slice(at + 1);
  const nameAndTag = at < 0 ? text : text.slice(0, at);
  if (digest !== undefined) {
    const problem = digestProblem(digest);
    if (problem) return fail(problem);
  }
  const colon = nameAndTag.lastIndexOf(':');
  const hasTag = colon > nameAndTag.lastIndexOf('/');
  const tag = hasTag ? nameAndTag.slice(colon + 1) : undefined;
  const name = hasTag ? nameAndTag.slice(0, colon) : nameAndTag;
  const parsed = parseName(name);
  if ('code' in parsed) return parsed;
  if (tag !== undefined && !TAG.test(tag)) return fail('invalidTag');
  return { ok: true, ...parsed, tag, digest };
}

function parseName(name: string): { domain: string | undefined; path: string } | ReferenceResult {
  if (name === '') return fail('empty');
  if (name.length > NAME_MAX) return fail('nameTooLong');
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  const isDomain = slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
  const domain = isDomain ? first : undefined;
  const path = isDomain ? name.slice(slash + 1) : name;
  if (domain !== undefined && !DOMAIN.test(domain)) return fail('invalidDomain');
  if (path !== path.toLowerCase()) return fail('uppercase');
  if (!path.split('/').every((component) => PATH_COMPONENT.test(component))) return fail('invalidFormat');
  return { domain, path };
}

function digestProblem(digest: string): ReferenceProblem | undefined {
  if (!DIGEST.test(digest)) return 'invalidDigest';
  const [algorithm = '', hex = ''] = digest.split(':');
  const length = DIGEST_LENGTHS[algorithm];
  if (length === undefined) return 'unsupportedDigest';
  return hex.length === length && /^[a-f0-9]+$/.test(hex) ? undefined : 'invalidDigest';
}
