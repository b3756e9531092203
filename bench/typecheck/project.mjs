// Sets up the benchmark's throwaway TypeScript project: the host config, `tsnix` resolved to this repository, and
// two tsconfigs, one with the generated typings (strict) and one without (loose), otherwise identical.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const compilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true, // as `tsnix compile` always checks
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2023"],
  types: [],
  noEmit: true,
  skipLibCheck: true,
};

/**
 * @param {string} repoRoot this repository (the `tsnix` package)
 * @param {(typesDir: string) => Promise<void>} writeTypings writes the generated typings into typesDir
 */
export async function createBenchProject(repoRoot, writeTypings) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-bench-typecheck-"));
  fs.mkdirSync(path.join(dir, "node_modules"));
  fs.symlinkSync(repoRoot, path.join(dir, "node_modules", "tsnix"), "dir");
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bench-host", type: "module" }));
  const host = path.join(dir, "host.ts");
  fs.copyFileSync(path.join(repoRoot, "bench", "typecheck", "host-config.ts"), host);
  const typesDir = path.join(dir, ".tsnix", "types");
  fs.mkdirSync(typesDir, { recursive: true });
  await writeTypings(typesDir);
  const tsconfig = (include) => JSON.stringify({ compilerOptions, include }, null, 2);
  fs.writeFileSync(path.join(dir, "tsconfig.strict.json"), tsconfig(["host.ts", ".tsnix/types/**/*.ts"]));
  fs.writeFileSync(path.join(dir, "tsconfig.loose.json"), tsconfig(["host.ts"]));
  return {
    dir,
    host,
    typesDir,
    strictConfig: path.join(dir, "tsconfig.strict.json"),
    looseConfig: path.join(dir, "tsconfig.loose.json"),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Total size of the generated typings, for the report. */
export function typingsSize(typesDir) {
  let files = 0;
  let bytes = 0;
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith(".ts")) {
        files++;
        bytes += fs.statSync(full).size;
      }
    }
  };
  visit(typesDir);
  return { files, bytes };
}
