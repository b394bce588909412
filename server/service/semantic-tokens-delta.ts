// Semantic token deltas: the last tokens sent for each document, so the next answer can be only what changed (one
// edit replacing the span between the common prefix and suffix: typing changes a few tokens, not the file).
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver';

export class SemanticTokensHistory {
  private readonly sent = new Map<string, { resultId: string; data: number[] }>();
  private nextId = 1;

  /** Remembers `tokens` as the document's latest and gives them a result id. */
  full(uri: string, tokens: SemanticTokens): SemanticTokens {
    const resultId = String(this.nextId++);
    this.sent.set(uri, { resultId, data: tokens.data });
    return { resultId, data: tokens.data };
  }

  /** The edits from the tokens sent as `previousResultId`; all tokens when those are no longer known. */
  delta(uri: string, previousResultId: string, tokens: SemanticTokens): SemanticTokens | SemanticTokensDelta {
    const previous = this.sent.get(uri);
    const answer = this.full(uri, tokens);
    if (previous?.resultId !== previousResultId) return answer;
    return { resultId: answer.resultId, edits: tokenEdits(previous.data, tokens.data) };
  }

  forget(uri: string): void {
    this.sent.delete(uri);
  }
}

/** One edit turning `before` into `after`, or none when they are equal. */
export function tokenEdits(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before[prefix] === after[prefix]) prefix++;
  if (prefix === before.length && prefix === after.length) return [];
  let suffix = 0;
  while (suffix < shorter - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return [
    { start: prefix, deleteCount: before.length - prefix - suffix, data: after.slice(prefix, after.length - suffix) },
  ];
}
