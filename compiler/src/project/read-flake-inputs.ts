// The inputs of DIR/flake.ts, for `tsnix types --flake`: flake.ts is compiled as `tsnix build` compiles it, but
// errors elsewhere in the project do not stop it — typings are what fixes many of them.
import * as fs from "node:fs";
import * as path from "node:path";
import { compileFiles } from "../compile.js";
import { Diagnostics } from "../diagnostics/codes.js";
import { type Diagnostic, diagnosticWithoutLocation } from "../diagnostics/diagnostic.js";
import * as nix from "../nix/ast.js";
import type { FlakeInputModel, FlakeModel } from "./flake-model.js";
import { readFlake } from "./read-flake.js";

export type FlakeInputsRead =
  | { readonly ok: true; readonly inputs: readonly FlakeInputModel[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export function readFlakeInputs(directory: string): FlakeInputsRead {
  const root = path.resolve(directory);
  const entry = path.join(root, "flake.ts");
  if (!fs.existsSync(entry)) {
    return { ok: false, diagnostics: [diagnosticWithoutLocation(Diagnostics.noFlakeFile(directory))] };
  }
  let flake: FlakeModel | undefined;
  const result = compileFiles([entry], {
    projectDir: root,
    project: {
      root,
      lowerFlake: (call, ctx) => {
        flake = readFlake(call, ctx);
        return nix.NULL;
      },
    },
  });
  if (flake) return { ok: true, inputs: flake.inputs };
  const inFlake = result.diagnostics.filter((d) => d.file === undefined || path.resolve(d.file) === entry);
  return {
    ok: false,
    diagnostics: inFlake.some((d) => d.severity === "error")
      ? inFlake
      : [...inFlake, diagnosticWithoutLocation(Diagnostics.flakeNotDefault(), entry)],
  };
}
