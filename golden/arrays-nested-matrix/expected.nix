let
  rack = [
    [
      "pdu"
      "switch"
      "router"
    ]
    [
      "nas"
      "nas-jbod"
      "-"
    ]
  ];
  transpose =
    m:
    let
      list = builtins.elemAt m 0;
    in
    builtins.genList (col: map (row: builtins.elemAt row col) m) (builtins.length list);
in
{
  top = builtins.elemAt (builtins.elemAt rack 0) 1;
  transposed = transpose rack;
  sizes = map (row: builtins.length row) rack;
  flattened = builtins.filter (x: x != "-") (builtins.concatLists rack);
}
