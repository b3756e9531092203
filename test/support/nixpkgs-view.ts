// A nixpkgs for current home-manager (and nix-darwin) made of the fixtures: nixpkgs-20.09's packages, plus what
// newer code reads that 20.09 lacks — `pkgs.formats` (stood in for by JSON writers) and nixpkgs' `lib/services`
// beside `nixos/modules` under `pkgs.path`. It is a directory of links to the fixtures and a default.nix that
// imports nixpkgs-20.09 with an overlay adding those, so that home-manager's own re-import of `pkgs.path` gets them
// too.
import * as fs from "node:fs";
import * as path from "node:path";
import { nixPathOf } from "./module-eval.js";

const FORMATS = [
  "json",
  "yaml",
  "yaml_1_1",
  "yaml_1_2",
  "ini",
  "iniWithGlobalSection",
  "toml",
  "keyValue",
  "gitIni",
  "lua",
  "elixirConf",
  "hocon",
  "php",
  "javaProperties",
  "xml",
  "libconfig",
  "pythonVars",
  "nixConf",
  "cdn",
  "plist",
  "systemd",
  "luaFile",
  "pkl",
  "rasi",
];

/** Writes the view into `dir` (which must exist and be empty) and returns it. */
export function writeNixpkgsView(dir: string, fixtures: string): string {
  fs.symlinkSync(path.join(fixtures, "nixpkgs-20.09", "nixos"), path.join(dir, "nixos"));
  fs.symlinkSync(path.join(fixtures, "nixpkgs-lib", "lib"), path.join(dir, "lib"));
  fs.writeFileSync(
    path.join(dir, "formats.nix"),
    `let
  lib = import ${nixPathOf(path.join(fixtures, "nixpkgs-lib", "lib"))};
  format = _: {
    type = lib.types.anything;
    generate = name: value: builtins.toFile name (builtins.toJSON value);
    lib.types.atom = lib.types.anything;
  };
in
lib.genAttrs [ ${FORMATS.map((f) => JSON.stringify(f)).join(" ")} ] (_: format)
`,
  );
  fs.writeFileSync(
    path.join(dir, "default.nix"),
    `args:
import ${nixPathOf(path.join(fixtures, "nixpkgs-20.09"))} (
  args
  // {
    overlays = (args.overlays or [ ]) ++ [
      (final: prev: {
        formats = import ./formats.nix;
        path = ./.;
      })
    ];
  }
)
`,
  );
  return dir;
}
