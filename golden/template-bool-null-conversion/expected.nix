let
  enable = true;
  lookup = name: if name == "alpha" then "10.0.0.1" else null;
  isAdmin = name: name == "root";
in
{
  literal = "enable=${if enable then "true" else "false"}";
  computed = "admin=${if isAdmin "root" then "true" else "false"},${
    if isAdmin "bob" then "true" else "false"
  }";
  found = "addr=${
    let
      v = lookup "alpha";
    in
    if v == null then "null" else v
  }";
  missing = "addr=${
    let
      v1 = lookup "beta";
    in
    if v1 == null then "null" else v1
  }";
}
