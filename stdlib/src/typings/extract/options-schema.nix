# Walks an evaluated option tree into the option list of a `tsnix-options-schema/1` schema (stage 1 of `tsnix types`).
#
# Why it is shaped this way (Nix 2.8):
# - Only `throw`/`assert` are catchable by builtins.tryEval. Every field that touches module code is forced
#   (deepSeq) inside its own tryEval, so a throwing default, type or description costs that field only.
# - A missing attribute, a type error or an infinite recursion is not catchable and aborts the whole run (a default
#   that reads unset config does this). Entries are built so that each field is forced only while it is printed,
#   after the entry's `__path`: the partial output names the option at fault and the caller retries with it in `skip`.
# - Values are rendered without forcing derivations: a package becomes its name only (render-value.nix).
# - `description` of a compound type is built from its parts and can recurse forever: it is taken from leaves only.
# - Recursive types are cut at the first repeat on the path instead of at a fixed depth: types by their shape (names
#   and leaf descriptions a few levels deep; Nix has no identity to compare), submodules by their option names and
#   declaring files. A cut node carries `recursive = true` and `ref`, the path of the node it repeats, so that a
#   home-manager specialisation (the whole option tree again) costs one line instead of the exponential blow-up a
#   depth limit gives (84 s for the reference walker).
# - Old lib (20.09) has no `nestedTypes`: fall back to `functor.wrapped` (a list of two for `either`).
#
# Paths (`__path`, `ref`) are absolute: option names, with `<role>` for each nested type on the way
# (`users.users.<elemType>.createHome`).
{
  lib,
  # the option tree: the `options` of an evalModules result
  options,
  # [ { prefix; label; } ]: a declaration starting with `prefix` is recorded as `label` + the rest
  roots ? [ ],
  # which top-level options to emit, given their loc and option (a module file keeps only what it adds or extends)
  keep ? (_loc: _option: true),
  # false: leave out defaults and examples that are values (a last resort when rendering one aborts the evaluation)
  renderValues ? true,
  # absolute option paths (submodule fields included) whose default/example values, or also their type and
  # description, are not to be evaluated: the options at fault in earlier attempts that an uncatchable error aborted
  skip ? {
    values = [ ];
    types = [ ];
  },
}:
let
  inherit (builtins)
    attrNames
    concatStringsSep
    deepSeq
    elemAt
    filter
    isAttrs
    isList
    isString
    length
    tryEval
    ;

  # Shape depth: a finite type is only mistaken for recursive when it nests the same shape this deep.
  shapeDepth = 6;
  # Last-resort caps, in case a shape or key fails to repeat (e.g. a type that grows at each level).
  maxTypeDepth = 40;
  maxSubmoduleDepth = 16;

  try = fallback: v: let r = tryEval v; in if r.success then r.value else fallback;
  # forces the whole value inside tryEval: nothing may throw later, while printing
  tryDeep = fallback: v: let r = tryEval (deepSeq v v); in if r.success then r.value else fallback;

  isOption = v: isAttrs v && (v._type or null) == "option";
  # names that are option-tree plumbing, not options: module arguments and the freeform type's own sub-options
  plumbing = [ "_module" "_freeformOptions" ];
  optionNames = opts: filter (n: !(builtins.elem n plumbing)) (attrNames opts);

  inherit
    (import ./render-value.nix {
      inherit lib relative renderValues;
    })
    renderTry
    renderText
    ;

  # --- declarations -------------------------------------------------------------------------------------------------

  relative =
    s:
    let
      hit = lib.findFirst (r: lib.hasPrefix r.prefix s) null roots;
    in
    if hit == null then s else hit.label + lib.removePrefix hit.prefix s;

  declarationsOf = o: map (d: relative (toString d)) (o.declarations or [ ]);

  # --- types --------------------------------------------------------------------------------------------------------

  nameOf = t: if isAttrs t then try "unknown" (toString (t.name or "unknown")) else "unknown";

  # The nested types by role: `nestedTypes` (lib ≥ 22.05), else `functor.wrapped` (older lib).
  nestedOf =
    t:
    let
      nested = t.nestedTypes or { };
      wrapped = t.functor.wrapped or null;
      asTypes = lib.filterAttrs (_: v: isAttrs v && v ? name && v ? check);
    in
    if nested != { } then
      asTypes nested
    else if isList wrapped && length wrapped == 2 then
      {
        left = elemAt wrapped 0;
        right = elemAt wrapped 1;
      }
    else if isAttrs wrapped && wrapped ? name then
      { ${if nameOf t == "coercedTo" then "finalType" else "elemType"} = wrapped; }
    else
      { };

  # A type's shape to `depth` levels: equal shapes of a node and its ancestor mean a recursive type.
  shapeOf =
    depth: t:
    let
      kids = try { } (nestedOf t);
      name = nameOf t;
    in
    if depth == 0 then
      "…"
    else if name == "submodule" || name == "submoduleWith" then
      # a submodule's description may evaluate the submodule; its identity is checked by keyOf
      name + "(" + concatStringsSep "," (attrNames kids) + ")"
    else if kids == { } then
      name + "{" + try "" (toString (t.description or "")) + "}"
    else
      name + "(" + concatStringsSep "," (lib.mapAttrsToList (role: k: role + ":" + shapeOf (depth - 1) k) kids) + ")";

  # A submodule's identity: its option names, two namespace levels deep, and where they are declared.
  keyOf = keyTo 2;
  keyTo =
    depth: opts:
    concatStringsSep ";" (
      map (
        n:
        let
          v = opts.${n};
        in
        n
        + try "!" (
          if isOption v then
            "@" + concatStringsSep "+" (map toString (v.declarations or [ ]))
          else if depth > 0 && isAttrs v && !(v ? _type) then
            "{" + keyTo (depth - 1) v + "}"
          else
            ""
        )
      ) (optionNames opts)
    );

  cut = name: ref: {
    inherit name ref;
    recursive = true;
    description = "(recursive: the same type as ${
      if ref == [ ] then "the whole option tree" else concatStringsSep "." ref
    })";
  };

  # past a last-resort cap there is no repeat to refer to
  tooDeep = name: {
    inherit name;
    recursive = true;
    description = "(nested too deeply; cut)";
  };

  # Tried to weak head normal form only: every field below is either forced in its own tryEval or is itself a guarded
  # type node or option list, so a bad nested option fails alone, when it is printed.
  typeNode = ctx: t: try unknownType (if isAttrs t then typeNode' ctx t else unknownType);
  typeNode' =
    ctx: t:
    let
      name = nameOf t;
      shape = shapeOf shapeDepth t;
      seen = lib.findFirst (a: a.shape == shape) null ctx.shapes;
    in
    if seen != null then
      cut name seen.path
    else if length ctx.shapes >= maxTypeDepth then
      tooDeep name
    else
      typeBody (ctx // { shapes = ctx.shapes ++ [ { inherit shape; inherit (ctx) path; } ]; }) name t;

  typeBody =
    ctx: name: t:
    let
      kids = try { } (nestedOf t);
      isSubmodule = name == "submodule" || name == "submoduleWith";
      payload = t.functor.payload or null;
      nested = lib.mapAttrs (role: typeNode (ctx // { path = ctx.path ++ [ "<${role}>" ]; })) (kids // freeformOf t);
      sub = subOptions ctx name t;
    in
    { inherit name; }
    // lib.optionalAttrs (kids == { } && !isSubmodule) { description = tryDeep "" (toString (t.description or "")); }
    // lib.optionalAttrs (name == "enum") {
      values = map (renderTry 0) (try [ ] (if isList payload then payload else payload.values or [ ]));
    }
    // lib.optionalAttrs (name == "separatedString") {
      separator = tryDeep null (if isString payload then payload else payload.sep or null);
    }
    // sub
    // lib.optionalAttrs (nested != { }) { inherit nested; };

  # A submodule's freeform type: `nestedTypes.freeformType` on current lib (already in nestedOf); lib 21.05–22.05
  # had freeform submodules without nestedTypes, so evaluate the submodule's own modules for it (untested: no fixture).
  libHasFreeform = try false ((lib.evalModules { modules = [ ]; }).options._module ? freeformType);
  freeformOf =
    t:
    if !libHasFreeform || t ? nestedTypes || !(t ? functor.payload.modules) then
      { }
    else
      let
        p = t.functor.payload;
        ev = lib.evalModules {
          modules = [ { _module.args.name = "‹name›"; } ] ++ p.modules;
          specialArgs = p.specialArgs or { };
        };
        ff = try null (ev.config._module.freeformType or null);
      in
      lib.optionalAttrs (isAttrs ff) { freeformType = ff; };

  # Sub-options: of a submodule; of an attrTag (its tags are options); of a custom type that has no nested types
  # but answers getSubOptions (a submodule in disguise).
  subOptions =
    ctx: name: t:
    let
      tags = t.nestedTypes or { };
      opts =
        if name == "attrTag" then
          tags
        else if name == "submodule" || name == "submoduleWith" || nestedOf t == { } then
          try { } (t.getSubOptions [ ])
        else
          { };
      key = keyOf opts;
      seen = lib.findFirst (s: s.key == key) null ctx.subs;
    in
    if !(isAttrs opts) || optionNames opts == [ ] then
      lib.optionalAttrs (name == "submodule" || name == "submoduleWith") { options = [ ]; }
    else if seen != null && name != "attrTag" then
      cut name seen.path // { options = [ ]; }
    else if length ctx.subs > maxSubmoduleDepth then
      tooDeep name // { options = [ ]; }
    else
      {
        options = walk (ctx // {
          subs = ctx.subs ++ [ { inherit key; inherit (ctx) path; } ];
          loc = [ ];
          top = false;
        }) opts;
      };

  # --- options ------------------------------------------------------------------------------------------------------

  unknownType = {
    name = "unknown";
    description = "(type could not be evaluated)";
  };

  # Every key is always present (null when absent; the TS side drops nulls), so that building an entry evaluates
  # nothing: each field is forced only when printed, after `__path`. When an uncatchable error aborts the print,
  # the last `__path` in the partial output (keys print in order, `__path` first) names the option at fault, and the
  # TS side retries with that path in `skip`.
  entry =
    ctx: loc: o:
    let
      path = ctx.path ++ loc;
      skipValues = builtins.elem path skip.values;
      skipType = builtins.elem path skip.types;
      field = cond: v: tryDeep null (if cond then v else null);
      value = cond: v: if skipValues || skipType then null else field cond v;
    in
    {
      __path = path;
      inherit loc;
      type =
        if skipType then
          unknownType
        else
          typeNode (
            ctx
            // {
              inherit path;
              shapes = [ ];
            }
          ) (o.type or null);
      readOnly = try false (o.readOnly or false == true);
      internal = try false (o.internal or false == true);
      visible = tryDeep true (o.visible or true);
      declarations = tryDeep [ ] (declarationsOf o);
      description = field (o ? description && !skipType) (
        if isAttrs o.description then o.description.text or "" else o.description
      );
      defaultText = value (o ? defaultText) (renderText o.defaultText);
      default = value (renderValues && !(o ? defaultText) && o ? default) { value = renderTry 0 o.default; };
      example = value (o ? example) (renderText o.example);
    };

  # Options and namespaces below `ctx.loc`, depth first, in name order.
  # Only weak head normal form is tried here: every entry guards its own fields.
  walk =
    ctx: opts:
    try [ ] (
      lib.concatMap (
        n:
        let
          v = opts.${n};
          loc = ctx.loc ++ [ n ];
          kind = try "bad" (
            if isOption v then
              "option"
            else if isAttrs v && !(v ? _type) then
              "namespace"
            else
              "other"
          );
        in
        if kind == "option" then
          (if ctx.top && !(try false (keep loc v)) then [ ] else [ (entry ctx loc v) ])
        else if kind == "namespace" then
          walk (ctx // { inherit loc; }) v
        else
          [ ]
      ) (optionNames opts)
    );

  rootFrame = {
    key = keyOf options;
    path = [ ];
  };
in
walk {
  loc = [ ];
  path = [ ];
  subs = [ rootFrame ];
  top = true;
  shapes = [ ];
} options
