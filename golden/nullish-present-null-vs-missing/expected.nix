let
  pick = o: {
    port =
      let
        value = o.port or null;
      in
      if value == null then 8080 else value;
    name = o.name or "default";
    debug = o.debug or true;
    portIsNull = o ? port && o.port == null;
    portMissing = !(o ? port);
  };
in
[
  (pick {
    port = 0;
    name = "";
    debug = false;
  })
  (pick { port = null; })
  (pick { })
  (pick {
    port = -1;
    name = "x";
  })
]
