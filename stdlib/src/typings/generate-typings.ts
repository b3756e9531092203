// Stage 2 of `tsnix types`, the public entry: an options schema in, `.d.ts` files and a report out. Pure: no nix,
// no file system (see write-typings.ts for writing the files).
import { buildTypingsModel, type TypingsModel } from "./build-model.js";
import { emitFiles, type EmittedFile } from "./emit-files.js";
import { pascalCase } from "./naming.js";
import type { OptionsSchema } from "./schema.js";
import { buildReport, type TypingsReport } from "./typings-report.js";

export interface GenerateOptions {
  /** The key in `OptionSets`; default: from the schema's set (`nixos-20.09` → `nixos`). */
  readonly setKey?: string;
  /**
   * Top-level namespaces with more options than this get one file per second-level name. Default: never — one file
   * per top-level namespace. (Measured on NixOS 20.09: 698 files instead of 39 double tsc's time, from per-file
   * costs, while a file's size barely matters.)
   */
  readonly splitThreshold?: number;
}

export interface GeneratedTypings {
  readonly setKey: string;
  readonly rootInterface: string;
  readonly files: readonly EmittedFile[];
  readonly report: TypingsReport;
  /** The type model the files were printed from (for tools and tests that inspect the typings). */
  readonly model: TypingsModel;
}

export const DEFAULT_SPLIT_THRESHOLD = Number.POSITIVE_INFINITY;

export function generateTypings(schema: OptionsSchema, options: GenerateOptions = {}): GeneratedTypings {
  const setKey = options.setKey ?? setKeyFor(schema.set);
  const rootName = rootInterfaceName(setKey);
  const model = buildTypingsModel(schema, {
    setKey,
    rootName,
    splitThreshold: options.splitThreshold ?? DEFAULT_SPLIT_THRESHOLD,
  });
  const files = emitFiles(model);
  return { setKey, rootInterface: rootName, files, report: buildReport(schema.set, model, files), model };
}

/** `nixos-20.09` → `nixos`, `home-manager` → `home-manager`, `darwin` → `nix-darwin`, `Sops Nix` → `sops-nix`. */
export function setKeyFor(set: string): string {
  if (/^nixos(-\d.*)?$/i.test(set)) return "nixos";
  if (/^home-manager(-.*)?$/i.test(set)) return "home-manager";
  if (/^(nix-)?darwin(-.*)?$/i.test(set)) return "nix-darwin";
  const key = set
    .replace(/\.nix$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return key === "" ? "options" : key;
}

/** `nixos` → `NixosOptions`, `home-manager` → `HomeManagerOptions`, `sops-nix` → `SopsNixOptions`. */
export function rootInterfaceName(setKey: string): string {
  const name = `${pascalCase(setKey)}Options`;
  return /^[0-9]/.test(name) ? `_${name}` : name;
}
