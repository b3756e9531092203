{ lib, ... }:
with lib.types;
{
  options.once = {
    name = lib.mkOption { type = uniq str; };
    ids = lib.mkOption { type = uniq (listOf int); default = [ 1 ]; };
    code = lib.mkOption { type = unique { message = "set the code in one place only"; } int; };
    fallback = lib.mkOption { type = unique { message = "unused"; } str; default = "none"; };
  };
  config.once = { name = "only"; code = 7; };
}
