// The example homelab under strict option typings, as its owner would have it: config/ copied beside a link to the
// library, with `tsnix types` output of the shared schemas (NixOS unstable 2024-12 as `nixos`, home-manager,
// sops-nix, agenix) in its .tsnix/types, which config/tsconfig.json includes.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildProject } from "../../../compiler/src/project/build-project.js";
import type { Diagnostic } from "../../../compiler/src/diagnostics/diagnostic.js";
import { generateTypings } from "../../../stdlib/src/typings/generate-typings.js";
import { readSchemaFile } from "../../../stdlib/src/typings/read-schema.js";
import { repoRoot } from "../../support/golden-cases.js";

export const schemasDir = path.resolve(repoRoot, "../shared/fixtures/options");
const SCHEMAS: readonly (readonly [file: string, setKey: string | undefined])[] = [
  ["nixos-unstable-2412", "nixos"],
  ["home-manager", undefined],
  ["sops-nix", undefined],
  ["agenix", undefined],
];

export function schemasAvailable(what: string): boolean {
  const present = SCHEMAS.every(([file]) => fs.existsSync(path.join(schemasDir, `${file}.json.gz`)));
  if (!present) console.warn(`SKIPPED ${what}: the shared option schemas are not at ${schemasDir}`);
  return present;
}

export interface StrictConfig {
  /** The copy of config/ (with .tsnix/types). */
  readonly dir: string;
  readonly remove: () => void;
}

/** A copy of config/ with typings generated from the shared schemas. */
export function strictConfigCopy(): StrictConfig {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-homelab-"));
  const dir = path.join(root, "config");
  const source = path.join(repoRoot, "config");
  fs.cpSync(source, dir, {
    recursive: true,
    filter: (file) =>
      !path
        .relative(source, file)
        .split(path.sep)
        .some((part) => part === "result-flake" || part === ".tsnix"),
  });
  // The copy reads the library where it is (as config/ does through its relative path).
  const tsconfigFile = path.join(dir, "tsconfig.json");
  const tsconfig = JSON.parse(fs.readFileSync(tsconfigFile, "utf8")) as {
    compilerOptions: { paths: object };
  };
  tsconfig.compilerOptions.paths = { tsnix: [path.join(repoRoot, "stdlib", "src", "index.ts")] };
  fs.writeFileSync(tsconfigFile, JSON.stringify(tsconfig, null, 2));
  for (const [file, setKey] of SCHEMAS) {
    const generated = generateTypings(
      readSchemaFile(path.join(schemasDir, `${file}.json.gz`)),
      setKey ? { setKey } : {},
    );
    for (const written of generated.files) {
      const target = path.join(dir, ".tsnix", "types", generated.setKey, written.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, written.text);
    }
  }
  return { dir, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** `file:line CODE` of each diagnostic, the file relative to the project. */
export function located(dir: string, diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file ? path.relative(dir, d.file) : "-"}:${d.line ?? 0} ${d.code}`);
}

export function checkProject(dir: string): readonly Diagnostic[] {
  return buildProject(dir).diagnostics;
}
