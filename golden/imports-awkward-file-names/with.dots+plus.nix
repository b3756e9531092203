let
  port = 22;
in
{
  inherit port;
}
