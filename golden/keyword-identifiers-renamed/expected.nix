let
  rec_ = {
    name = "record";
  };
  inherit_ = x: x + 1;
  assert_ = true;
  or_ = "either";
  then_ = 3;
  f = rec_1: assert_1: rec_1 + assert_1;
in
{
  "rec" = rec_.name;
  "inherit" = inherit_ 1;
  "assert" = assert_;
  "or" = or_;
  "then" = then_ + 1;
  f = f 1 2;
}
