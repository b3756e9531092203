let
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
  floored = builtins.floor (-7 / 2.0);
  perWorkerGb = builtins.floor (memMb * 1.0 / workers / 1024);
  mixed = 1.5 / 3;
  ratio = memMb / 1000.0 * 2;
}
