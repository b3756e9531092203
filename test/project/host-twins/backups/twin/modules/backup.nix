{ config, lib, pkgs, ... }:
let
  inherit (import ../lib/restic.nix) resticJob;
  b = config.homelab.backup;
  job = { inherit (b) paths passwordFile keepDaily; };
  sftp = lib.types.submodule {
    options = {
      host = lib.mkOption { type = lib.types.str; };
      port = lib.mkOption { type = lib.types.port; default = 22; };
      user = lib.mkOption { type = lib.types.str; default = "backup"; };
    };
  };
  s3 = lib.types.submodule {
    options = {
      endpoint = lib.mkOption { type = lib.types.str; default = "s3.amazonaws.com"; };
      bucket = lib.mkOption { type = lib.types.str; };
      credentialsFile = lib.mkOption { type = lib.types.str; };
    };
  };
in
{
  options.homelab.backup = {
    enable = lib.mkEnableOption "restic backups";
    hostName = lib.mkOption { type = lib.types.str; };
    paths = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
    passwordFile = lib.mkOption { type = lib.types.str; default = "/etc/restic/password"; };
    keepDaily = lib.mkOption { type = lib.types.ints.positive; default = 7; };
    localDisk = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
    sftp = lib.mkOption { type = lib.types.nullOr sftp; default = null; };
    s3 = lib.mkOption { type = lib.types.nullOr s3; default = null; };
  };

  config = lib.mkIf b.enable {
    services.restic.backups =
      lib.optionalAttrs (b.localDisk != null) {
        local = resticJob job "${b.localDisk}/${b.hostName}" 1 [ ];
      }
      // lib.optionalAttrs (b.sftp != null) {
        offsite = resticJob job "sftp:${b.sftp.user}@${b.sftp.host}:/backup/${b.hostName}" 3 [
          "sftp.command='ssh -p ${toString b.sftp.port} ${b.sftp.user}@${b.sftp.host} -s sftp'"
        ];
      }
      // lib.optionalAttrs (b.s3 != null) {
        cloud = resticJob job "s3:${b.s3.endpoint}/${b.s3.bucket}/${b.hostName}" 4 [ ]
          // { s3CredentialsFile = b.s3.credentialsFile; };
      };
    environment.systemPackages = [ pkgs.restic ];
  };
}
