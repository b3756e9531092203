// Typings generated from the four shared schemas (NixOS 20.09, home-manager, sops-nix, agenix): every type name is
// mapped, the output type-checks strictly with no `any`, every fallback is counted, and the type tests in
// fixtures/ hold — misuses are errors at their line, correct configs (mk*-wrapped, nested submodules) pass, and
// `NixosConfig` is loose without typings and strict with them. Generation and checking are shared (beforeAll).
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GeneratedTypings } from "../../../stdlib/src/typings/generate-typings.js";
import { isMappedTypeName } from "../../../stdlib/src/typings/map-type.js";
import { readSchemaFile } from "../../../stdlib/src/typings/read-schema.js";
import type { SchemaOption, SchemaType } from "../../../stdlib/src/typings/schema.js";
import {
  createCheckedProgram,
  describeDiagnostic,
  fixturesDir,
  generateInto,
  lineOf,
  listFiles,
  schemaPath,
  SHARED_SCHEMAS,
  sharedSchemasAvailable,
  temporaryDirectory,
  type CheckedProgram,
  type SharedSchemaName,
} from "./support/typings-fixtures.js";
import { unreachableOptions } from "./support/typings-navigation.js";

const available = sharedSchemasAvailable("typings from the shared option schemas");
const fixture = (name: string): string => path.join(fixturesDir, name);
const TYPE_TEST_FIXTURES = [
  "nixos-correct.ts",
  "nixos-expect-errors.ts",
  "nixos-misuses.ts",
  "home-manager-correct.ts",
  "module-sets.ts",
  "loose-config.ts",
].map(fixture);

/** Every `any` in a file: written out, or implied by a member or alias without a type. */
function silentAnys(file: string, text: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const where = `${file}:${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (node.kind === ts.SyntaxKind.AnyKeyword) found.push(`${where}: any`);
    if ((ts.isPropertySignature(node) || ts.isIndexSignatureDeclaration(node)) && !node.type)
      found.push(`${where}: untyped`);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  return found;
}

/** Unmapped names that are expected: types the walker could not evaluate or cut, and 20.09's coercedTo. */
const EXPECTED_UNMAPPED = /^(unknown|coercedTo source type|.* \(recursive type, cut\))$/;

describe.skipIf(!available)("typings generated from the shared schemas", () => {
  let root: string;
  const generated = new Map<SharedSchemaName, GeneratedTypings & { readonly dir: string }>();
  let strict: CheckedProgram;

  beforeAll(() => {
    root = temporaryDirectory("typings");
    for (const name of SHARED_SCHEMAS) generated.set(name, generateInto(root, name));
    strict = createCheckedProgram([...listFiles(root, ".d.ts"), ...TYPE_TEST_FIXTURES]);
  });

  afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it("maps every type name that occurs in the shared schemas", () => {
    const unmapped = new Set<string>();
    const visit = (type: SchemaType): void => {
      if (!isMappedTypeName(type.name, type.description) && type.name !== "unknown") unmapped.add(type.name);
      for (const inner of Object.values(type.nested ?? {})) visit(inner);
      for (const option of type.options ?? []) visit(option.type);
    };
    for (const name of SHARED_SCHEMAS) {
      readSchemaFile(schemaPath(name)).options.forEach((option: SchemaOption) => visit(option.type));
    }
    expect([...unmapped]).toEqual([]);
  });

  it.each(SHARED_SCHEMAS)(
    "%s: every option of the schema (except read-only ones) is in the typings",
    (name) => {
      const { model } = generated.get(name)!;
      expect(unreachableOptions(readSchemaFile(schemaPath(name)), model)).toEqual([]);
    },
  );

  it.each(SHARED_SCHEMAS)("%s: the typings type-check strictly without a single diagnostic", (name) => {
    const files = listFiles(generated.get(name)!.dir, ".d.ts");
    expect(files.length).toBe(generated.get(name)!.report.files);
    const diagnostics = files.flatMap((file) => strict.diagnostics(file));
    expect(diagnostics.map(describeDiagnostic)).toEqual([]);
  });

  it.each(SHARED_SCHEMAS)(
    "%s: no `any`, and every Unmapped<…> in the text is one the report counts",
    (name) => {
      const { files, report } = generated.get(name)!;
      expect(files.flatMap((file) => silentAnys(file.path, file.text))).toEqual([]);
      const code = files.map((file) => file.text.replace(/\/\*\*[\s\S]*?\*\//g, "")).join("\n");
      const inText: Record<string, number> = {};
      for (const match of code.matchAll(/Unmapped<"([^"]*)">/g))
        inText[match[1]!] = (inText[match[1]!] ?? 0) + 1;
      expect(inText).toEqual(report.unmapped);
      for (const unmappedName of Object.keys(report.unmapped))
        expect(unmappedName).toMatch(EXPECTED_UNMAPPED);
      for (const [fallback, count] of Object.entries(report.fallbacks)) {
        expect(code.match(new RegExp(`\\b${fallback}\\b(?!<)`, "g"))?.length ?? 0).toBeGreaterThanOrEqual(
          count,
        );
      }
    },
  );

  it.each(SHARED_SCHEMAS)(
    "%s: starts every file with the do-not-edit header and augments OptionSets",
    (name) => {
      const { files, report } = generated.get(name)!;
      for (const file of files)
        expect(file.text).toMatch(/^\/\/ Generated by `tsnix types`.*\n\/\/ Do not edit/);
      const index = files.find((file) => file.path === "index.d.ts")!.text;
      expect(index).toContain(`export interface ${report.rootInterface} {`);
      expect(index).toMatch(
        /declare module "tsnix" \{\s+interface OptionSets \{\s+("[^"]+"|\w+): \w+Options;/,
      );
    },
  );

  it("reports sizes and counts that match the output", () => {
    const nixos = generated.get("nixos-20.09")!.report;
    expect(nixos.rootInterface).toBe("NixosOptions");
    expect(nixos.schemaOptions).toBeGreaterThan(10_000);
    expect(nixos.options).toBeGreaterThan(9_000);
    expect(nixos.deprecated).toBeGreaterThan(100);
    const homeManager = generated.get("home-manager")!.report;
    expect(homeManager.rootInterface).toBe("HomeManagerOptions");
    // specialisation.<name>.configuration repeats the whole set: it refers to the root, it is not a second copy
    expect(homeManager.bytes).toBeLessThan(6_000_000);
    expect(generated.get("sops-nix")!.report.rootInterface).toBe("SopsNixOptions");
    expect(generated.get("agenix")!.report.rootInterface).toBe("AgenixOptions");
  });

  it("a correct NixOS config (mk* wrappers, nested submodules) passes", () => {
    expect(strict.diagnostics(fixture("nixos-correct.ts")).map(describeDiagnostic)).toEqual([]);
  });

  it("every deliberate NixOS misuse is an error on the line after its @ts-expect-error", () => {
    const file = fixture("nixos-expect-errors.ts");
    expect(fs.readFileSync(file, "utf8").match(/@ts-expect-error/g)?.length).toBeGreaterThanOrEqual(14);
    expect(strict.diagnostics(file).map(describeDiagnostic)).toEqual([]);
  });

  it("a config with N misuses gets exactly N errors, one at each offending line", () => {
    const file = fixture("nixos-misuses.ts");
    const marked = fs
      .readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, index) => (line.includes("// MISUSE") ? [index + 1] : []));
    expect(marked.length).toBeGreaterThanOrEqual(8);
    const diagnostics = strict.diagnostics(file);
    expect(diagnostics.map(lineOf)).toEqual(marked);
  });

  it("home-manager, sops-nix and agenix configs: correct ones pass, misuses are errors where written", () => {
    expect(strict.diagnostics(fixture("home-manager-correct.ts")).map(describeDiagnostic)).toEqual([]);
    expect(strict.diagnostics(fixture("module-sets.ts")).map(describeDiagnostic)).toEqual([]);
  });

  it("NixosConfig is strict with the typings and loose without them", () => {
    const withTypings = strict.diagnostics(fixture("loose-config.ts"));
    expect(withTypings.map(describeDiagnostic)).toEqual([
      expect.stringMatching(/loose-config\.ts:6:\d+ TS2353 .*'ngnix' does not exist/),
    ]);
    const loose = createCheckedProgram([fixture("loose-config.ts")]);
    expect(loose.diagnostics().map(describeDiagnostic)).toEqual([]);
  });
});
