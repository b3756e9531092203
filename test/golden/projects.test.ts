// Golden projects (oracle L1/L2 for tsnix build): golden/projects/<case>/input is a TypeScript project whose entry
// is flake.ts; `expected/` holds the flake tree tsnix build writes for it (every file, byte for byte, except the
// marker), or `expected.txt` the diagnostics it is refused with (`file:line:column CODE`, file relative to input).
// Every pinned .nix file parses. `npm run golden:update` rewrites the pinned trees.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { buildProject } from "../../compiler/src/project/build-project.js";
import { generatedFileHeader } from "../../compiler/src/project/write-tree.js";
import { goldenRoot } from "../support/golden-cases.js";
import { nixAvailable, parseFiles } from "../support/nix.js";

const updating = process.env["GOLDEN_UPDATE"] === "1";
const projectsRoot = path.join(goldenRoot, "projects");
const cases = fs.existsSync(projectsRoot)
  ? fs
      .readdirSync(projectsRoot, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
  : [];

function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

/** What tsnix build writes for a case (without the marker), or the diagnostics it reports. */
function build(name: string): { files?: Map<string, string>; diagnostics?: string } {
  const input = path.join(projectsRoot, name, "input");
  const result = buildProject(input);
  if (result.hasErrors) {
    const lines = result.diagnostics.map((d) => {
      const file = d.file ? path.relative(input, d.file).split(path.sep).join("/") : "-";
      return `${file}:${d.line ?? 0}:${d.column ?? 0} ${d.code}`;
    });
    return { diagnostics: `${lines.join("\n")}\n` };
  }
  const files = new Map<string, string>();
  for (const file of result.files) {
    const text =
      file.kind === "generated"
        ? generatedFileHeader(file.source) + file.text
        : fs.readFileSync(path.join(input, file.source), "utf8");
    files.set(file.path, text);
  }
  return { files };
}

describe("golden projects: tsnix build", () => {
  it("has enough cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)("%s", (name) => {
    const caseDir = path.join(projectsRoot, name);
    const built = build(name);
    const expectedTree = path.join(caseDir, "expected");
    const expectedText = path.join(caseDir, "expected.txt");
    if (updating) {
      fs.rmSync(expectedTree, { recursive: true, force: true });
      fs.rmSync(expectedText, { force: true });
      if (built.diagnostics !== undefined) fs.writeFileSync(expectedText, built.diagnostics);
      for (const [file, text] of built.files ?? []) {
        fs.mkdirSync(path.dirname(path.join(expectedTree, file)), { recursive: true });
        fs.writeFileSync(path.join(expectedTree, file), text);
      }
      return;
    }
    if (fs.existsSync(expectedText)) {
      expect(built.diagnostics).toBe(fs.readFileSync(expectedText, "utf8"));
      expect(built.diagnostics).toMatch(/TS(NIX)?\d{4}/);
      return;
    }
    expect(built.diagnostics).toBeUndefined();
    expect([...built.files!.keys()].sort()).toEqual(filesBelow(expectedTree));
    for (const [file, text] of built.files!) {
      expect(text, file).toBe(fs.readFileSync(path.join(expectedTree, file), "utf8"));
    }
  });

  it.skipIf(!nixAvailable())("every pinned .nix file parses (nix-instantiate --parse)", () => {
    const files = cases.flatMap((name) => {
      const tree = path.join(projectsRoot, name, "expected");
      return filesBelow(tree)
        .filter((f) => f.endsWith(".nix"))
        .map((f) => path.join(tree, f));
    });
    expect(parseFiles(files)).toEqual([]);
  });
});
