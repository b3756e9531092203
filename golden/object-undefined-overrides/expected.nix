let
  defaults = {
    name = "guest";
    shell = "/bin/sh";
    home = "/home/guest";
  };
  withoutShell = u: builtins.removeAttrs u [ "shell" ];
  maybeHome =
    u: keep:
    builtins.removeAttrs u [ "home" ]
    // (
      if keep then
        let
          value = u.home or null;
        in
        if value == null then { } else { home = value; }
      else
        { }
    );
  key = "home";
in
{
  plain = withoutShell defaults;
  kept = maybeHome defaults true;
  keptMissing = maybeHome { name = "nobody"; } true;
  dropped = maybeHome defaults false;
  computed = builtins.removeAttrs defaults [ key ];
  literal.name = "x";
  inlined =
    builtins.removeAttrs
      {
        a = 1;
        b = 2;
        c = 3;
      }
      [
        "a"
        "b"
      ];
}
