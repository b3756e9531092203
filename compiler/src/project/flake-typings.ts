// `tsnix types --flake DIR`: typings for exactly the revisions the project's flake pins. The inputs are read from
// DIR/flake.ts, each one's source is found (a path given with --override-input, a local `path:` URL, or fetched by
// the user's nix), and each source is recognised by its files: nixpkgs gives the NixOS options, home-manager its
// home options and its NixOS module's, nix-darwin its own, sops-nix, agenix and disko their NixOS modules'.
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import type { ExtractOptions } from "../../../stdlib/src/typings/extract/extract-schema.js";
import { nixErrorExcerpt } from "../../../stdlib/src/typings/extract/run-nix.js";
import type { FlakeInputModel } from "./flake-model.js";

/** One option set to generate: what to extract, and the OptionSets key its typings take. */
export interface PlannedSet {
  readonly setKey: string;
  /** The input it comes from, for messages. */
  readonly input: string;
  readonly extract: Omit<ExtractOptions, "cwd">;
}

export interface TypingsPlan {
  readonly sets: readonly PlannedSet[];
  /** Inputs that hold no option set tsnix knows, or that were left out, and why. */
  readonly notes: readonly string[];
}

export class InputSourceError extends Error {
  override readonly name = "InputSourceError";
}

/**
 * Where each input's source is, by name. Inputs that only follow another one have no source of their own and are
 * left out. `overrides` are taken as nix takes `--override-input NAME PATH` (relative to `cwd`).
 */
export function resolveInputSources(
  inputs: readonly FlakeInputModel[],
  overrides: readonly (readonly [string, string])[],
  cwd: string,
  projectDir: string,
): Map<string, string> {
  const given = new Map(overrides.map(([name, where]) => [name, where] as const));
  for (const name of given.keys()) {
    if (!inputs.some((input) => input.name === name)) {
      throw new InputSourceError(
        `--override-input ${name}: the flake has no input '${name}' (its inputs: ${inputs.map((i) => i.name).join(", ") || "none"})`,
      );
    }
  }
  const sources = new Map<string, string>();
  const toFetch = new Map<string, string>();
  for (const input of inputs) {
    const override = given.get(input.name);
    if (override !== undefined) {
      sources.set(
        input.name,
        existingDirectory(path.resolve(cwd, override.replace(/^path:/, "")), input.name),
      );
      continue;
    }
    if (input.url === undefined) continue;
    const local = localPath(input.url, projectDir);
    if (local !== undefined) sources.set(input.name, existingDirectory(local, input.name));
    else toFetch.set(input.name, input.url);
  }
  for (const [name, where] of fetchWithNix(toFetch, cwd)) sources.set(name, where);
  return sources;
}

/** `path:/abs`, `path:./rel`, `/abs` or `./rel` (relative to the flake) → the directory; other URLs → undefined. */
function localPath(url: string, projectDir: string): string | undefined {
  const bare = url.startsWith("path:") ? url.slice("path:".length).replace(/\?.*$/, "") : url;
  if (bare.startsWith("/")) return bare;
  if (bare.startsWith("./") || bare.startsWith("../")) return path.resolve(projectDir, bare);
  return undefined;
}

function existingDirectory(dir: string, input: string): string {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new InputSourceError(`the source of input '${input}' is not a directory: ${dir}`);
  }
  return fs.realpathSync(dir);
}

/** Fetches every URL with one nix process (`builtins.fetchTree`, as nix fetches flake inputs). */
function fetchWithNix(urls: ReadonlyMap<string, string>, cwd: string): Map<string, string> {
  if (urls.size === 0) return new Map();
  const entries = [...urls]
    .map(([name, url]) => `${JSON.stringify(name)} = ${JSON.stringify(url)};`)
    .join(" ");
  const expr = `builtins.mapAttrs (name: url: (builtins.fetchTree url).outPath) { ${entries} }`;
  const run = spawnSync(
    "nix",
    ["--extra-experimental-features", "nix-command flakes", "eval", "--impure", "--json", "--expr", expr],
    { cwd, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  const names = [...urls.keys()].join(", ");
  if (run.error) {
    throw new InputSourceError(
      `could not run nix to fetch the inputs ${names} (${run.error.message}); pass each with --override-input NAME PATH`,
    );
  }
  if (run.status !== 0) {
    throw new InputSourceError(
      `nix could not fetch the inputs ${names}:\n${nixErrorExcerpt(run.stderr).replace(/^/gm, "  ")}\n` +
        "Pass local checkouts with --override-input NAME PATH (as nix takes it).",
    );
  }
  return new Map(Object.entries(JSON.parse(run.stdout) as Record<string, string>));
}

/** What each source is, recognised by the files it holds. */
type SourceKind = "nixpkgs" | "nixpkgs-lib" | "home-manager" | "nix-darwin" | "module";

/** The NixOS modules of inputs tsnix knows, by the file that declares them and the key of their typings. */
const MODULE_INPUTS: readonly { readonly file: string; readonly setKey: string }[] = [
  { file: "modules/sops/default.nix", setKey: "sops-nix" },
  { file: "modules/age.nix", setKey: "agenix" },
  { file: "module.nix", setKey: "disko" },
];

function sourceKind(dir: string): SourceKind | undefined {
  const has = (file: string): boolean => fs.existsSync(path.join(dir, file));
  if (has("nixos/modules/module-list.nix") && has("lib/default.nix")) return "nixpkgs";
  if (has("modules/modules.nix") && has("modules/home-environment.nix")) return "home-manager";
  if (has("modules/module-list.nix") && has("eval-config.nix")) return "nix-darwin";
  if ((has("lib/default.nix") && has("lib/modules.nix")) || (has("modules.nix") && has("types.nix")))
    return "nixpkgs-lib";
  if (MODULE_INPUTS.some((m) => has(m.file) && moduleFileLooksRight(dir, m.file))) return "module";
  return undefined;
}

/** disko's `module.nix` is a common name: the module must declare the set's namespace. */
function moduleFileLooksRight(dir: string, file: string): boolean {
  if (file !== "module.nix") return true;
  return /disko\.devices|options\.disko/.test(fs.readFileSync(path.join(dir, file), "utf8"));
}

/**
 * The sets to generate from the resolved sources. NixOS comes from the input named `nixpkgs` (or the only full
 * nixpkgs among them); its lib evaluates every other set, so that each is typed as the flake will evaluate it.
 */
export function planFlakeTypings(sources: ReadonlyMap<string, string>): TypingsPlan {
  const kinds = new Map([...sources].map(([name, dir]) => [name, sourceKind(dir)] as const));
  const notes: string[] = [];
  const nixpkgsInputs = [...kinds].filter(([, kind]) => kind === "nixpkgs" || kind === "nixpkgs-lib");
  const main =
    nixpkgsInputs.find(([name]) => name === "nixpkgs") ??
    (nixpkgsInputs.length === 1 ? nixpkgsInputs[0] : undefined);
  if (!main) {
    const why =
      nixpkgsInputs.length === 0
        ? "the flake has no nixpkgs input"
        : `several inputs hold a nixpkgs (${nixpkgsInputs.map(([n]) => n).join(", ")}) and none is named 'nixpkgs'`;
    throw new InputSourceError(`cannot generate typings: ${why}; every option set is evaluated with its lib`);
  }
  const [mainName, mainKind] = main;
  const nixpkgs = sources.get(mainName)!;
  const sets: PlannedSet[] = [];
  if (mainKind === "nixpkgs")
    sets.push({ setKey: "nixos", input: mainName, extract: { set: "nixos", nixpkgs } });
  else notes.push(`${mainName}: holds only a nixpkgs lib, so there are no NixOS options to type`);
  const lib = libDirectory(nixpkgs);
  for (const [name, kind] of kinds) {
    const dir = sources.get(name)!;
    switch (kind) {
      case "home-manager":
        sets.push({
          setKey: "home-manager",
          input: name,
          extract: { set: "home-manager", nixpkgs, homeManager: dir },
        });
        sets.push({
          setKey: "home-manager-nixos",
          input: name,
          extract: { set: path.join(dir, "nixos", "default.nix"), nixpkgs: lib },
        });
        break;
      case "nix-darwin":
        sets.push({
          setKey: "nix-darwin",
          input: name,
          extract: { set: "nix-darwin", nixpkgs, darwin: dir },
        });
        break;
      case "module":
        for (const module of MODULE_INPUTS) {
          if (!fs.existsSync(path.join(dir, module.file)) || !moduleFileLooksRight(dir, module.file))
            continue;
          // alone with the lib: these modules extend NixOS only with their own options
          sets.push({
            setKey: module.setKey,
            input: name,
            extract: { set: path.join(dir, module.file), nixpkgs: lib },
          });
        }
        break;
      case "nixpkgs":
      case "nixpkgs-lib":
        if (name !== mainName) notes.push(`${name}: a second nixpkgs; typings follow '${mainName}'`);
        break;
      case undefined:
        notes.push(
          `${name}: no option set tsnix knows (nixpkgs, home-manager, nix-darwin, sops-nix, agenix, disko)`,
        );
        break;
    }
  }
  return { sets, notes };
}

/** The lib directory of a nixpkgs or nixpkgs.lib checkout (module files are evaluated alone with it). */
function libDirectory(nixpkgs: string): string {
  return fs.existsSync(path.join(nixpkgs, "lib", "modules.nix")) ? path.join(nixpkgs, "lib") : nixpkgs;
}
