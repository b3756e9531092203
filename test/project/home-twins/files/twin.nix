{ ... }:
let
  servers = [ "atlas" "pi" ];
in
{
  home = {
    username = "carol";
    homeDirectory = "/home/carol";
    stateVersion = "25.05";
    file.".ssh/config".text = builtins.concatStringsSep "\n" (map (s: "Host ${s}\n  HostName ${s}.home.example.org") servers);
    file."bin/hello" = { text = "#!/bin/sh\necho hello"; executable = true; };
  };
  xdg.configFile."tool/config.json".text = builtins.toJSON { inherit servers; verbose = true; };
}
