// `builtins`: the part of Nix's builtins configuration code reaches for, typed. Calls lower to `builtins.<name>`,
// curried; their meaning is Nix's.
import type { PathValue } from "../typings/value-types.js";

export interface Builtins {
  /** The contents of a file (a path or a string naming one). */
  readFile(file: PathValue): string;
  /** Whether a path exists. */
  pathExists(file: PathValue): boolean;
  /** The system evaluating this (impure: not available in pure flake evaluation). */
  readonly currentSystem: string;
  readonly nixVersion: string;
  toJSON(value: unknown): string;
  fromJSON(text: string): unknown;
}

/** Nix's `builtins` (only meaningful once compiled: reading a member in JavaScript throws). */
export const builtins: Builtins = new Proxy({} as Builtins, {
  get(_target, name) {
    throw new Error(`tsnix: builtins.${String(name)} only has a meaning once compiled to Nix`);
  },
});
