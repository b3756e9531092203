# Entry of stage 1 of `tsnix types`: evaluates one module set's option tree and returns `{ source, options }`
# (the TS side adds `format` and `set`). Called as
#   nix-instantiate --eval --strict --json extract.nix --argstr set nixos --argstr libPath … --argstr nixpkgs …
# Paths arrive as strings (--argstr) so that nothing is copied into the store.
{
  # nixos | home-manager | nix-darwin | file
  set,
  # the nixpkgs lib directory (…/lib of a nixpkgs or of a nixpkgs.lib checkout)
  libPath,
  # a full nixpkgs checkout, or "" when only a lib is at hand
  nixpkgs ? "",
  homeManager ? "",
  darwin ? "",
  # for set = file: the module file, and the directory its declarations are recorded relative to
  file ? "",
  fileRoot ? "",
  # real: packages from `nixpkgs`, scrubbed so that nothing is built; stub: every package access throws
  pkgsMode ? "real",
  # false: leave out defaults and examples that are values (a last resort when rendering one aborts evaluation)
  renderValues ? true,
  # JSON { values, types }: option paths to leave alone (see options-schema.nix)
  skip ? "",
}:
let
  libAsIs = import libPath;
  # A nixpkgs.lib checkout has no maintainers/: reading lib.maintainers (an example can) would abort the whole run,
  # while a throw only costs that one value.
  hasMaintainers = builtins.pathExists (dirOf libPath + "/maintainers/maintainer-list.nix");
  lib =
    if hasMaintainers then
      libAsIs
    else
      libAsIs.extend (
        _: _: {
          maintainers = throw "tsnix: this nixpkgs lib has no maintainers/";
          teams = throw "tsnix: this nixpkgs lib has no maintainers/";
        }
      );
  support = import ./support.nix {
    inherit
      lib
      nixpkgs
      pkgsMode
      renderValues
      ;
    skip = if skip == "" then { values = [ ]; types = [ ]; } else builtins.fromJSON skip;
  };
  args = {
    inherit
      lib
      support
      nixpkgs
      homeManager
      darwin
      ;
  };
  sets = {
    nixos = ./sets/nixos.nix;
    home-manager = ./sets/home-manager.nix;
    nix-darwin = ./sets/nix-darwin.nix;
  };
  # a module set evaluated on its own: everything it declares
  whole =
    evaluation:
    {
      inherit (evaluation) source;
      options = support.walk { inherit (evaluation) options roots; };
    };
in
if sets ? ${set} then
  whole (import sets.${set} args)
else if set == "file" then
  import ./sets/module-file.nix (args // { inherit sets file fileRoot; })
else
  throw "tsnix: unknown option set `${set}`"
