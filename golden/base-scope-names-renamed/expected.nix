let
  jsNumberToString =
    n:
    if builtins.isInt n then
      toString n
    else if n < 9007199254740992.0 && n > -9007199254740992.0 && n == builtins.floor n then
      toString (builtins.floor n)
    else
      throw "tsnix: a non-integer number cannot be converted to text exactly; round it first (Math.round, Math.floor, …)";
  map_ = {
    a = 1;
  };
  builtins_ = [
    1
    2
  ];
  toString_ = n: "#${jsNumberToString n}";
  derivation_ = "drv";
  abort_ = "stop";
  isNull_ = false;
  _sub = 5;
  _lessThan = 1;
  removeAttrs_ = "r";
in
{
  map = map_.a;
  builtins = builtins.length builtins_;
  str = toString_ 7;
  derivation = derivation_;
  abort = "${abort_}!";
  isNull = !isNull_;
  sub = _sub - 1;
  lt = _lessThan < 2;
  removeAttrs = removeAttrs_;
  mapped = map (x: x * 2) [
    1
    2
  ];
}
