{ config, lib, ... }:
let
  backup = config.homelab.backup;
in
{
  options.homelab.backup = {
    enable = lib.mkOption { type = lib.types.bool; default = false; };
    paths = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    exclude = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    command = lib.mkOption { type = lib.types.str; readOnly = true; default = ""; };
    jobs = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
  };
  config = lib.mkIf (backup.enable && backup.paths != [ ]) {
    homelab.backup.jobs.nightly =
      "restic backup ${lib.concatStringsSep " " backup.paths}${lib.concatMapStrings (e: " --exclude ${e}") backup.exclude}";
  };
}
