# A module file (sops-nix, agenix, a user's own module): evaluated together with the set it extends — home-manager
# when a checkout is given, else NixOS when `nixpkgs` is a full checkout — or alone when only a lib is at hand.
# Emitted: the options the file adds, or extends (a declaration list that differs from the set's own).
{
  lib,
  support,
  sets,
  nixpkgs,
  homeManager,
  file,
  fileRoot,
  ...
}@args:
let
  system = "x86_64-linux";
  # `file` goes in as a path string, so that its declarations name it
  modules = [
    file
    (support.argumentStubs (import file))
  ];
  baseSet =
    if homeManager != "" then
      "home-manager"
    else if nixpkgs != "" && builtins.pathExists (nixpkgs + "/nixos/lib/eval-config.nix") then
      "nixos"
    else
      null;
  base = import sets.${baseSet} args;
  withFile = import sets.${baseSet} (args // { extraModules = modules; });

  alone = {
    options =
      (lib.evalModules (
        support.evalArgs {
          modules = modules ++ [ (support.extractModule system) ];
          # what NixOS passes; a file that imports from it cannot be evaluated alone
          specialArgs.modulesPath = throw "tsnix: `modulesPath` needs a full nixpkgs (--nixpkgs)";
        }
      )).options;
    roots = [ ];
  };
  evaluation = if baseSet == null then alone else withFile;

  declarationsAt = options: loc: (lib.attrByPath loc { } options).declarations or null;
  addsOrExtends = loc: option: option.declarations or [ ] != declarationsAt base.options loc;
  fileName = lib.removePrefix (fileRoot + "/") file;
  baseLabel = if baseSet == "nixos" then "<nixpkgs>/" else "<${baseSet}>/";
in
{
  source =
    "module file ${fileName}"
    + (if baseSet == null then ", alone with nixpkgs lib ${support.libVersion}" else ", with the ${base.name}")
    + support.packagesNote;
  options = support.walk (
    {
      inherit (evaluation) options;
      roots = [
        {
          prefix = fileRoot + "/";
          label = "";
        }
      ]
      # the base set's own files are named after it: <nixpkgs>/nixos/…, <home-manager>/modules/…
      ++ map (r: r // { label = if r.label == "" then baseLabel else r.label; }) evaluation.roots;
    }
    // lib.optionalAttrs (baseSet != null) { keep = addsOrExtends; }
  );
}
