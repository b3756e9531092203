let
  keyOf = name: "/var/lib/keys/${name}";
  under =
    dir: name:
    let
      secret = "${dir}/${name}";
    in
    if builtins.isString secret && builtins.substring 0 1 secret == "/" then
      secret
    else
      throw "tsnix: secretFile needs an absolute path, as a string";
in
[
  "/run/keys/restic"
  (keyOf "db")
  (under "/run/agenix" "mail")
]
