let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  listen =
    s:
    let
      port = if s.tls then 443 else 80;
      port_1 = if s.port or null != null then s.port else port;
      state =
        if s.public or null == true then
          {
            address = "0.0.0.0";
            note = "exposed";
          }
        else
          {
            address = "127.0.0.1";
            note = if port_1 < 1024 then "privileged" else "";
          };
      address = state.address;
      note = state.note;
    in
    if port_1 == 0 then "disabled" else "${s.name} ${address}:${jsNumberToString port_1} ${note}";
in
[
  (listen {
    name = "web";
    tls = true;
  })
  (listen {
    name = "api";
    tls = false;
    port = 8080;
    public = true;
  })
  (listen {
    name = "ssh";
    tls = false;
    port = 22;
  })
  (listen {
    name = "off";
    tls = false;
    port = 0;
  })
]
