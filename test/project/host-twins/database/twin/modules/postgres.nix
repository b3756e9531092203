{ config, lib, pkgs, ... }:
let
  pg = config.homelab.postgres;
  database = lib.types.submodule ({ name, ... }: {
    options = {
      owner = lib.mkOption { type = lib.types.str; default = name; };
      readers = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
      networks = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
      backup = lib.mkOption { type = lib.types.bool; default = true; };
    };
  });
  hba = lib.concatLists (lib.mapAttrsToList (name: db:
    map (net: "host ${name} ${db.owner} ${net} md5") db.networks) pg.databases);
in
{
  options.homelab.postgres = {
    enable = lib.mkEnableOption "PostgreSQL";
    databases = lib.mkOption { type = lib.types.attrsOf database; default = { }; };
    backupDir = lib.mkOption { type = lib.types.str; default = "/var/backup/postgresql"; };
    backupAt = lib.mkOption { type = lib.types.str; default = "*-*-* 01:15:00"; };
    port = lib.mkOption { type = lib.types.port; default = 5432; };
  };

  config = lib.mkIf pg.enable {
    services.postgresql = {
      enable = true;
      package = pkgs.postgresql_12;
      port = pg.port;
      enableTCPIP = hba != [ ];
      ensureDatabases = lib.attrNames pg.databases;
      ensureUsers =
        lib.mapAttrsToList (name: db: {
          name = db.owner;
          ensurePermissions."DATABASE \"${name}\"" = "ALL PRIVILEGES";
        }) pg.databases
        ++ lib.concatLists (lib.mapAttrsToList (name: db:
          map (reader: { name = reader; ensurePermissions."ALL TABLES IN SCHEMA public" = "SELECT"; }) db.readers)
          pg.databases);
      authentication = lib.mkMerge [
        (lib.mkBefore "local all postgres peer")
        (lib.concatStringsSep "\n" hba)
        (lib.mkAfter "host all all 0.0.0.0/0 reject")
      ];
      extraConfig = "log_min_duration_statement = 500\nshared_buffers = 256MB";
    };
    services.postgresqlBackup = {
      enable = true;
      databases = lib.attrNames (lib.filterAttrs (name: db: db.backup) pg.databases);
      location = pg.backupDir;
      startAt = pg.backupAt;
    };
    networking.firewall.allowedTCPPorts = lib.optional (hba != [ ]) pg.port;
  };
}
