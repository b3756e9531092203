let
  flags = {
    enable = true;
    debug = false;
    proxy = null;
  };
in
{
  inherit flags;
  list = [
    true
    false
    null
  ];
  nested = {
    value = null;
    on = true;
  };
}
