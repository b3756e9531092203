let
  via = import ./via.nix;
  star = import ./star.nix;
  settings = import ./settings.nix;
in
{
  inherit via star settings;
}
