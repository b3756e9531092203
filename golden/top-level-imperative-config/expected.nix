let
  jsPlainKey =
    k:
    if
      builtins.elem k [
        "__functor"
        "__toString"
        "outPath"
      ]
    then
      throw "tsnix: a computed key names an attribute with a special meaning to Nix"
    else
      k;
  jsStrictAttrs =
    state: builtins.foldl' (s: name: builtins.seq s.${name} s) state (builtins.attrNames state);
  hosts = [
    {
      name = "atlas";
      role = "web";
      port = 8080;
    }
    {
      name = "pi";
      role = "db";
    }
    {
      name = "nas";
      role = "cache";
      port = 0;
    }
  ];
  allowedTCPPorts = [ 22 ];
  loop =
    builtins.foldl'
      (
        { virtualHosts, allowedTCPPorts }:
        h:
        let
          state1 =
            if h.role == "web" then
              {
                virtualHosts = virtualHosts // {
                  ${jsPlainKey "${h.name}.example.org"} = {
                    root = "/srv/${h.name}";
                    port =
                      let
                        left = h.port or null;
                      in
                      if left != null && left != 0 then left else 80;
                  };
                };
                allowedTCPPorts = allowedTCPPorts ++ [
                  80
                  443
                ];
              }
            else if h.role == "db" then
              {
                inherit virtualHosts;
                allowedTCPPorts = allowedTCPPorts ++ [ 5432 ];
              }
            else
              {
                inherit virtualHosts;
                allowedTCPPorts = allowedTCPPorts ++ [ 6379 ];
              };
        in
        jsStrictAttrs {
          virtualHosts = state1.virtualHosts;
          allowedTCPPorts = state1.allowedTCPPorts;
        }
      )
      {
        inherit allowedTCPPorts;
        virtualHosts = { };
      }
      hosts;
  virtualHosts = loop.virtualHosts;
  allowedTCPPorts_1 = loop.allowedTCPPorts;
  policy = if builtins.length allowedTCPPorts_1 > 3 then "strict" else "open";
in
{
  services.nginx = { inherit virtualHosts; };
  networking.firewall = {
    allowedTCPPorts = allowedTCPPorts_1;
    inherit policy;
  };
}
