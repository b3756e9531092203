// The one error stage 1 throws for a user's situation (no nix, no nixpkgs, a module that does not evaluate).

/** A user-facing failure of `extractSchema`: its message says what failed and how to fix it. */
export class ExtractError extends Error {
  override readonly name = "ExtractError";
}
