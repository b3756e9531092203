{ config, lib, pkgs, ... }:
let
  jobs = config.homelab.jobs;
  job = lib.types.submodule ({ name, ... }: {
    options = {
      script = lib.mkOption { type = lib.types.lines; };
      onCalendar = lib.mkOption { type = lib.types.nullOr lib.types.str; default = null; };
      user = lib.mkOption { type = lib.types.str; default = name; };
      after = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
      environment = lib.mkOption { type = lib.types.attrsOf lib.types.str; default = { }; };
      nice = lib.mkOption { type = lib.types.ints.between (-20) 19; default = 10; };
    };
  });
in
{
  options.homelab.jobs = lib.mkOption { type = lib.types.attrsOf job; default = { }; };

  config = {
    systemd.services = lib.mapAttrs' (name: j: lib.nameValuePair "job-${name}" {
      description = "Scheduled job ${name}";
      after = [ "network-online.target" ] ++ j.after;
      wants = [ "network-online.target" ];
      environment = j.environment;
      serviceConfig = {
        Type = "oneshot";
        User = j.user;
        Nice = j.nice;
        ExecStart = pkgs.writeShellScript "job-${name}" j.script;
      };
    }) jobs;
    systemd.timers = lib.mapAttrs' (name: j: lib.nameValuePair "job-${name}" {
      wantedBy = [ "timers.target" ];
      timerConfig = { OnCalendar = j.onCalendar; Persistent = true; };
    }) (lib.filterAttrs (name: j: j.onCalendar != null) jobs);
    users.users = lib.mapAttrs (name: j: {
      isSystemUser = true;
      group = "jobs";
      home = "/var/lib/jobs/${name}";
      createHome = true;
    }) (lib.filterAttrs (name: j: j.user == name) jobs);
    users.groups.jobs = { };
    environment.systemPackages = lib.mkAfter [ pkgs.jq ];
  };
}
