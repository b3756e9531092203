let
  port = 8080;
  host = "atlas";
  tags = [
    "web"
    "lan"
  ];
in
{
  inherit port host tags;
}
