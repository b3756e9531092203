let
  greeting = "hello";
in
{
  inherit greeting;
}
