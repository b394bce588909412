// Which ARG, ENV (and build-arg or run-env) names look like they hold a secret, as BuildKit's SecretsUsedInArgOrEnv
// decides it: one of the secret words as a whole `_`-separated part, unless a part says it is public, a file or a
// version. The rule and the extension (which keeps such values out of workspace state) share this one copy.

const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const ALLOWED = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export function looksSecret(name: string): boolean {
  return SECRET.test(name) && !ALLOWED.test(name);
}
