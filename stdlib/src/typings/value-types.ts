// The value types that generated option typings refer to: packages, paths, functions, and the named fallbacks for
// option types that have no precise shape (unspecified, anything, attrs) or that tsnix could not map (Unmapped).
// Exported by the `tsnix` library; every one is a visible name in hovers and errors, never a silent `any`.

/** A derivation, as `pkgs.hello` evaluates to. */
export interface Package {
  readonly type: "derivation";
  readonly name: string;
  readonly outPath: string;
}

/** A path in the Nix store: `types.package` accepts one in place of a derivation. */
export type StorePath = `/nix/store/${string}`;

/** What an option of type `package` accepts: a derivation or a store path. */
export type PackageValue = Package | StorePath;

/** A Nix path value (`./hardware.nix`). */
export interface NixPath {
  readonly _type: "path";
  readonly path: string;
}

/**
 * What an option of type `path` accepts: an absolute path as a string, a path value, or a package (which Nix
 * coerces to its store path).
 */
export type PathValue = string | NixPath | Package;

/**
 * A Nix function (`functionTo`, overlays, package selectors). Its argument type is not in the option schema, so
 * annotate the parameter: `(pkgs: MyPkgs) => [pkgs.hello]`.
 */
export type NixFunction<Result = NixValue> = (argument: never) => Result;

/** Any value Nix can represent: what `anything`, `raw` and loosely typed options accept. */
export type NixValue =
  | null
  | boolean
  | number
  | string
  | NixPath
  | Package
  | NixFunction<unknown>
  | readonly NixValue[]
  | NixAttrs;

/** An attribute set of Nix values: what `types.attrs` accepts. */
export interface NixAttrs {
  readonly [name: string]: NixValue;
}

/** `types.unspecified`: the option declares no type, so any Nix value is accepted. */
export type Unspecified = NixValue;

/** Marks an `Unmapped` type with the Nix type's name, so that hovers and errors show it. Never constructed. */
export interface UnmappedMarker<NixTypeName extends string> {
  readonly __unmappedNixType: NixTypeName;
}

/**
 * An option type tsnix does not know how to map (a custom `mkOptionType`, or a type the schema could not
 * evaluate). Any Nix value is accepted; `tsnix types` counts these in its report.
 */
export type Unmapped<NixTypeName extends string> = NixValue | UnmappedMarker<NixTypeName>;

/** An entry of a home-manager DAG (`lib.hm.dag.entryAfter [ "x" ] value`): a value with ordering constraints. */
export interface DagEntry<T> {
  readonly data: T;
  readonly before: readonly string[];
  readonly after: readonly string[];
}
