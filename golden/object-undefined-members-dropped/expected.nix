let
  mkUser =
    u:
    {
      name = u.name;
    }
    // (
      let
        value = u.shell or null;
      in
      if value == null then { } else { shell = value; }
    )
    // (
      let
        value1 = u.uid or null;
      in
      if value1 == null then { } else { uid = value1; }
    )
    // (if u.name == "root" then { home = "/root"; } else { });
in
{
  root = mkUser {
    name = "root";
    uid = 0;
  };
  alice = mkUser {
    name = "alice";
    shell = "/bin/zsh";
  };
}
