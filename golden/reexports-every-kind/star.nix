let
  port = 443;
in
{
  inherit port;
  inherit (import ./base.nix) host tags;
}
