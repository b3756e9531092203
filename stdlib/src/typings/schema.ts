// The `tsnix-options-schema/1` format: what stage 1 (extract, via nix) writes and stage 2 (emit, pure TS) reads.
// See ../../../../shared/docs/design.md ("Option typings") and shared/fixtures/README.md for the value encodings.

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
  readonly description?: string;
  /** Always `{ value }` (a rendered value). */
  readonly default?: RenderedText;
  readonly defaultText?: RenderedText;
  readonly example?: RenderedText;
  readonly readOnly: boolean;
  readonly internal: boolean;
  /** true, false, or "shallow" in newer lib. */
  readonly visible: boolean | string;
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
  /** nested types: elemType, left, right, finalType, coercedType, … */
  readonly nested?: { readonly [role: string]: SchemaType };
  /** set when the walker cut a recursive type */
  readonly recursive?: boolean;
}
