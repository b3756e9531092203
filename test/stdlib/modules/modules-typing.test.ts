// The typing of modules and hosts (issue "Modules and hosts", "Typing"): options declared in TypeScript type what
// modules read and write by inference alone — through imports, in hosts, inside mk* wrappers — and each mistake is
// a TypeScript error at its own line. Fixture lines marked `// error: TSnnnn` must get exactly that error.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadProgram } from "../../../compiler/src/program/load-program.js";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

function diagnosticsOf(file: string): string[] {
  const loaded = loadProgram([path.join(fixtures, file)], { projectDir: fixtures });
  return loaded.typeScriptDiagnostics
    .filter((d) => d.file === path.join(fixtures, file))
    .map((d) => `${d.line} ${d.code}`);
}

function markedErrors(file: string): string[] {
  return fs
    .readFileSync(path.join(fixtures, file), "utf8")
    .split("\n")
    .flatMap((line, i) => {
      const code = /\/\/ error: (TS\d+)/.exec(line)?.[1];
      return code ? [`${i + 1} ${code}`] : [];
    });
}

describe("module and host typing", () => {
  it("accepts reading and writing options declared by a module, its imports and NixOS", () => {
    expect(diagnosticsOf("correct.ts")).toEqual([]);
  });

  // Typings the module twins found wrong (test/project/module-twins).
  it.each([
    "union-definitions.ts",
    "function-options.ts",
    "options-function.ts",
    "config-function-inference.ts",
    "home-darwin.ts",
  ])("accepts valid module code and reports mistakes at their lines: %s", (file) => {
    expect(diagnosticsOf(file)).toEqual(markedErrors(file));
  });

  it("reports each mistake at its own line", () => {
    const expected = markedErrors("mistakes.ts");
    expect(expected.length).toBeGreaterThanOrEqual(8);
    expect(diagnosticsOf("mistakes.ts")).toEqual(expected);
  });
});
