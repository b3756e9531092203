// The type model between the schema and the emitted TypeScript: what each option's type means, as data that the
// emitter prints without making decisions of its own.

/** Names the generated files import from the `tsnix` library (see value-types.ts and definitions.ts). */
export type LibraryTypeName =
  | "Definition"
  | "AttrsDefinition"
  | "Package"
  | "PackageValue"
  | "PathValue"
  | "NixFunction"
  | "NixValue"
  | "NixAttrs"
  | "Unspecified"
  | "Unmapped"
  | "DagEntry"
  | "SecretPath"
  | "HomeManagerConfig";

export type TypeModel =
  | {
      readonly kind: "keyword";
      readonly keyword: "string" | "number" | "boolean" | "null" | "never" | "undefined";
    }
  | { readonly kind: "literal"; readonly value: string | number | boolean }
  | { readonly kind: "list"; readonly element: TypeModel }
  /** `{ [name: string]: value }` */
  | { readonly kind: "record"; readonly value: TypeModel }
  | { readonly kind: "union"; readonly members: readonly TypeModel[] }
  | { readonly kind: "library"; readonly name: LibraryTypeName; readonly args: readonly TypeModel[] }
  /** A declaration of the generated output (an interface or a type alias), by id. */
  | { readonly kind: "reference"; readonly id: number };

export const stringType: TypeModel = { kind: "keyword", keyword: "string" };
export const numberType: TypeModel = { kind: "keyword", keyword: "number" };
export const booleanType: TypeModel = { kind: "keyword", keyword: "boolean" };
export const nullType: TypeModel = { kind: "keyword", keyword: "null" };
export const neverType: TypeModel = { kind: "keyword", keyword: "never" };
export const undefinedType: TypeModel = { kind: "keyword", keyword: "undefined" };

export function library(name: LibraryTypeName, ...args: TypeModel[]): TypeModel {
  return { kind: "library", name, args };
}

export function literal(value: string | number | boolean): TypeModel {
  return { kind: "literal", value };
}

export function listOf(element: TypeModel): TypeModel {
  return { kind: "list", element };
}

export function recordOf(value: TypeModel): TypeModel {
  return { kind: "record", value };
}

export function reference(id: number): TypeModel {
  return { kind: "reference", id };
}

/** A visible fallback for a Nix type tsnix cannot map: `Unmapped<"name">`. */
export function unmapped(nixTypeName: string): TypeModel {
  return library("Unmapped", literal(nixTypeName));
}

/** A union with nested unions flattened and duplicates dropped; a single member stands for itself. */
export function unionOf(members: readonly TypeModel[]): TypeModel {
  const seen = new Map<string, TypeModel>();
  for (const member of members.flatMap((m) => (m.kind === "union" ? m.members : [m]))) {
    const key = typeKey(member);
    if (!seen.has(key)) seen.set(key, member);
  }
  const unique = [...seen.values()];
  if (unique.length === 0) return neverType;
  return unique.length === 1 ? unique[0]! : { kind: "union", members: unique };
}

/** A stable text key of a type model (for deduplication). */
export function typeKey(type: TypeModel): string {
  return JSON.stringify(type);
}

/** JSDoc content of one option, already rendered to Markdown text and tag texts. */
export interface OptionDoc {
  readonly body: string;
  readonly tags: readonly { readonly name: string; readonly text: string }[];
}

export interface MemberModel {
  readonly name: string;
  readonly type: TypeModel;
  readonly doc: OptionDoc | undefined;
}

export interface InterfaceModel {
  readonly kind: "interface";
  readonly id: number;
  readonly name: string;
  readonly doc: string | undefined;
  readonly members: readonly MemberModel[];
  /** The index signature's value type, for submodules with a freeform type. */
  readonly index: TypeModel | undefined;
  /** The output file (relative, without extension) that declares it. */
  readonly file: string;
}

export interface AliasModel {
  readonly kind: "alias";
  readonly id: number;
  readonly name: string;
  readonly doc: string | undefined;
  readonly type: TypeModel;
  readonly file: string;
}

export type DeclarationModel = InterfaceModel | AliasModel;
