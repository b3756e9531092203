// `tsnix types` in-process: stage 2 from --schema, where the typings go, the summary, and every failure as a coded
// diagnostic with exit 1 (bad input) or 2 (usage) — never a stack trace.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../support/run-cli.js";
import { MARKER_FILE } from "../../../stdlib/src/typings/write-typings.js";
import { option, schemaOf, t } from "./support/schema-builders.js";
import { schemaPath, sharedSchemasAvailable, temporaryDirectory } from "./support/typings-fixtures.js";

let cwd: string;
beforeAll(() => {
  cwd = temporaryDirectory("types-command");
  const schema = schemaOf([option("services.app.enable", t.bool), option("services.app.port", t.port)]);
  fs.writeFileSync(path.join(cwd, "options.json.gz"), zlib.gzipSync(JSON.stringify(schema)));
  fs.writeFileSync(path.join(cwd, "wrong.json"), JSON.stringify({ format: "something-else/1" }));
  fs.writeFileSync(path.join(cwd, "garbage.json.gz"), "{{{");
});
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

const run = (...argv: string[]) => runCli(cwd, ["types", ...argv]);

describe("tsnix types", () => {
  it("--schema writes the typings to .tsnix/types/<set>/ by default and prints the report", async () => {
    const result = await run("--schema", "options.json.gz");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/tsnix types: nixos/);
    expect(result.stdout).toMatch(/2 options in the schema → 2 option properties in \d+ interfaces/);
    expect(result.stdout).toMatch(/\d+ files, [\d.]+ MB in \.tsnix\/types\/nixos/);
    expect(result.stdout).toMatch(/unmapped types: none/);
    const dir = path.join(cwd, ".tsnix", "types", "nixos");
    expect(fs.existsSync(path.join(dir, "index.d.ts"))).toBe(true);
    expect(fs.existsSync(path.join(dir, MARKER_FILE))).toBe(true);
    expect(fs.readFileSync(path.join(dir, "index.d.ts"), "utf8")).toContain(
      "port?: Definition<number> | undefined;",
    );
  });

  it("-o DIR and --set NAME choose the directory and the OptionSets key", async () => {
    const result = await run("--schema", "options.json.gz", "--set", "my-modules", "-o", "typings");
    expect(result.code).toBe(0);
    const index = fs.readFileSync(path.join(cwd, "typings", "my-modules", "index.d.ts"), "utf8");
    expect(index).toContain('"my-modules": MyModulesOptions;');
  });

  it("refuses to write into a directory tsnix did not create (TSNIX1504, exit 1)", async () => {
    fs.mkdirSync(path.join(cwd, "src"));
    fs.writeFileSync(path.join(cwd, "src", "main.ts"), "export {};");
    const result = await run("--schema", "options.json.gz", "-o", "src");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error TSNIX1504: Refusing to write typings into 'src'/);
    expect(fs.readdirSync(path.join(cwd, "src"))).toEqual(["main.ts"]);
  });

  it.each([
    ["missing.json.gz", "TSNIX1500"],
    ["garbage.json.gz", "TSNIX1501"],
    ["wrong.json", "TSNIX1502"],
  ])("reports a bad schema file %s as %s with exit 1", async (file, code) => {
    const result = await run("--schema", file, "-o", "out-bad");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`error ${code}:`);
    expect(fs.existsSync(path.join(cwd, "out-bad"))).toBe(false);
  });

  it.each([
    [["--schema", "options.json.gz", "--nixpkgs", "/x"]],
    [["--schema", "options.json.gz", "--set", "./module.nix"]],
    [["extra-argument"]],
    [["--frobnicate"]],
    [["--schema"]],
  ])("exits 2 on a usage error: %j", async (argv) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tsnix types: /);
  });

  it("without --schema runs stage 1 and reports its failure as TSNIX1503 with exit 1", async () => {
    const result = await run("--nixpkgs", path.join(cwd, "no-such-nixpkgs"), "-o", "out-extract");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error TSNIX1503: Cannot extract the option schema:");
  });

  it.skipIf(!sharedSchemasAvailable("tsnix types on the shared agenix schema"))(
    "generates the shared agenix schema end to end",
    async () => {
      const result = await run("--schema", schemaPath("agenix"), "-o", "shared");
      expect(result.code).toBe(0);
      expect(fs.readFileSync(path.join(cwd, "shared", "agenix", "index.d.ts"), "utf8")).toContain(
        "export interface AgenixOptions {",
      );
    },
  );
});
