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
  domain = "example.org";
  service = "grafana";
  host = name: "${name}.${domain}";
in
{
  ${service}.port = 3000;
}
// {
  "${service}-backup".port = 3001;
}
// {
  ${jsPlainKey (host "git")} = "forgejo";
}
// {
  literal = 1;
}
