let
  port = 8080;
  defaultUser = "nobody";
  listen =
    args:
    let
      p = args.port or port;
    in
    p;
  owner =
    args1:
    let
      user = args1.user or defaultUser;
      fallback = args1.defaultUser or "root";
    in
    "${user}/${fallback}";
  keyword =
    args2:
    let
      cond = args2."if";
      extra = args2."with" or "none";
    in
    if cond then extra else "off";
in
{
  listenDefault = listen { };
  listenGiven = listen { port = 443; };
  owner = owner { };
  ownerGiven = owner { defaultUser = "admin"; };
  keyword = keyword { "if" = true; };
  keywordGiven = keyword {
    "if" = true;
    "with" = "tls";
  };
}
