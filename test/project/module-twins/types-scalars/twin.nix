{ lib, ... }:
{
  options.scalars = {
    flag = lib.mkOption { type = lib.types.bool; default = true; };
    text = lib.mkOption { type = lib.types.str; default = ""; };
    count = lib.mkOption { type = lib.types.int; default = -5; };
    ratio = lib.mkOption { type = lib.types.float; default = 0.25; };
    weight = lib.mkOption { type = lib.types.number; default = 3; };
    share = lib.mkOption { type = lib.types.number; default = 1.5; };
    port = lib.mkOption { type = lib.types.port; default = 65535; };
    file = lib.mkOption { type = lib.types.path; default = "/etc/hosts"; };
    script = lib.mkOption { type = lib.types.path; };
    big = lib.mkOption { type = lib.types.int; };
  };
  config.scalars = {
    flag = false;
    text = "tab\there \"quoted\" \${not} $dollar \\ back";
    ratio = 2.5;
    weight = 0.5;
    script = ./data.txt;
    big = 9007199254740991;
  };
}
