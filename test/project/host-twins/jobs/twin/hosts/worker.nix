{ lib, pkgs, ... }:
{
  imports = [ ../modules/jobs.nix ./hardware.nix ];
  networking.hostName = "worker";
  networking.firewall.enable = true;
  services.openssh.enable = true;
  environment.systemPackages = lib.mkBefore [ pkgs.git pkgs.curl ];
  homelab.jobs = {
    mirror-repos = {
      script = ''
        cd /var/lib/jobs/mirror-repos
        for r in *.git; do git -C "$r" fetch --all --prune; done'';
      onCalendar = "hourly";
      environment.GIT_TERMINAL_PROMPT = "0";
    };
    cert-check = {
      script = "curl -fsS https://home.example.org >/dev/null";
      onCalendar = "*-*-* 06:00:00";
      user = "nobody";
      nice = 19;
    };
    reindex = { script = "echo reindexing"; after = [ "postgresql.service" ]; };
  };
}
