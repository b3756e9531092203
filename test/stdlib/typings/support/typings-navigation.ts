// Walks a typings model the way TypeScript would look up a config path (`services.nginx.virtualHosts.<name>…`),
// so that a test can prove every option of a schema is reachable in the generated typings.
import type { TypingsModel } from "../../../../stdlib/src/typings/build-model.js";
import type { SchemaOption, SchemaType } from "../../../../stdlib/src/typings/schema.js";
import type { DeclarationModel, TypeModel } from "../../../../stdlib/src/typings/type-model.js";

const LOOSE = new Set(["Unmapped", "NixAttrs", "NixValue", "Unspecified"]);
const COLLECTIONS = new Set([
  "listOf",
  "nonEmptyListOf",
  "attrsOf",
  "lazyAttrsOf",
  "loaOf",
  "dagOf",
  "rcloneRemoteConfig",
]);

/** Option paths of the schema (read-only ones excepted) that the typings offer no property for. */
export function unreachableOptions(
  schema: { readonly options: readonly SchemaOption[] },
  model: TypingsModel,
): string[] {
  const declarations = new Map<number, DeclarationModel>(model.declarations.map((d) => [d.id, d]));
  const missing: string[] = [];
  const propertyTypes = (type: TypeModel, name: string, seen: Set<number>): TypeModel[] => {
    if (type.kind === "library") return type.args.flatMap((a) => propertyTypes(a, name, seen));
    if (type.kind === "union") return type.members.flatMap((m) => propertyTypes(m, name, seen));
    if (type.kind !== "reference" || seen.has(type.id)) return [];
    const declaration = declarations.get(type.id)!;
    if (declaration.kind === "alias")
      return propertyTypes(declaration.type, name, new Set([...seen, type.id]));
    const member = declaration.members.find((m) => m.name === name);
    return member ? [member.type] : declaration.index ? [declaration.index] : [];
  };
  const elementTypes = (type: TypeModel, seen: Set<number>): TypeModel[] => {
    if (type.kind === "library")
      return LOOSE.has(type.name) ? [type] : type.args.flatMap((a) => elementTypes(a, seen));
    if (type.kind === "union") return type.members.flatMap((m) => elementTypes(m, seen));
    if (type.kind === "list") return [type.element];
    if (type.kind === "record") return [type.value];
    if (type.kind !== "reference" || seen.has(type.id)) return [];
    const declaration = declarations.get(type.id)!;
    return declaration.kind === "alias" ? elementTypes(declaration.type, new Set([...seen, type.id])) : [];
  };
  const isLoose = (types: readonly TypeModel[]): boolean =>
    types.some((t) => t.kind === "library" && (LOOSE.has(t.name) || isLoose(t.args)));
  const visitOptions = (
    options: readonly SchemaOption[],
    at: TypeModel[],
    prefix: string,
    depth: number,
  ): void => {
    if (depth > 8 || isLoose(at)) return;
    for (const option of options) {
      if (option.readOnly === true) continue;
      const types = option.loc.reduce(
        (current, segment) => current.flatMap((t) => propertyTypes(t, segment, new Set())),
        at,
      );
      if (types.length === 0) missing.push(prefix + option.loc.join("."));
      else visitType(option.type, types, `${prefix}${option.loc.join(".")}.`, depth);
    }
  };
  const visitType = (type: SchemaType, at: TypeModel[], prefix: string, depth: number): void => {
    if (type.options?.length) visitOptions(type.options, at, prefix, depth + 1);
    for (const [role, inner] of Object.entries(type.nested ?? {})) {
      if (role === "freeformType" || role === "coercedType") continue;
      const element = role === "elemType" && COLLECTIONS.has(type.name);
      visitType(
        inner,
        element ? at.flatMap((t) => elementTypes(t, new Set())) : at,
        element ? `${prefix}<name>.` : prefix,
        depth,
      );
    }
  };
  visitOptions(schema.options, [{ kind: "reference", id: model.rootId }], "", 0);
  return missing;
}
