// Stage 2 of `tsnix types`, the public entry: an options schema in, `.d.ts` files and a report out. Pure: no nix,
// no file system (see write-typings.ts for writing the files).
import { buildTypingsModel, type TypingsModel } from "./build-model.js";
import { emitFiles, type EmittedFile } from "./emit-files.js";
import { pascalCase } from "./naming.js";
import type { TypingsLayout } from "./option-tree.js";
import type { OptionsSchema } from "./schema.js";
import { DEFAULT_SECRET_OPTIONS, type SecretOptionRule } from "./secret-options.js";
import { buildReport, type TypingsReport } from "./typings-report.js";

export interface GenerateOptions {
  /** The key in `OptionSets`; default: from the schema's set (`nixos-20.09` → `nixos`). */
  readonly setKey?: string;
  /**
   * `single-file` (default): the whole set in `index.d.ts`. `per-namespace`: one file per top-level namespace, with
   * type-only imports between them — readable diffs when the typings are committed, but slower: on NixOS 20.09 +
   * home-manager, 70 files instead of 2 cost ~2 % more `tsc` time and twice the repeated completion latency (698
   * files, from `splitThreshold`, doubled `tsc`'s time). See README.md, "Scale".
   */
  readonly layout?: TypingsLayout;
  /**
   * With layout `per-namespace`: top-level namespaces with more options than this get one file per second-level
   * name. Default: never.
   */
  readonly splitThreshold?: number;
  /** Which options demand a secret reference; default: DEFAULT_SECRET_OPTIONS (see secret-options.ts). */
  readonly secretOptions?: SecretOptionRule;
}

export type { TypingsLayout };

export interface GeneratedTypings {
  readonly setKey: string;
  readonly rootInterface: string;
  readonly files: readonly EmittedFile[];
  readonly report: TypingsReport;
  /** The type model the files were printed from (for tools and tests that inspect the typings). */
  readonly model: TypingsModel;
}

export const DEFAULT_LAYOUT: TypingsLayout = "single-file";
export const DEFAULT_SPLIT_THRESHOLD = Number.POSITIVE_INFINITY;

export function generateTypings(schema: OptionsSchema, options: GenerateOptions = {}): GeneratedTypings {
  const setKey = options.setKey ?? setKeyFor(schema.set);
  const rootName = rootInterfaceName(setKey);
  const model = buildTypingsModel(schema, {
    setKey,
    rootName,
    layout: options.layout ?? DEFAULT_LAYOUT,
    splitThreshold: options.splitThreshold ?? DEFAULT_SPLIT_THRESHOLD,
    secretOptions: options.secretOptions ?? DEFAULT_SECRET_OPTIONS,
  });
  const files = emitFiles(model);
  return { setKey, rootInterface: rootName, files, report: buildReport(schema.set, model, files), model };
}

/**
 * `nixos-20.09`, `nixos-unstable-2412` → `nixos`, `home-manager` → `home-manager`, `darwin` → `nix-darwin`,
 * `Sops Nix` → `sops-nix`.
 */
export function setKeyFor(set: string): string {
  if (/^nixos(-(\d|unstable|stable|\d\d\.\d\d).*)?$/i.test(set)) return "nixos";
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
