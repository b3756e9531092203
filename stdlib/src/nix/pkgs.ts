// `pkgs` as modules receive it: packages by attribute name and the trivial builders configurations use most.
// Members are Nix functions, called curried (`pkgs.writeText "name" "text"`); the compiler lowers each call so.
import type { Package, PathValue } from "../typings/value-types.js";

/** The trivial builders of nixpkgs (pkgs/build-support/trivial-builders), and what `pkgs` says of itself. */
export interface PkgsBuilders {
  /** The system these packages are built for (`"x86_64-linux"`, …). */
  readonly system: string;
  /** A store file holding `text`. */
  writeText(name: string, text: string): Package;
  /** An executable shell script at `$out` (bash, with `set -e` not added). */
  writeShellScript(name: string, text: string): Package;
  /** A package holding `bin/<name>`, an executable shell script. */
  writeShellScriptBin(name: string, text: string): Package;
  /** An executable script at `$out`; its text starts with its own `#!` line. */
  writeScript(name: string, text: string): Package;
  /** A package holding `bin/<name>`, an executable script with its own `#!` line. */
  writeScriptBin(name: string, text: string): Package;
  /** A package whose output merges the outputs of `paths`. */
  symlinkJoin(spec: { readonly name: string; readonly paths: readonly Package[] }): Package;
  /** A package built by running `script` with `env` in its environment. */
  runCommand(name: string, env: { readonly [name: string]: string }, script: string): Package;
  /** A development shell (`nix develop`) with `packages` on its PATH. */
  mkShell(spec: {
    readonly name?: string;
    readonly packages?: readonly Package[];
    readonly shellHook?: string;
  }): Package;
  /** A package from a Nix file taking its dependencies as arguments. */
  callPackage(file: PathValue, overrides: { readonly [name: string]: unknown }): Package;
}

/** `pkgs`: every package by name (`pkgs.git`, `pkgs["nixfmt-rfc-style"]`) and the builders. */
export type Pkgs = PkgsBuilders & { readonly [name: string]: Package };
