// Small builders for synthetic option schemas, so that unit tests state exactly the options they are about.
import {
  SCHEMA_FORMAT,
  type OptionsSchema,
  type SchemaOption,
  type SchemaType,
} from "../../../../stdlib/src/typings/schema.js";

export function schemaOf(options: readonly SchemaOption[], set = "nixos"): OptionsSchema {
  return { format: SCHEMA_FORMAT, set, source: "a test schema", options };
}

export function option(loc: string, type: SchemaType, extra: Partial<SchemaOption> = {}): SchemaOption {
  return {
    loc: loc.split("."),
    type,
    description: `The ${loc} option.`,
    default: { value: null },
    readOnly: false,
    internal: false,
    visible: true,
    declarations: ["modules/test.nix"],
    ...extra,
  };
}

export const t = {
  str: { name: "str", description: "string" } as SchemaType,
  int: { name: "int", description: "signed integer" } as SchemaType,
  bool: { name: "bool", description: "boolean" } as SchemaType,
  port: {
    name: "unsignedInt16",
    description: "16 bit unsigned integer; between 0 and 65535 (both inclusive)",
  } as SchemaType,
  listOf: (elemType: SchemaType): SchemaType => ({ name: "listOf", nested: { elemType } }),
  attrsOf: (elemType: SchemaType): SchemaType => ({ name: "attrsOf", nested: { elemType } }),
  nullOr: (elemType: SchemaType): SchemaType => ({ name: "nullOr", nested: { elemType } }),
  either: (left: SchemaType, right: SchemaType): SchemaType => ({ name: "either", nested: { left, right } }),
  enum: (...values: unknown[]): SchemaType => ({ name: "enum", values }),
  submodule: (...options: SchemaOption[]): SchemaType => ({ name: "submodule", options }),
};
