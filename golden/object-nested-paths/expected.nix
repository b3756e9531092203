let
  config = {
    services.nginx.enable = true;
    networking = {
      hostName = "nas";
      firewall = {
        allowedTCPPorts = [
          22
          80
          443
        ];
        enable = true;
      };
    };
    users.users.alice = {
      isNormalUser = true;
      extraGroups = [ "wheel" ];
    };
  };
in
config
