let
  ports = {
    http = 80;
    https = 443;
    dns = 53;
    offset = -1;
    zero = 0;
  };
  ratios = {
    half = 0.5;
    tenth = 0.1;
    negative = -2.25;
    tiny = 1.5e-7;
    big = 1.0e21;
    thousand = 1000;
  };
  limits = {
    maxSafe = 9007199254740992.0;
    minSafe = -9007199254740992.0;
    hex = 255;
    octal = 15;
    sep = 1000000;
  };
in
{
  inherit ports ratios limits;
  list = [
    1
    (-1)
    2.5
    (-0.5)
  ];
}
