// Discovers golden cases: golden/<case>/input.ts (→ expected.nix, other .ts files → same-name .nix) and
// golden/errors/<case>/input.ts (→ expected.txt: one `line:column CODE` per diagnostic).
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const goldenRoot = path.join(repoRoot, "golden");

export interface GoldenCase {
  readonly name: string;
  readonly dir: string;
  /** Every .ts file of the case, input.ts first. */
  readonly sources: readonly string[];
}

function casesIn(root: string): GoldenCase[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(root, e.name, "input.ts")))
    .map((e) => {
      const dir = path.join(root, e.name);
      const others = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".ts") && f !== "input.ts")
        .sort();
      return { name: e.name, dir, sources: ["input.ts", ...others].map((f) => path.join(dir, f)) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const goldenCases = (): GoldenCase[] => casesIn(goldenRoot).filter((c) => c.name !== "errors");
export const errorCases = (): GoldenCase[] => casesIn(path.join(goldenRoot, "errors"));

/** Where the compiled Nix of a golden source is pinned. */
export function expectedNixPath(source: string): string {
  return path.basename(source) === "input.ts"
    ? path.join(path.dirname(source), "expected.nix")
    : source.replace(/\.ts$/, ".nix");
}
