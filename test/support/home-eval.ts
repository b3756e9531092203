// Home-manager modules evaluated the way home-manager's modules/default.nix does it (its extended lib, its module
// list in `minimal` form plus the program modules that list refers to), many per nix process, with `pkgs` from the
// nixpkgs-20.09 fixture (and the few things newer home-manager reads beyond it, see nixpkgs-view.ts). The result of
// each set is a JSON summary of what home-manager makes of it.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { nixPathOf, normalizeModuleError } from "./module-eval.js";
import { evalJson } from "./nix.js";
import { writeNixpkgsView } from "./nixpkgs-view.js";

export type HomeSetResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** The program modules (beyond the minimal list) the cases and the minimal list's own references need. */
const EXTRA_MODULES = ["programs/fish.nix", "programs/man"];

function prelude(fixtures: string, nixpkgsView: string): string {
  const hm = path.join(fixtures, "home-manager");
  const extras = EXTRA_MODULES.map((m) => nixPathOf(path.join(hm, "modules", m))).join(" ");
  return `
let
  lib = import ${nixPathOf(path.join(fixtures, "nixpkgs-lib", "lib"))};
  hmLib = import ${nixPathOf(path.join(hm, "modules", "lib", "stdlib-extended.nix"))} lib;
  pkgs = import ${nixPathOf(nixpkgsView)} { system = "x86_64-linux"; config = { }; };
  hmModules = import ${nixPathOf(path.join(hm, "modules", "modules.nix"))} {
    inherit pkgs;
    lib = hmLib;
    minimal = true;
    useNixpkgsModule = false;
  } ++ [ ${extras} ];
  files = fs: lib.mapAttrs (_: f: { inherit (f) target executable text; }) fs;
  summary = modules:
    let
      evaluated = hmLib.evalModules {
        class = "homeManager";
        modules = modules ++ hmModules;
        specialArgs.modulesPath = ${nixPathOf(path.join(hm, "modules"))};
      };
      c = evaluated.config;
    in {
      home = {
        inherit (c.home) username homeDirectory stateVersion sessionVariables sessionPath shellAliases;
        packages = map (p: p.name) c.home.packages;
        file = files c.home.file;
      };
      xdg.configFile = files c.xdg.configFile;
      programs = {
        bash = { inherit (c.programs.bash) enable shellAliases initExtra bashrcExtra; };
        zsh = { inherit (c.programs.zsh) enable shellAliases initContent; };
      };
      own = c.profile or null;
      options = map (o: builtins.removeAttrs o [ "declarations" ])
        (builtins.filter (o: builtins.head o.loc == "profile") (lib.optionAttrSetToDocList evaluated.options));
      failedAssertions = map (a: a.message) (builtins.filter (a: !a.assertion) c.assertions);
    };
in`;
}

/** Evaluate each set (a list of home module files) in one nix process; a failing one again alone, for its error. */
export function evalHomeSets(sets: readonly (readonly string[])[], fixtures: string): HomeSetResult[] {
  if (sets.length === 0) return [];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-home-eval-"));
  try {
    const view = path.join(work, "nixpkgs");
    fs.mkdirSync(view);
    writeNixpkgsView(view, fixtures);
    const set = (modules: readonly string[]) => `summary [ ${modules.map(nixPathOf).join(" ")} ]`;
    const tried = sets.map(
      (s) =>
        `(let r = builtins.tryEval (let v = ${set(s)}; in builtins.deepSeq v v); in if r.success then { ok = r.value; } else { thrown = true; })`,
    );
    const batch = evalJson(`${prelude(fixtures, view)} [\n${tried.join("\n")}\n]`, work);
    const alone = (s: readonly string[]): HomeSetResult => {
      const r = evalJson(`${prelude(fixtures, view)} ${set(s)}`, work);
      return r.ok ? { ok: true, value: r.value } : { ok: false, error: normalizeModuleError(r.error) };
    };
    if (!batch.ok) return sets.map(alone);
    return (batch.value as { ok?: unknown; thrown?: boolean }[]).map((r, i) =>
      r.thrown ? alone(sets[i]!) : { ok: true, value: r.ok },
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
