let
  jsFindIndexWhere =
    test: list:
    let
      hits = builtins.filter test (builtins.genList (i: i) (builtins.length list));
    in
    if hits == [ ] then -1 else builtins.head hits;
  jsFindLastIndexWhere =
    test: list:
    let
      hits = builtins.filter test (jsReverse (builtins.genList (i: i) (builtins.length list)));
    in
    if hits == [ ] then -1 else builtins.head hits;
  jsReverse =
    list:
    builtins.genList (i: builtins.elemAt list (builtins.length list - i - 1)) (builtins.length list);
  disks = [
    "sda"
    "sdb"
    "nvme0n1"
    "sdc"
  ];
in
{
  laterNvme = builtins.any (
    i:
    let
      d = builtins.elemAt disks i;
    in
    i > 0 && builtins.substring 0 (builtins.stringLength "nvme") d == "nvme"
  ) (builtins.genList (i: i) (builtins.length disks));
  ordered = builtins.all (
    i:
    let
      d = builtins.elemAt disks i;
      all = disks;
    in
    i == 0 || builtins.elemAt all (i - 1) != d
  ) (builtins.genList (i: i) (builtins.length disks));
  secondSd =
    let
      value =
        let
          index = jsFindIndexWhere (
            i:
            let
              d = builtins.elemAt disks i;
            in
            i > 0 && builtins.substring 0 (builtins.stringLength "sd") d == "sd"
          ) disks;
        in
        if index < 0 then null else builtins.elemAt disks index;
    in
    if value == null then "none" else value;
  lastSdIndex = jsFindLastIndexWhere (
    i:
    let
      d = builtins.elemAt disks i;
    in
    builtins.substring 0 (builtins.stringLength "sd") d == "sd" && i < 3
  ) disks;
  numbered = builtins.concatLists (
    builtins.genList (
      i:
      let
        d = builtins.elemAt disks i;
      in
      [ "${toString i}:${d}" ]
    ) (builtins.length disks)
  );
}
