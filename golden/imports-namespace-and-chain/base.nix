let
  prefix = "10.0";
in
{
  inherit prefix;
}
