let
  jsEscapeRegex =
    s:
    let
      specials = builtins.genList (i: builtins.substring i 1 "\\[{().*+?^$|") 12;
    in
    builtins.replaceStrings specials (map (c: "\\" + c) specials) s;
  jsReplaceFirst =
    search: replacement: s:
    let
      parts =
        if search == "" then
          [
            ""
            [ ]
            s
          ]
        else
          builtins.split (jsEscapeRegex search) s;
      before = builtins.head parts;
      after = builtins.concatStringsSep search (
        builtins.filter builtins.isString (builtins.tail (builtins.tail parts))
      );
      expanded = builtins.concatStringsSep "" (
        map (
          p:
          if builtins.isString p then
            p
          else
            let
              c = builtins.head p;
            in
            if c == "$" then
              "$"
            else if c == "&" then
              search
            else if c == "`" then
              before
            else
              after
        ) (builtins.split "\\$([$&`'])" replacement)
      );
    in
    if builtins.length parts == 1 then s else before + expanded + after;
  domain = "home.example.org";
  swap =
    s: from: to:
    jsReplaceFirst from to s;
in
{
  first = jsReplaceFirst "." "-" "10.0.0.1";
  missing = jsReplaceFirst "x" "y" domain;
  empty = swap "abc" "" "<$&>";
  patterns = jsReplaceFirst "." "[$&|$$|$1|$`]" domain;
  nonAscii = jsReplaceFirst "ü" "ue" "Zürich-Zürich";
}
