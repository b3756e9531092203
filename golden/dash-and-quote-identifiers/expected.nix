let
  x1 = 1;
  x_1 = 2;
  obj = {
    a-b = x1;
    a_b = x_1;
    a'b = 3;
    "-lead" = 4;
    _ = 5;
    "1a" = 6;
  };
in
{
  inherit obj;
  pick = obj.a-b + obj.a'b + obj."-lead" + obj."1a";
}
