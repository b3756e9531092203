let
  owner = "jürgen";
in
{
  inherit owner;
}
