# What every set driver needs: the walker, a module that supplies `pkgs` safely, and names for the sources.
{
  lib,
  nixpkgs,
  pkgsMode,
  renderValues,
  skip,
}:
let
  hasPackages = nixpkgs != "" && builtins.pathExists (nixpkgs + "/pkgs/top-level/default.nix");

  # Every derivation's outPath, and its outputs', becomes "${pkgs.a.b}": defaults that interpolate packages render
  # as readable text and no derivation is ever instantiated (home-manager's manual does the same).
  scrub =
    prefix: attrs:
    builtins.mapAttrs (
      name: value:
      let
        path = "${prefix}.${name}";
      in
      if name == "lib" || !(builtins.isAttrs value) then
        value
      else if (value.type or null) == "derivation" then
        scrubDerivation path value
        // lib.genAttrs (value.outputs or [ ]) (output: scrubDerivation "${path}.${output}" value.${output})
      else
        scrub path value
    ) attrs;
  scrubDerivation = path: drv: drv // { outPath = "\${${path}}"; };

  packages =
    system:
    if pkgsMode == "real" && hasPackages then
      scrub "pkgs" (
        import nixpkgs {
          inherit system;
          # a user's ~/.config/nixpkgs must not change the schema
          config = { };
          overlays = [ ];
        }
      )
    else
      throw "tsnix: packages are not evaluated while extracting options";

  # Only the arguments this lib's evalModules knows (`class` is newer than 23.05).
  evalArgs = args: builtins.intersectAttrs (builtins.functionArgs lib.evalModules) args;
in
{
  inherit hasPackages evalArgs;

  # Added to every evaluation. mkForce: the set's own nixpkgs module would otherwise import nixpkgs from its (unset)
  # options. No check: a module's `config` may define options of a set it is not evaluated with, and current lib
  # checks definitions even when only `options` is read.
  extractModule = system: {
    _file = "<tsnix extract>";
    _module.args.pkgs = lib.mkForce (packages system);
    _module.check = lib.mkForce false;
  };

  # A module file may ask for arguments that only its real caller passes (`inputs`, `self`, …): each gets the
  # lowest-priority definition possible, a throw, so that option declarations that do not use it still evaluate.
  argumentStubs =
    module:
    let
      fn = if builtins.isFunction module then module else _: { };
      builtinArgs = [
        "config"
        "options"
        "lib"
        "pkgs"
        "modulesPath"
        "specialArgs"
        "name"
      ];
      wanted = builtins.filter (n: !(builtins.elem n builtinArgs)) (builtins.attrNames (builtins.functionArgs fn));
    in
    {
      _file = "<tsnix extract>";
      _module.args = lib.genAttrs wanted (
        n: lib.mkOptionDefault (throw "tsnix: module argument `${n}` is not available while extracting options")
      );
    };

  # Walks `options`; the option tree itself must evaluate (its error is the user's to see, so it is not caught).
  walk =
    args:
    builtins.deepSeq (builtins.attrNames args.options) (
      import ./options-schema.nix ({ inherit lib renderValues skip; } // args)
    );

  libVersion = lib.version or lib.trivial.version or "unknown";
  # what the schema lacks, for its `source` line
  packagesNote =
    (if pkgsMode == "real" && hasPackages then "" else ", without packages")
    + (if renderValues then "" else ", without default and example values");
}
