// Maps one schema type to a type model: compound lib.types (nullOr, listOf, attrsOf, either, coercedTo, submodule,
// …) structurally, known leaves through the table in leaf-types.ts, and anything else to a visible `Unmapped<…>`.
// Where the value of an option may itself be wrapped (attribute set entries, function results), the element type is
// `Definition<…>`, because the module system resolves mkIf/mkOverride/… there too.
import { mapNamedType } from "./leaf-types.js";
import type { RecursionInfo } from "./recursion.js";
import type { SchemaType } from "./schema.js";
import {
  library,
  listOf,
  literal,
  neverType,
  nullType,
  recordOf,
  unionOf,
  unmapped,
  type TypeModel,
} from "./type-model.js";

/** Where a type sits, for naming the declarations it needs (`services.nginx.virtualHosts.<name>` → …VirtualHost). */
export interface NameHint {
  /** The enclosing declaration's name when inside a submodule, "" at the root of a set. */
  readonly prefix: string;
  /** Option names from there (no `<name>` placeholders). */
  readonly segments: readonly string[];
  /** The type is the element of a list or attribute set (its name is then singular). */
  readonly element: boolean;
}

export interface MappingContext {
  readonly recursion: RecursionInfo;
  /** A submodule type → a reference to its interface (declared on first use, deduplicated). */
  submodule(node: SchemaType, hint: NameHint): TypeModel;
  /** A node other types repeat → a reference to its declaration (declared on first use with `body`). */
  recursiveTarget(node: SchemaType, hint: NameHint, body: () => TypeModel): TypeModel;
  /** The reference to the whole set's root interface (for `Toplevel NixOS config` and repeated roots). */
  readonly rootReference: TypeModel;
  readonly rootNode: SchemaType;
  readonly setKey: string;
}

const definition = (type: TypeModel): TypeModel => library("Definition", type);

export function mapType(node: SchemaType, hint: NameHint, ctx: MappingContext): TypeModel {
  const target = ctx.recursion.redirects.get(node) ?? (ctx.recursion.targets.has(node) ? node : undefined);
  if (target === ctx.rootNode) return ctx.rootReference;
  if (target && isSubmodule(target)) return ctx.submodule(target, hint);
  if (target) return ctx.recursiveTarget(target, hint, () => mapStructure(target, hint, ctx));
  return mapStructure(node, hint, ctx);
}

export function isSubmodule(node: SchemaType): boolean {
  return node.name === "submodule" || node.name === "submoduleWith";
}

function mapStructure(node: SchemaType, hint: NameHint, ctx: MappingContext): TypeModel {
  if (isSubmodule(node)) return ctx.submodule(node, hint);
  const compound = mapCompound(node, hint, ctx);
  if (compound) return compound;
  const named = mapNamedType(node.name, node.description);
  if (named) return named;
  if (node.name === "Toplevel NixOS config" && ctx.setKey === "nixos") return ctx.rootReference;
  const cut = node.recursive === true && isCompoundName(node.name);
  return unmapped(cut ? `${node.name} (recursive type, cut)` : node.name);
}

const COMPOUND_NAMES = new Set([
  "nullOr",
  "listOf",
  "nonEmptyListOf",
  "attrsOf",
  "lazyAttrsOf",
  "rcloneRemoteConfig",
  "loaOf",
  "uniq",
  "unique",
  "either",
  "oneOf",
  "coercedTo",
  "functionTo",
  "dagOf",
  "matrixOf",
  "enum",
]);

/** Whether a type of this name is made of other types (so a cut one lacks its parts). */
export function isCompoundName(name: string): boolean {
  return COMPOUND_NAMES.has(name) || name === "submodule" || name === "submoduleWith";
}

/** Whether tsnix maps a type of this name (and leaf description) to a precise or named type, not `Unmapped`. */
export function isMappedTypeName(name: string, description?: string): boolean {
  return (
    isCompoundName(name) || name === "Toplevel NixOS config" || mapNamedType(name, description) !== undefined
  );
}

/** The model of a compound type, or undefined when it is not one (or its parts are missing: a cut). */
function mapCompound(node: SchemaType, hint: NameHint, ctx: MappingContext): TypeModel | undefined {
  const nested = node.nested ?? {};
  const part = (role: string, element = false): TypeModel | undefined => {
    const inner = nested[role];
    return inner ? mapType(inner, element ? { ...hint, element: true } : hint, ctx) : undefined;
  };
  const elem = (): TypeModel | undefined => part("elemType", true);
  switch (node.name) {
    case "nullOr":
      return map(part("elemType"), (t) => unionOf([t, nullType]));
    case "listOf":
    case "nonEmptyListOf":
      return map(elem(), listOf);
    case "attrsOf":
    case "lazyAttrsOf":
    case "rcloneRemoteConfig":
    // loaOf also takes a list, but lib deprecates that form (with a warning) in favour of the attribute set; and
    // a list-or-record union would make TypeScript report a wrong entry at the whole option, not at the entry.
    case "loaOf":
      return map(elem(), (t) => recordOf(definition(t)));
    case "uniq":
    case "unique":
      return part("elemType");
    case "either":
    case "oneOf":
      return mapAlternatives(node, hint, ctx);
    case "coercedTo":
      return map(part("finalType"), (t) =>
        unionOf([t, part("coercedType") ?? unmapped("coercedTo source type")]),
      );
    case "functionTo":
      return map(part("elemType"), (t) => library("NixFunction", definition(t)));
    case "dagOf":
      return map(elem(), (t) => recordOf(definition(unionOf([t, library("DagEntry", t)]))));
    case "matrixOf":
      return map(elem(), (t) => listOf(listOf(t)));
    case "enum":
      return mapEnum(node);
    default:
      return undefined;
  }
}

function map(type: TypeModel | undefined, f: (t: TypeModel) => TypeModel): TypeModel | undefined {
  return type === undefined ? undefined : f(type);
}

function mapAlternatives(node: SchemaType, hint: NameHint, ctx: MappingContext): TypeModel | undefined {
  const parts = Object.values(node.nested ?? {});
  if (parts.length === 0) return undefined;
  return unionOf(parts.map((inner) => mapType(inner, hint, ctx)));
}

function mapEnum(node: SchemaType): TypeModel | undefined {
  if (node.values === undefined) return undefined;
  if (node.values.length === 0) return node.recursive ? undefined : neverType;
  return unionOf(
    node.values.map((value): TypeModel => {
      if (value === null) return nullType;
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return literal(value);
      return library("NixValue");
    }),
  );
}
