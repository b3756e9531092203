// `tsnix compile -o` on projects of several files: re-exports of every kind, file names that are no Nix path
// literal, exported names that are magic to Nix, output paths that collide or would replace an input, and import
// cycles back to the entry. Each written OUT is evaluated by nix-instantiate and compared with Node's value.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameValue } from "../../support/compare.js";
import { evalFileJson, nixAvailable } from "../../support/nix.js";
import { runTsModule } from "../../support/node-eval.js";
import { runCli } from "../../support/run-cli.js";

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-multi-file-"));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** Node's value of the entry: its default export, or its exports when it has none. */
function nodeValue(dir: string, entry: string): unknown {
  const files: Record<string, string> = {};
  for (const file of fs.readdirSync(dir, { recursive: true }).map(String)) {
    if (file.endsWith(".ts")) files[path.join(dir, file)] = fs.readFileSync(path.join(dir, file), "utf8");
  }
  const exports = runTsModule(files, path.join(dir, entry));
  return "default" in exports ? exports["default"] : { ...exports };
}

/** Compile `entry` with `-o out`, evaluate OUT and compare it with Node; returns the OUT text. */
async function compilesLikeNode(dir: string, entry: string, out: string): Promise<string> {
  fs.mkdirSync(path.dirname(path.join(dir, out)), { recursive: true });
  const result = await runCli(dir, ["compile", entry, "-o", out]);
  expect(result).toMatchObject({ code: 0, stderr: "" });
  const evaluated = evalFileJson(path.join(dir, out));
  if (!evaluated.ok) throw new Error(evaluated.error);
  const expected = nodeValue(dir, entry);
  expect(sameValue(expected, evaluated.value), JSON.stringify([expected, evaluated.value])).toBe(true);
  return fs.readFileSync(path.join(dir, out), "utf8");
}

const errorCodes = (stderr: string) => [...stderr.matchAll(/error (TSNIX\d{4})/g)].map((m) => m[1]);

describe.skipIf(!nixAvailable())("tsnix compile -o with several files", () => {
  it("re-exports every kind of binding: imported ones, `from`, `*`, `* as`, renamed, default", async () => {
    const dir = project("reexports", {
      "lib.ts": "export const a = 1;\nexport const b = 2;\nexport const list = [a, b];\n",
      "value.ts": "export default { v: 7 };\n",
      "via.ts": [
        'import { a } from "./lib";',
        'import * as L from "./lib";',
        'import value from "./value";',
        "export { a, L, value };",
        'export { b as bee, list } from "./lib";',
        'export * as ns from "./lib";',
        'export { default as valueAgain } from "./value";',
        "export const own = a + 10;",
      ].join("\n"),
      "star.ts": 'export * from "./lib";\nexport const a = 100; // a local export wins over a star\n',
      "default-from.ts": 'export { default } from "./value";\n',
      "default-renamed.ts": 'export { list as default } from "./lib";\n',
      "main.ts": [
        'import * as via from "./via";',
        'import * as star from "./star";',
        'import d from "./default-from";',
        'import r from "./default-renamed";',
        "export default { via, star, d, r };",
      ].join("\n"),
    });
    const text = await compilesLikeNode(dir, "main.ts", "out/main.nix");
    expect(text).toContain("import ./via.nix");
    const via = fs.readFileSync(path.join(dir, "out/via.nix"), "utf8");
    expect(via).toContain("inherit (import ./lib.nix) list;");
  });

  it("imports files whose names are no Nix path literal, from above and below", async () => {
    const names = ["my lib", "a@b", "~home", "x#y", "ümlaut é", "with.dots", "plus+minus-"];
    const files: Record<string, string> = {};
    names.forEach((name, i) => {
      files[`deps/${name}.ts`] =
        `import { base } from "../sub dir/base";\nexport const v${i} = base + ${i};\n`;
    });
    files["sub dir/base.ts"] = "export const base = 100;\n";
    files["main.ts"] =
      names.map((name, i) => `import { v${i} } from "./deps/${name}";`).join("\n") +
      `\nexport default [${names.map((_, i) => `v${i}`).join(", ")}];\n`;
    const dir = project("awkward-names", files);
    const text = await compilesLikeNode(dir, "main.ts", "elsewhere/deeper/result.nix");
    expect(text).toContain('import (./. + "/deps/my lib.nix")');
    expect(fs.existsSync(path.join(dir, "elsewhere/deeper/deps/ümlaut é.nix"))).toBe(true);
  });

  it("an import cycle back to the entry names OUT, not a file beside the source (or a stale one)", async () => {
    const dir = project("cycle", {
      "main.ts": 'import { twice } from "./lib";\nexport const base = 21;\nexport const answer = twice();\n',
      "lib.ts": 'import { base } from "./main";\nexport const twice = () => base * 2;\n',
      // A stale output from an earlier run, where the entry had been compiled beside itself.
      "main.nix": "# Generated by tsnix from main.ts; edit the TypeScript, not this file.\n{ base = 0; }\n",
    });
    await compilesLikeNode(dir, "main.ts", "build/result.nix");
    expect(fs.readFileSync(path.join(dir, "build/lib.nix"), "utf8")).toContain("import ./result.nix");
    await compilesLikeNode(dir, "main.ts", "other name.nix");
    expect(fs.readFileSync(path.join(dir, "lib.nix"), "utf8")).toContain('import (./. + "/other name.nix")');
  });

  it("refuses output paths that collide or replace an input, and writes nothing", async () => {
    const dir = project("collisions", {
      "main.ts": 'import { x } from "./lib";\nexport default x;\n',
      "lib.ts": "export const x = 1;\n",
      "two.ts": 'import { x } from "./lib";\nimport { y } from "./lib.mjs";\nexport default x + y;\n',
      "lib.mts": "export const y = 2;\n",
    });
    const before = fs.readdirSync(dir).sort();
    const overLib = await runCli(dir, ["compile", "main.ts", "-o", "lib.nix"]);
    expect(overLib.code).toBe(1);
    expect(errorCodes(overLib.stderr)).toEqual(["TSNIX1010"]);
    const twoLibs = await runCli(dir, ["compile", "two.ts", "-o", "two.nix"]);
    expect(errorCodes(twoLibs.stderr)).toEqual(["TSNIX1010"]);
    const overInput = await runCli(dir, ["compile", "main.ts", "-o", "lib.ts"]);
    expect(errorCodes(overInput.stderr)).toEqual(["TSNIX1011"]);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    expect(fs.readFileSync(path.join(dir, "lib.ts"), "utf8")).toBe("export const x = 1;\n");
  });

  it("refuses exported names that are magic to Nix, however they are exported", async () => {
    const cases: Record<string, string> = {
      "direct.ts": 'export const outPath = "/x";\nexport const y = 1;\n',
      "renamed.ts": 'const a = "/x";\nexport { a as outPath };\n',
      "function.ts": "export function __toString() { return 1; }\n",
      "from.ts": 'export { a as __functor } from "./plain";\n',
      "derivation.ts": 'export const type = "derivation";\n',
      "maybe-derivation.ts": "export const type: string = `deriv${'ation'}`;\n",
    };
    const dir = project("magic", { ...cases, "plain.ts": "export const a = 1;\n" });
    for (const file of Object.keys(cases)) {
      const result = await runCli(dir, ["compile", file]);
      expect(errorCodes(result.stderr), file).toEqual(["TSNIX1320"]);
    }
    const fine = project("magic-fine", {
      "main.ts": 'export const type = "module";\nexport const path = "/x";\n',
    });
    await compilesLikeNode(fine, "main.ts", "main.nix");
  });
});
