# A stand-in for nix-community/nix-github-actions (colmena's CI helper, not among the fixtures): nothing is read.
{
  outputs = { self, ... }: { lib = { }; };
}
