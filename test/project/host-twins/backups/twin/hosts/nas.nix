{ ... }:
{
  imports = [ ../modules/backup.nix ../modules/gitea.nix ./nas-hardware.nix ];
  networking.hostName = "nas";
  services.openssh.enable = true;
  homelab.gitea = { enable = true; domain = "git.home.example.org"; };
  homelab.backup = {
    enable = true;
    hostName = "nas";
    paths = [ "/srv/photos" "/srv/documents" ];
    keepDaily = 14;
    localDisk = "/mnt/usb-backup";
    sftp = { host = "u123456.your-storagebox.de"; port = 23; user = "u123456"; };
  };
}
