// The mapping table, layer by layer: a schema type → its type model → TypeScript text. Every type name found in
// the four shared schemas has a row here (the shared-schema test checks that no other name occurs there).
import { ts } from "ts-morph";
import { describe, expect, it } from "vitest";
import { typeNode } from "../../../stdlib/src/typings/emit-type-node.js";
import { mapType, type MappingContext } from "../../../stdlib/src/typings/map-type.js";
import type { SchemaType } from "../../../stdlib/src/typings/schema.js";
import { reference } from "../../../stdlib/src/typings/type-model.js";

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
const scratch = ts.createSourceFile("scratch.ts", "", ts.ScriptTarget.Latest);

function context(setKey = "nixos"): MappingContext {
  return {
    recursion: { redirects: new Map(), targets: new Set() },
    submodule: () => reference(1),
    recursiveTarget: (_node, _hint, body) => body(),
    rootReference: reference(0),
    rootNode: { name: "submodule", options: [] },
    setKey,
  };
}

/** The TypeScript text a schema type maps to (references print as Root and Sub). */
function tsText(type: SchemaType, setKey?: string): string {
  const model = mapType(type, { prefix: "", segments: ["x"], element: false }, context(setKey));
  const node = typeNode(model, (id) => ["Root", "Sub"][id] ?? `Decl${id}`);
  return printer.printNode(ts.EmitHint.Unspecified, node, scratch).replace(/\s+/g, " ");
}

const leaf = (name: string, description?: string): SchemaType => ({
  name,
  ...(description ? { description } : {}),
});
const wrap = (name: string, nested: Record<string, SchemaType>): SchemaType => ({ name, nested });
const str = leaf("str", "string");
const int = leaf("int", "signed integer");

/** [schema type, TypeScript] — the documented mapping table (stdlib/src/typings/README.md). */
const TABLE: readonly (readonly [SchemaType, string])[] = [
  [leaf("bool"), "boolean"],
  [leaf("boolByOr"), "boolean"],
  [leaf("str"), "string"],
  [leaf("nonEmptyStr"), "string"],
  [leaf("singleLineStr"), "string"],
  [leaf("separatedString"), "string"],
  [leaf("lines"), "string"],
  [leaf("commas"), "string"],
  [leaf("envVar"), "string"],
  [leaf('strMatching "[0-9a-f]+"'), "string"],
  [leaf("str(nonEmpty)"), "string"],
  [leaf("percentStrBetween"), "string"],
  [leaf("yubiKeyId"), "string"],
  [leaf("passwdEntry str", "string, not containing newlines or colons"), "string"],
  [leaf("passwdEntry path", "path, not containing newlines or colons"), "PathValue"],
  [leaf("absolutePath", "absolute path"), "PathValue"],
  [leaf("ipAddress", "IPv4 or IPv6 address"), "string"],
  [leaf("absolute pathname"), "string"],
  [wrap("secret", { _secret: leaf("absolutePath") }), "NixAttrs"],
  [leaf("rawElixir"), "NixAttrs"],
  [leaf("int"), "number"],
  [leaf("float"), "number"],
  [leaf("number"), "number"],
  [leaf("port"), "number"],
  [leaf("bits"), "number"],
  [leaf("unsignedInt"), "number"],
  [leaf("unsignedInt8"), "number"],
  [leaf("unsignedInt16"), "number"],
  [leaf("signedInt32"), "number"],
  [leaf("positiveInt"), "number"],
  [leaf("intBetween"), "number"],
  [leaf("ints.between"), "number"],
  [leaf("u16"), "number"],
  [wrap("numberBetween", { left: int, right: leaf("float") }), "number"],
  [wrap("numberNonnegative", { left: int, right: leaf("float") }), "number"],
  [leaf("path"), "PathValue"],
  [leaf("pathNotInStore"), "PathValue"],
  [leaf("package"), "PackageValue"],
  [leaf("shellPackage"), "PackageValue"],
  [leaf("fcitx-engine", "package"), "PackageValue"],
  [leaf("ibus-engine"), "PackageValue"],
  [leaf("coercibleToString"), "string | PathValue"],
  [{ name: "enum", values: ["yes", "no", 1, -2, true, null] }, '"yes" | "no" | 1 | -2 | true | null'],
  [{ name: "enum", values: [] }, "never"],
  [wrap("nullOr", { elemType: str }), "string | null"],
  [wrap("listOf", { elemType: str }), "readonly string[]"],
  [wrap("nonEmptyListOf", { elemType: int }), "readonly number[]"],
  [wrap("attrsOf", { elemType: str }), "{ [name: string]: Definition<string>; }"],
  [wrap("lazyAttrsOf", { elemType: int }), "{ [name: string]: Definition<number>; }"],
  [wrap("loaOf", { elemType: str }), "{ [name: string]: Definition<string>; }"],
  [wrap("uniq", { elemType: int }), "number"],
  [wrap("unique", { elemType: str }), "string"],
  [wrap("either", { left: str, right: wrap("listOf", { elemType: str }) }), "string | readonly string[]"],
  [wrap("oneOf", { left: str, right: int }), "string | number"],
  [wrap("either", { left: str, right: str }), "string"],
  [
    wrap("coercedTo", { coercedType: str, finalType: wrap("listOf", { elemType: str }) }),
    "readonly string[] | string",
  ],
  [wrap("coercedTo", { finalType: int }), 'number | Unmapped<"coercedTo source type">'],
  [wrap("functionTo", { elemType: str }), "NixFunction<Definition<string>>"],
  [leaf("function"), "NixFunction"],
  [leaf("selectorFunction"), "NixFunction<readonly PackageValue[]>"],
  [leaf("overlayFunction"), "NixFunction<NixFunction<NixAttrs>>"],
  [leaf("nixpkgs-overlay"), "NixFunction<NixFunction<NixAttrs>>"],
  [wrap("dagOf", { elemType: str }), "{ [name: string]: Definition<string | DagEntry<string>>; }"],
  [wrap("matrixOf", { elemType: leaf("float") }), "readonly (readonly number[])[]"],
  [wrap("rcloneRemoteConfig", { elemType: str }), "{ [name: string]: Definition<string>; }"],
  [{ name: "submodule", options: [] }, "Sub"],
  [leaf("anything"), "NixValue"],
  [leaf("raw"), "NixValue"],
  [leaf("gvariant"), "NixValue"],
  [leaf("json value"), "NixValue"],
  [leaf("unspecified"), "Unspecified"],
  [leaf("attrs"), "NixAttrs"],
  [leaf("attrTag"), "NixAttrs"],
  [leaf("maintainer"), "NixAttrs"],
  [leaf("nixpkgs"), "NixAttrs"],
  [leaf("nixpkgs-config"), "NixAttrs"],
  [leaf("INI config atom"), "string | number | boolean | null"],
  [leaf("sysctl option value"), "string | number | boolean | null"],
  [
    leaf("systemd option"),
    "string | number | boolean | PathValue | readonly (string | number | boolean | PathValue)[]",
  ],
  [leaf("Toplevel NixOS config"), "Root"],
  [leaf("some custom type", "string"), "string"],
  [leaf("some custom type", "boolean"), "boolean"],
  [leaf("some custom type"), 'Unmapped<"some custom type">'],
  [leaf("unknown"), 'Unmapped<"unknown">'],
  [
    { name: "either", recursive: true, description: "(recursive type, truncated)" },
    'Unmapped<"either (recursive type, cut)">',
  ],
  [{ name: "str", recursive: true }, "string"],
];

describe("mapping table: schema type → TypeScript", () => {
  it.each(TABLE.map(([type, expected]) => [JSON.stringify(type).slice(0, 90), type, expected] as const))(
    "%s",
    (_label, type, expected) => {
      expect(tsText(type)).toBe(expected);
    },
  );

  it("maps `Toplevel NixOS config` to the root only for the nixos set", () => {
    expect(tsText(leaf("Toplevel NixOS config"), "home-manager")).toBe('Unmapped<"Toplevel NixOS config">');
  });

  it("never produces `any`", () => {
    for (const [type] of TABLE) expect(tsText(type)).not.toMatch(/\bany\b/);
  });
});
