let
  hosts = {
    "local.example.org" = {
      ip = "10.0.0.2";
      ports = [
        22
        80
      ];
    };
    nas = {
      ip = "10.0.0.3";
      ports = [ 445 ];
    };
  };
  name = "nas";
  table = {
    "if" = "kw";
    with-dash = 1;
    "0" = "zero";
  };
  i = 1;
in
{
  quoted = hosts."local.example.org".ip;
  computed = builtins.elemAt hosts.${name}.ports 0;
  indexed = builtins.elemAt hosts."local.example.org".ports i;
  keyword = table."if";
  dashed = table.with-dash;
  numeric = table."0";
  last = builtins.elemAt [ 10 20 30 ] 2;
}
