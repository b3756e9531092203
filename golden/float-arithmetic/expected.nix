let
  cpuShare = 0.25;
  hosts = 12;
in
{
  total = hosts * cpuShare;
  sum = 0.1 + 0.2;
  mixed = 1 + 0.5;
  scaled = 2.5 * 4;
  neg = -cpuShare * 2;
  compare = 0.1 + 0.2 > 0.3;
  half = hosts / 2.0 + 0.5;
}
