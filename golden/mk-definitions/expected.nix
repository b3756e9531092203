let
  isServer = true;
in
{
  services = {
    openssh = {
      _type = "if";
      condition = isServer;
      content = {
        enable = true;
        ports = [ 22 ];
      };
    };
    nginx = {
      _type = "merge";
      contents = [
        {
          enable = {
            _type = "override";
            priority = 1000;
            content = false;
          };
        }
        {
          _type = "if";
          condition = !isServer;
          content = {
            enable = true;
          };
        }
      ];
    };
  };
  networking = {
    hostName = {
      _type = "override";
      priority = 50;
      content = "nas";
    };
    firewall.enable = {
      _type = "override";
      priority = 900;
      content = true;
    };
  };
  boot = {
    kernelParams = {
      _type = "order";
      priority = 500;
      content = [ "quiet" ];
    };
    extraModulePackages = {
      _type = "order";
      priority = 1500;
      content = [ ];
    };
  };
  environment = {
    etcOrder = {
      _type = "order";
      priority = 700;
      content = "x";
    };
    shell = {
      _type = "override";
      priority = 1500;
      content = "/bin/sh";
    };
  };
}
