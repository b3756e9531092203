# Renders option values (defaults, examples, enum values) as JSON-able data for the schema, without forcing
# derivations and without failing: see shared/fixtures/README.md for the `{ _tsnix = …; }` markers.
{
  lib,
  # a path (string) as recorded in the schema: relative to the source root
  relative,
  # false: values are not rendered at all (a last resort when rendering one aborts the evaluation)
  renderValues,
}:
let
  inherit (builtins)
    attrNames
    isAttrs
    isString
    length
    tryEval
    typeOf
    ;

  # Cut (as `{ _tsnix = "deep"; }`) beyond this nesting or width: some defaults are whole package sets.
  maxValueDepth = 8;
  maxValueWidth = 500;

  try = fallback: v: let r = tryEval v; in if r.success then r.value else fallback;
  isDerivation = v: (v.type or null) == "derivation";

  render =
    depth: v:
    let
      t = typeOf v;
    in
    if t == "lambda" then
      { _tsnix = "function"; }
    else if t == "path" then
      {
        _tsnix = "path";
        path = relative (toString v);
      }
    else if t == "list" then
      if depth >= maxValueDepth || length v > maxValueWidth then { _tsnix = "deep"; } else map (renderTry (depth + 1)) v
    else if t != "set" then
      v
    else if isDerivation v || v ? outPath then
      {
        _tsnix = "package";
        name = try "?" (v.pname or v.name or "?");
      }
    else if v ? _type then
      {
        _tsnix = toString v._type;
        text = try null (v.text or null);
      }
    else if depth >= maxValueDepth || length (attrNames v) > maxValueWidth then
      { _tsnix = "deep"; }
    else
      builtins.mapAttrs (_: renderTry (depth + 1)) v;

  # children are tried one by one (tryEval only forces to weak head normal form), so one bad element costs itself only
  renderTry =
    depth: v:
    let
      r = tryEval (render depth v);
    in
    if r.success then r.value else { _tsnix = "error"; };

  # the schema's names for lib's text wrappers; DocBook and anything newer are kept as plain text
  textKinds = {
    literalExpression = "literalExpression";
    literalExample = "literalExample";
    literalMD = "literalMD";
    mdDoc = "literalMD";
  };

  # defaultText / example: Nix or Markdown text as such, a plain string as text, anything else as a value
  renderText =
    d:
    if isAttrs d && d ? _type && d ? text then
      # `literalExample 16` exists: a text that is not a string is a value
      (if isString d.text then { ${textKinds.${d._type} or "text"} = d.text; } else renderText d.text)
    else if isString d then
      { text = d; }
    else if renderValues then
      { value = renderTry 0 d; }
    else
      null;
in
{
  inherit renderTry renderText;
}
