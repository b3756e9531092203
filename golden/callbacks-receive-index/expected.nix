let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  jsToUpperCase =
    s:
    if builtins.match "[[:cntrl:][:print:]]*" s == null then
      throw "tsnix: case conversion is only supported on ASCII text"
    else
      builtins.replaceStrings (builtins.genList (
        i: builtins.substring i 1 "abcdefghijklmnopqrstuvwxyz"
      ) 26) (builtins.genList (i: builtins.substring i 1 "ABCDEFGHIJKLMNOPQRSTUVWXYZ") 26) s;
  label =
    name: port1:
    let
      port = if port1 == null then 80 else port1;
    in
    "${name}:${jsNumberToString port}";
  describe = name: i: if i == null then name else "${jsNumberToString i}-${name}";
  add = a: b: a + (if b == null then 100 else b);
  single = name: jsToUpperCase name;
in
{
  labels =
    let
      list = [
        "a"
        "b"
      ];
    in
    builtins.genList (i1: label (builtins.elemAt list i1) i1) (builtins.length list);
  described =
    let
      list1 = [
        "x"
        "y"
        "z"
      ];
    in
    builtins.genList (i2: describe (builtins.elemAt list1 i2) i2) (builtins.length list1);
  added =
    let
      list2 = [
        10
        20
      ];
    in
    builtins.genList (i3: add (builtins.elemAt list2 i3) i3) (builtins.length list2);
  single = map single [
    "nas"
    "pi"
  ];
}
