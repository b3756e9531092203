{ lib, ... }:
{
  imports = [ ./twin-more.nix ];
  options.strings = with lib.types; {
    lines = lib.mkOption { type = lines; default = ""; };
    commas = lib.mkOption { type = commas; default = ""; };
    path = lib.mkOption { type = separatedString ":"; default = ""; };
    joined = lib.mkOption { type = separatedString ""; default = ""; };
    name = lib.mkOption { type = nonEmptyStr; default = "x"; };
    title = lib.mkOption { type = singleLineStr; default = "Title"; };
    slug = lib.mkOption { type = strMatching "[a-z][a-z0-9-]*"; default = "slug"; };
    version = lib.mkOption { type = strMatching "[0-9]+\\.[0-9]+"; default = "1.0"; };
  };
  config.strings = {
    lines = "first line";
    commas = "a,b";
    path = "/bin";
    joined = "x";
    name = "named";
    slug = "my-site-2";
    version = "24.11";
  };
}
