// Typings from the shared nixos-unstable-2412 schema (current service names, types parsed from the options manual):
// its set is NixOS (`NixosConfig`), every type name but the manual's unparsable ones is mapped, and a current host
// type-checks — with each misuse (a misspelt option, a wrong type, a plaintext secret) an error at its line.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateTypings, type GeneratedTypings } from "../../../stdlib/src/typings/generate-typings.js";
import { isMappedTypeName } from "../../../stdlib/src/typings/map-type.js";
import { readSchemaFile } from "../../../stdlib/src/typings/read-schema.js";
import type { SchemaType } from "../../../stdlib/src/typings/schema.js";
import {
  createCheckedProgram,
  describeDiagnostic,
  fixturesDir,
  lineOf,
  sharedSchemasDir,
  temporaryDirectory,
  writeFiles,
} from "./support/typings-fixtures.js";

const schemaFile = path.join(sharedSchemasDir, "nixos-unstable-2412.json.gz");
const available = fs.existsSync(schemaFile);
if (!available) console.warn(`SKIPPED nixos-unstable-2412 typings: no schema at ${schemaFile}`);

describe.skipIf(!available)("typings from the nixos-unstable-2412 schema", () => {
  let dir: string;
  let generated: GeneratedTypings;

  beforeAll(() => {
    dir = temporaryDirectory("nixos-2412");
    generated = generateTypings(readSchemaFile(schemaFile));
    writeFiles(path.join(dir, generated.setKey), generated.files);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("are the NixOS set: OptionSets key nixos, root NixosOptions", () => {
    expect(generated.setKey).toBe("nixos");
    expect(generated.rootInterface).toBe("NixosOptions");
  });

  it("map every type name except the manual's unparsable descriptions (unknown)", () => {
    const unmapped = new Set<string>();
    const visit = (type: SchemaType): void => {
      if (!isMappedTypeName(type.name, type.description) && type.name !== "unknown") unmapped.add(type.name);
      for (const inner of Object.values(type.nested ?? {})) visit(inner);
      for (const option of type.options ?? []) visit(option.type);
    };
    for (const option of readSchemaFile(schemaFile).options) visit(option.type);
    expect([...unmapped]).toEqual([]);
    expect(Object.keys(generated.report.unmapped)).toEqual(["unknown"]);
    expect(generated.report.secretOptions).toBeGreaterThan(300);
  });

  it("check a current host: it passes, and each misuse is an error at its line", () => {
    const host = path.join(fixturesDir, "nixos-2412-host.ts");
    const checked = createCheckedProgram([path.join(dir, "nixos", "index.d.ts"), host]);
    const diagnostics = checked.diagnostics(host);
    const misuses = fs
      .readFileSync(host, "utf8")
      .split("\n")
      .flatMap((line, i) => (line.includes("// MISUSE") ? [i + 1] : []));
    expect(misuses.length).toBe(6);
    expect(diagnostics.map(lineOf), diagnostics.map(describeDiagnostic).join("\n")).toEqual(misuses);
  });
});
