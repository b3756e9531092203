# NixOS's option declarations, replaced by a stub of the options the example homelab's modules set, so that a host's
# own module tree evaluates with nothing but nixpkgs' lib. Namespaces are freeform (any value; attribute sets merge
# recursively, a leaf takes one definition or equal ones, priorities and mkIf work as in NixOS); the options several
# modules define a list for are declared as lists, and secrets have the paths sops-nix and agenix give them.
{ lib, ... }:
let
  inherit (lib) mkOption types;
  freeform = types.lazyAttrsOf types.anything;
  namespace =
    options:
    mkOption {
      type = types.submodule {
        freeformType = freeform;
        inherit options;
      };
      default = { };
    };
  list =
    elemType:
    mkOption {
      type = types.listOf elemType;
      default = [ ];
    };
  secrets =
    directory:
    mkOption {
      type = types.attrsOf (
        types.submodule (
          { name, ... }:
          {
            freeformType = freeform;
            options.path = mkOption {
              type = types.str;
              default = "${directory}/${name}";
            };
          }
        )
      );
      default = { };
    };
in
{
  options = {
    networking = namespace {
      hostName = mkOption { type = types.str; };
      firewall = namespace {
        allowedTCPPorts = list types.port;
        allowedUDPPorts = list types.port;
        trustedInterfaces = list types.str;
      };
    };
    environment = namespace { systemPackages = list types.package; };
    users = namespace {
      users = mkOption {
        type = types.attrsOf (
          types.submodule {
            freeformType = freeform;
            options.extraGroups = list types.str;
          }
        );
        default = { };
      };
    };
    sops = namespace { secrets = secrets "/run/secrets"; };
    age = namespace { secrets = secrets "/run/agenix"; };
    services = namespace { };
    security = namespace { };
    programs = namespace { };
    nix = namespace { };
    time = namespace { };
    i18n = namespace { };
    system = namespace { };
    documentation = namespace { };
    boot = namespace { };
    systemd = namespace { };
    fileSystems = namespace { };
    hardware = namespace { };
    virtualisation = namespace { };
    zramSwap = namespace { };
    disko = namespace { };
  };
}
