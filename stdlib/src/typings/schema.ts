// The `tsnix-options-schema/1` format: what stage 1 (extract, via nix) writes and stage 2 (emit, pure TS) reads.
// See the design document ("Option typings") and the shared fixtures' README for the value encodings.

export const SCHEMA_FORMAT = "tsnix-options-schema/1";

export interface OptionsSchema {
  readonly format: typeof SCHEMA_FORMAT;
  /** nixos, home-manager, nix-darwin, or the name of a module file's set (sops-nix, agenix, …). */
  readonly set: string;
  /** Where the options came from (a nixpkgs version, a checkout, a file). */
  readonly source: string;
  readonly options: readonly SchemaOption[];
}

export interface SchemaOption {
  readonly loc: readonly string[];
  readonly type: SchemaType;
  /** `null` when the walker could not evaluate it. */
  readonly description?: string | null;
  /** Always `{ value }` (a rendered value). */
  readonly default?: RenderedText;
  readonly defaultText?: RenderedText;
  readonly example?: RenderedText;
  /** `null` when the walker could not evaluate it (read as false). */
  readonly readOnly: boolean | null;
  readonly internal: boolean | null;
  /** true, false, or "shallow" in newer lib; `null` when it could not be evaluated (read as true). */
  readonly visible: boolean | string | null;
  readonly declarations: readonly string[];
}

/**
 * A default/defaultText/example: `{ value }` for data, `{ text }` for a plain string,
 * `{ literalExpression | literalExample | literalMD }` for Nix or Markdown text.
 */
export type RenderedText =
  | { readonly value: unknown }
  | { readonly text: string }
  | { readonly literalExpression: string }
  | { readonly literalExample: string }
  | { readonly literalMD: string };
// Older walkers may put data under literalExample (`{ "literalExample": 16 }`); readers render such payloads as data.

export interface SchemaType {
  /** lib.types name: bool, str, listOf, submodule, … ; "unknown" when it could not be evaluated. */
  readonly name: string;
  readonly description?: string;
  /** enum values */
  readonly values?: readonly unknown[];
  /** separatedString separator */
  readonly separator?: string | null;
  /** submodule fields */
  readonly options?: readonly SchemaOption[];
  /** nested types: elemType, left, right, finalType, coercedType, freeformType, … */
  readonly nested?: { readonly [role: string]: SchemaType };
  /** set when the walker cut a recursive type here: the name is known, its parts are not */
  readonly recursive?: boolean;
}
