let
  _host1 = "nas";
  a_b = 1;
  _host = "already-taken";
  _1 = "dollar";
  _ = "underscore";
  caf_ = "latte";
  _2 = 2;
in
{
  host = _host1;
  ab = a_b;
  taken = _host;
  dollar = _1;
  underscore = _;
  cafe = caf_;
  double = _2;
}
