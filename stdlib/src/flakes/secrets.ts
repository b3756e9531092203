// Secrets by reference: `sopsSecret("db-password")` is the path sops-nix decrypts the secret to at activation
// (`config.sops.secrets."db-password".path`), `ageSecret("db-password")` agenix's (`config.age.secrets.….path`),
// `secretFile("/var/lib/keys/x")` a file you put on the machine yourself. The generated Nix holds only these
// references, never a secret's value; options that want a secret's file (`passwordFile`, `environmentFile`, … in
// generated typings) accept only such a reference, never plain text.

declare const secretBrand: unique symbol;

/** The run-time path of a decrypted secret: what `sopsSecret`/`ageSecret` return. */
export type SecretPath = string & { readonly [secretBrand]: "secret" };

/** `config.sops.secrets.<name>.path` (declare the secret under `sops.secrets.<name>` too). */
export function sopsSecret(name: string): SecretPath {
  return `/run/secrets/${name}` as SecretPath;
}

/** `config.age.secrets.<name>.path` (declare it under `age.secrets.<name>.file` too). */
export function ageSecret(name: string): SecretPath {
  return `/run/agenix/${name}` as SecretPath;
}

/**
 * A secret file you provision yourself (copied at install time, or written by another tool): its absolute path on
 * the machine, as a string — never a path literal, which would copy the file into the world-readable Nix store.
 */
export function secretFile(path: `/${string}`): SecretPath {
  return path as string as SecretPath;
}
