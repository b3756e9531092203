// The example homelab's flake, pinned (issue 9): golden/config/ holds every file `tsnix build config` writes (except
// the marker), byte for byte; every pinned .nix file parses (the nixfmt golden test checks they are fixed points).
// `npm run golden:update` rewrites it.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { buildProject } from "../../compiler/src/project/build-project.js";
import { generatedFileHeader } from "../../compiler/src/project/write-tree.js";
import { goldenRoot, repoRoot } from "../support/golden-cases.js";
import { nixAvailable, parseFiles } from "../support/nix.js";

const updating = process.env["GOLDEN_UPDATE"] === "1";
const configDir = path.join(repoRoot, "config");
const pinned = path.join(goldenRoot, "config");

function filesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

describe("golden: the example homelab's flake", () => {
  it("is what tsnix build config writes", () => {
    const result = buildProject(configDir);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
    const files = new Map<string, string>();
    for (const file of result.files) {
      const text =
        file.kind === "generated"
          ? generatedFileHeader(file.source) + file.text
          : fs.readFileSync(path.join(configDir, file.source), "utf8");
      files.set(file.path, text);
    }
    if (updating) {
      fs.rmSync(pinned, { recursive: true, force: true });
      for (const [file, text] of files) {
        fs.mkdirSync(path.dirname(path.join(pinned, file)), { recursive: true });
        fs.writeFileSync(path.join(pinned, file), text);
      }
      return;
    }
    expect([...files.keys()].sort()).toEqual(filesBelow(pinned));
    for (const [file, text] of files) expect(text, file).toBe(fs.readFileSync(path.join(pinned, file), "utf8"));
  });

  it.skipIf(!nixAvailable())("every pinned .nix file parses (nix-instantiate --parse)", () => {
    const files = filesBelow(pinned)
      .filter((f) => f.endsWith(".nix"))
      .map((f) => path.join(pinned, f));
    expect(files.length).toBeGreaterThan(30);
    expect(parseFiles(files)).toEqual([]);
  });
});
