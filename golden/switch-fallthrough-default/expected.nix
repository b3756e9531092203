let
  label =
    code:
    if code == 200 then
      "ok"
    else if code == 404 || code == 410 then
      "gone"
    else
      "unknown";
  tier =
    load:
    if load > 90 then
      "critical"
    else if load > 50 then
      "busy"
    else
      "idle";
  ports =
    role:
    let
      open = [ 22 ];
    in
    let
      case = open_2: open_2 ++ [ 9100 ];
    in
    if role == "web" then
      open
      ++ [
        80
        443
      ]
    else if role == "db" || role == "cache" then
      let
        open_1 = open ++ [ (if role == "db" then 5432 else 6379) ];
      in
      case open_1
    else if role == "monitor" then
      case open
    else
      open ++ [ 0 ];
in
{
  ports = map ports [
    "web"
    "db"
    "cache"
    "monitor"
    "other"
  ];
  labels = map label [
    200
    404
    410
    500
  ];
  tiers = map tier [
    95
    60
    10
  ];
}
