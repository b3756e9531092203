let
  domain = "home.example.org";
in
{
  inherit domain;
}
