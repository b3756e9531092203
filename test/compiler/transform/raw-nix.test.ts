// The raw-Nix escape hatch: nix`…` is parsed and printed like compiled code, `${…}` values are spliced as one token
// (identifiers, paths, whole numbers) or let-bound, comments keep the text as written, and text that is not Nix is
// refused at its own line and column with TSNIX1402.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileFiles } from "../../../compiler/src/compile.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-raw-nix-"));
fs.writeFileSync(path.join(dir, "tool.nix"), "{ }: { }\n");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function compile(body: string) {
  const file = path.join(dir, `case${Math.random().toString(36).slice(2)}.ts`);
  const text = `import { nix, path } from "tsnix";\n${body}\n`;
  const result = compileFiles([{ path: file, text }]);
  const diagnostics = result.diagnostics.filter((d) => d.file === file);
  return { nix: result.files[0]?.nix, diagnostics };
}

describe("raw Nix", () => {
  it("is printed like compiled code", () => {
    const { nix, diagnostics } = compile(
      "const v = 3;\nexport default nix<number>`let  a = ${v};b={x=a;};   in b.x  +   1`;",
    );
    expect(diagnostics).toEqual([]);
    expect(nix).toContain("let\n  a = v;\n  b = {\n    x = a;\n  };\nin\nb.x + 1");
  });

  it("splices identifiers, paths and whole numbers, and let-binds the rest", () => {
    const { nix, diagnostics } = compile(
      [
        "const name = `n${1 + 1}`;",
        "export default (pkgs: any) =>",
        '  nix`pkgs.callPackage ${path("./tool.nix")} { inherit name; port = ${22}; tag = ${"v" + name}; }`;',
      ].join("\n"),
    );
    expect(diagnostics).toEqual([]);
    expect(nix).toContain('raw = "v${name}";');
    expect(nix).toContain("pkgs.callPackage ./tool.nix {\n  inherit name;\n  port = 22;\n  tag = raw;\n}");
  });

  it("keeps a text with comments as written", () => {
    const { nix, diagnostics } = compile("export default nix<number>`1 +   2 # three`;");
    expect(diagnostics).toEqual([]);
    expect(nix).toContain("(1 +   2 # three\n)");
  });

  it("refuses text that is not Nix, at the line and column of the mistake", () => {
    const { nix, diagnostics } = compile(
      ["const v = 1;", "export default nix<number>`let", "  a = ${v};", "  b = ;", "in a`;"].join("\n"),
    );
    expect(nix).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["TSNIX1402", 5, 7]]);
  });

  it("refuses an unterminated string at its opening quote", () => {
    const { diagnostics } = compile('export default nix<string>`"abc ${"x"}`;');
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["TSNIX1402", 2, 28]]);
  });
});
