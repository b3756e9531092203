let
  jsRoundable =
    n:
    if n > 9007199254740992.0 || n < -9007199254740992.0 then
      throw "tsnix: rounding a number beyond ±2^53, where JavaScript keeps a float and Nix would make an int"
    else
      n;
  cores = 7;
  workers = 2;
  memMb = 3000;
in
{
  real = cores * 1.0 / workers;
  exact = 8 / 2.0;
  negative = -7 / 2.0;
  truncated = builtins.div cores workers;
  truncatedNegative = builtins.div (-7) 2;
  floored = builtins.floor (jsRoundable (-7 / 2.0));
  perWorkerGb = builtins.floor (jsRoundable (memMb * 1.0 / workers / 1024));
  mixed = 1.5 / 3;
  ratio = memMb / 1000.0 * 2;
}
