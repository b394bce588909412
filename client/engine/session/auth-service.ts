// The session's Auth service: BuildKit asks for a registry's username and secret, then runs the token flow itself.
// Like the docker CLI's provider when it has no token seed, we leave FetchToken, GetTokenAuthority and
// VerifyTokenAuthority out, so the engine gets Unimplemented for them and falls back to Credentials.
import { isLocalized } from '../../../core/l10n';
import { GrpcCode, GrpcError, type GrpcServer } from './grpc';
import { decodeCredentialsRequest, encodeCredentialsResponse } from './proto';

export interface CredentialSource {
  /** For a registry host as BuildKit names it (`registry-1.docker.io`, `127.0.0.1:5000`); empty when there are none. */
  credentials(host: string): Promise<{ username: string; secret: string }>;
}

export function registerAuth(server: GrpcServer, source: CredentialSource): void {
  server.unary('/moby.filesync.v1.Auth/Credentials', async (request) => {
    const host = decodeCredentialsRequest(request);
    try {
      const { username, secret } = await source.credentials(host);
      return encodeCredentialsResponse(username, secret);
    } catch (err) {
      // The engine shows this text in the build's error: our own message, in English like the engine's.
      const message = isLocalized(err) ? err.localized('en').message : String(err);
      throw new GrpcError(GrpcCode.unavailable, message);
    }
  });
}
