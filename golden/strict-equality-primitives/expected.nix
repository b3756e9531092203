let
  lookup = k: if k == "nas" then "10.0.0.3" else null;
  same = a: b: [
    (a == b)
    (a != b)
  ];
  bools = a: b: a == b;
  half = 1 / 2.0;
in
{
  numbers = [
    (1 == 1)
    (0.5 == half)
    (0 == 0)
    (half != 0.5)
  ];
  strings = [
    (same "nas" "nas")
    (same "nas" "NAS")
    (same "" "")
  ];
  booleans = [
    (bools true true)
    (bools true false)
  ];
  nulls = [
    (lookup "nas" == null)
    (lookup "pi" == null)
    (lookup "pi" != null)
  ];
  mixedTypes = [
    (lookup "nas" == "10.0.0.3")
    (lookup "pi" == "10.0.0.3")
  ];
}
