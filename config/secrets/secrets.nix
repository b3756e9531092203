# agenix's recipients: which keys may decrypt each secret (read by `agenix -e secrets/<name>.age`, never by the
# flake). The keys below are placeholders: put your machines' SSH host keys (`ssh-keyscan frame1`, or
# /etc/ssh/ssh_host_ed25519_key.pub on the machine) and your own key, then re-encrypt with `agenix -r`.
let
  admin = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPLACEHOLDERadminPLACEHOLDERadminPLACEHOLDER admin";
  server = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPLACEHOLDERserverPLACEHOLDERserverPLACEHOLD root@server";
  frame1 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPLACEHOLDERframe1PLACEHOLDERframe1PLACEHOLD root@frame1";
in
{
  "cloudflare-token.age".publicKeys = [
    admin
    frame1
  ];
  "grafana-admin-password.age".publicKeys = [
    admin
    server
    frame1
  ];
  "tailscale-auth-key.age".publicKeys = [
    admin
    frame1
  ];
}
