// What a request is answered with when its answer would be wasted: it was cancelled, or its document changed.
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export function requestCancelled(): ResponseError {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/** The answer to a request whose work went stale: cancelled, or its document changed. */
export function staleAnswer(token: CancellationToken): ResponseError {
  return token.isCancellationRequested ? requestCancelled() : documentChanged();
}

export function documentChanged(): ResponseError {
  return new ResponseError(LSPErrorCodes.ContentModified, 'document changed');
}
