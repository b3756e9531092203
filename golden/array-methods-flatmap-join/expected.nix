let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  vhosts = [
    {
      name = "cloud";
      aliases = [
        "nextcloud"
        "files"
      ];
    }
    {
      name = "git";
      aliases = [ ];
    }
  ];
  maybe = [
    "a"
    null
    "c"
  ];
in
{
  names = builtins.concatMap (v: [ v.name ] ++ v.aliases) vhosts;
  flat = builtins.concatLists [
    [
      1
      2
    ]
    [ 3 ]
    [ ]
  ];
  csv = builtins.concatStringsSep "," [
    "a"
    "b"
    "c"
  ];
  ports = builtins.concatStringsSep " " (
    map (x: jsNumberToString x) [
      22
      80
      (-1)
    ]
  );
  nullable = builtins.concatStringsSep "|" (map (x1: if x1 == null then "" else x1) maybe);
  empty = builtins.concatStringsSep ", " [ ];
}
