{
  retries = 3;
  verbose = false;
}
