// Locates tsnix's own package directory, from the compiled output or from the sources alike.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

export function tsnixPackageRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest)) {
      const name = (JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string }).name;
      if (name === "tsnix") return (cached = dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("internal: cannot find tsnix's package.json");
    dir = parent;
  }
}

/** The TypeScript source of the `tsnix` library that user code imports. */
export function stdlibEntry(): string {
  return path.join(tsnixPackageRoot(), "stdlib", "src", "index.ts");
}

/** The directory whose files make up the `tsnix` library (calls into it are lowered by the compiler). */
export function stdlibDirectory(): string {
  return path.join(tsnixPackageRoot(), "stdlib", "src");
}
