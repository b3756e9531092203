let
  mkHost =
    name: public_: ipv6:
    {
      hostName = name;
    }
    // (
      if public_ then
        {
          firewall.allowedTCPPorts = [
            80
            443
          ];
        }
      else
        { }
    )
    // (if ipv6 then { enableIPv6 = true; } else { })
    // (
      if name == "nas" then
        { zfs = true; }
      else
        {
          zfs = false;
          ext4 = true;
        }
    );
in
[
  (mkHost "nas" false true)
  (mkHost "web" true false)
]
