// The raw-Nix escape hatch: ``nix<Package>`pkgs.callPackage ./tool.nix { }` `` is copied into the output as written
// (with `${…}` parts compiled from TypeScript). Nothing checks it: its type is the author's word, and tsnix cannot
// promise what it means. Reach for it only for what the TypeScript subset cannot say.

/** Nix text for what TypeScript cannot say; T is what you declare it evaluates to. */
export function nix<T = unknown>(text: TemplateStringsArray, ...values: readonly unknown[]): T {
  void values;
  throw new Error(`tsnix: raw Nix (${text.join("…")}) only has a meaning once compiled to Nix`);
}
