// The server's own notifications to the client, shared by both ends (no imports: the extension bundles this file).

/** Sent when a document's checks become reduced (larger than `validation.maxFileSize`) or full again. */
export const VALIDATION_SCOPE = 'dockerfileStudio/validationScope';

export interface ValidationScope {
  uri: string;
  /** Only the checks that stay linear in the document's size run: no shell analysis, no ShellCheck. */
  reduced: boolean;
  /** The document's size and the setting, in characters. */
  size: number;
  maxFileSize: number;
}
