// Tells whether a Dockerfile changed since it was last built.
import { createHash } from 'node:crypto';

/** A digest of the Dockerfile's text with line endings normalized, so a CRLF round-trip is no change. */
export function dockerfileFingerprint(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');
}

export function changedSinceBuild(text: string, builtFingerprint: string | undefined): boolean {
  return builtFingerprint === undefined || dockerfileFingerprint(text) !== builtFingerprint;
}
