let
  classify =
    port:
    let
      upper = 49152;
    in
    if port < 0 then
      "invalid"
    else if port < 1024 then
      let
        kind = if port == 22 then "ssh" else "system";
      in
      "well-known:${kind}"
    else if port >= upper then
      "ephemeral"
    else if port == 8080 then
      "alt-http"
    else
      "registered";
in
map classify [
  (-1)
  22
  80
  8080
  8081
  50000
]
