let
  versions = [
    "23.11"
    "24.05"
    "24.11"
  ];
in
{
  ints = [
    (1 < 2)
    (2 <= 2)
    (3 > 4)
    (-1 >= -1)
  ];
  mixed = [
    (1 < 1.5)
    (2 >= 2)
    (-0.5 > -1)
  ];
  strings = [
    ("a" < "b")
    ("B" < "a")
    ("abc" < "abd")
    ("ab" < "abc")
    ("" < "a")
  ];
  newer = builtins.filter (v: v >= "24.05") versions;
  strict = [
    ("24.05" > "24.05")
    ("24.05" >= "24.05")
  ];
}
