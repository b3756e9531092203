// The mapping table for option types that are known by name alone: lib.types leaves (bool, str, int, path, …),
// their newer and older spellings, and the custom `mkOptionType`s of NixOS, home-manager, sops-nix and others.
// Compound types (listOf, attrsOf, either, submodule, …) are decoded structurally in map-type.ts.
import {
  booleanType,
  library,
  listOf,
  nullType,
  numberType,
  stringType,
  unionOf,
  type TypeModel,
} from "./type-model.js";

const packageValue = library("PackageValue");
const pathValue = library("PathValue");
const nixValue = library("NixValue");
const nixAttrs = library("NixAttrs");
const scalar = unionOf([stringType, numberType, booleanType]);
const systemdAtom = unionOf([stringType, numberType, booleanType, library("PathValue")]);

const EXACT: Readonly<Record<string, TypeModel>> = {
  bool: booleanType,
  boolByOr: booleanType,
  str: stringType,
  string: stringType,
  nonEmptyStr: stringType,
  singleLineStr: stringType,
  lines: stringType,
  commas: stringType,
  envVar: stringType,
  separatedString: stringType,
  passwdEntry: stringType,
  yubiKeyId: stringType,
  luaInline: stringType,
  int: numberType,
  float: numberType,
  number: numberType,
  port: numberType,
  bits: numberType,
  path: pathValue,
  pathInStore: pathValue,
  externalPath: pathValue,
  pathNotInStore: pathValue,
  pathWith: pathValue,
  // lib.types.path's string form spelled out (`absolute path`): a string starting with "/", or a path value
  absolutePath: pathValue,
  ipAddress: stringType,
  // disko's lib.types.str with a check for a leading "/"
  "absolute pathname": stringType,
  ipv4Address: stringType,
  ipv6Address: stringType,
  package: packageValue,
  shellPackage: packageValue,
  "ibus-engine": packageValue,
  "fcitx-engine": packageValue,
  coercibleToString: unionOf([stringType, library("PathValue")]),
  anything: nixValue,
  raw: nixValue,
  gvariant: nixValue,
  deferredModule: nixValue,
  "json value": nixValue,
  "JSON value": nixValue,
  "yaml value": nixValue,
  "YAML value": nixValue,
  "toml value": nixValue,
  "TOML value": nixValue,
  unspecified: library("Unspecified"),
  attrs: nixAttrs,
  attrTag: nixAttrs,
  maintainer: nixAttrs,
  nixpkgs: nixAttrs,
  pkgs: nixAttrs,
  "nixpkgs-config": nixAttrs,
  optionType: nixAttrs,
  // akkoma's `{ _secret = "/path"; }` and `{ _raw = "…"; }` settings values
  secret: nixAttrs,
  rawElixir: nixAttrs,
  "INI config atom": unionOf([scalar, nullType]),
  "INI atom": unionOf([scalar, nullType, listOf(scalar)]),
  "sysctl option value": unionOf([scalar, nullType]),
  "systemd option": unionOf([systemdAtom, listOf(systemdAtom)]),
  function: library("NixFunction"),
  selectorFunction: library("NixFunction", listOf(packageValue)),
  overlayFunction: library("NixFunction", library("NixFunction", nixAttrs)),
  "nixpkgs-overlay": library("NixFunction", library("NixFunction", nixAttrs)),
};

const PATTERNS: readonly (readonly [RegExp, TypeModel])[] = [
  [/^strMatching\b/, stringType],
  [/^str\b/, stringType],
  [/^(nonEmpty|singleLine)?Str/, stringType],
  [/^percentStr/, stringType],
  [/^(un)?signedInt\d*$/, numberType],
  [/^(positive|unsigned)Int/, numberType],
  [/^intBetween/, numberType],
  [/^number(Between|Nonnegative|Positive)/, numberType],
  [/^ints\./, numberType],
  [/^numbers\./, numberType],
  [/^[us](8|16|32|64)$/, numberType],
];

/** Leaf descriptions that name a plain type, for custom types whose name alone says nothing. */
const BY_DESCRIPTION: Readonly<Record<string, TypeModel>> = {
  string: stringType,
  boolean: booleanType,
  "signed integer": numberType,
  integer: numberType,
  "floating point number": numberType,
  package: packageValue,
  path: pathValue,
  "attribute set": nixAttrs,
};

/**
 * `passwdEntry T` (an entry of /etc/passwd: T without newlines or colons) as the options manual spells it, e.g.
 * `passwdEntry str`, `passwdEntry path`: the type of T. (Evaluated schemas name it `passwdEntry` alone.)
 */
const PASSWD_ENTRY = /^passwdEntry (\S+)$/;

/** The type model of a type known by name (or, failing that, by its leaf description); undefined if unknown. */
export function mapNamedType(name: string, description: string | undefined): TypeModel | undefined {
  if (Object.hasOwn(EXACT, name)) return EXACT[name];
  const entry = PASSWD_ENTRY.exec(name);
  if (entry) return mapNamedType(entry[1]!, undefined) ?? stringType;
  for (const [pattern, type] of PATTERNS) if (pattern.test(name)) return type;
  if (description !== undefined && Object.hasOwn(BY_DESCRIPTION, description))
    return BY_DESCRIPTION[description];
  return undefined;
}
