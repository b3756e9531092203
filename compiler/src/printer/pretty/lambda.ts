// Functions (Pretty.hs `Abstraction` and `Parameter`): `x: y: body`, `{ a, b ? 1, ... }@args: body`.
import {
  type Doc,
  GroupKind,
  group,
  hardline,
  hardspace,
  join,
  line,
  lineBreak,
  nest,
  trailing,
} from "../layout/document.js";
import type { Abstraction, Expression, ParamAttr, Parameter } from "../syntax/syntax.js";
import { isAbsorbable } from "./absorb.js";
import { absorbExpr } from "./absorb-docs.js";
import { absorbRHS } from "./bindings.js";
import type { Pretty } from "./pretty.js";
import { prettyTermWide } from "./terms.js";

export function prettyAbstraction(e: Abstraction, p: Pretty): Doc {
  if (e.param.kind === "name") return prettyNamedParameters(e, p);
  const param = prettyParameter(e.param, p);
  if (e.param.kind === "pattern" && p.canFlattenAttrs(e.param) && p.isAbsorbableExpr(e.body)) {
    return [param, ":", hardspace, group(p.expr(e.body), GroupKind.Priority)];
  }
  if (e.body.kind === "term" && isAbsorbable(e.body.term)) {
    return [param, ":", line, group(prettyTermWide(e.body.term, p))];
  }
  return [param, ":", line, p.expr(e.body)];
}

/**
 * `a: b: body`: the names stay together; an absorbable body opens on their line, any other moves to the next line
 * when it does not fit — always from the third name on.
 */
function prettyNamedParameters(e: Abstraction, p: Pretty): Doc {
  const parts: Doc[] = [lineBreak];
  let depth = 0;
  let body: Expression = e;
  while (body.kind === "abstraction" && body.param.kind === "name") {
    if (depth > 0) parts.push(hardspace);
    parts.push(body.param.name, ":");
    depth++;
    body = body.body;
  }
  if (p.isAbsorbableExpr(body)) parts.push(hardspace, group(absorbExpr(false, body, p), GroupKind.Priority));
  else parts.push(depth <= 2 ? line : hardline, p.expr(body));
  return group(parts);
}

function prettyParameter(param: Parameter, p: Pretty): Doc {
  switch (param.kind) {
    case "name":
      return param.name;
    case "bound pattern":
      return [param.name, "@", prettyParameter(param.pattern, p)];
    case "pattern": {
      if (param.attrs.length === 0 && !param.ellipsis) return group(["{", hardspace, "}"]);
      const flat = p.canFlattenAttrs(param);
      const separator = flat ? line : hardline;
      const items = param.attrs.map((a, i) =>
        // The last name gets its comma only when the pattern is expanded; `...` never has one.
        i === param.attrs.length - 1 && !param.ellipsis
          ? [prettyParamAttr(a, "", p), trailing(",")]
          : prettyParamAttr(a, ",", p),
      );
      if (param.ellipsis) items.push("...");
      // A pattern that may stay on one line is tagged, so that the layout reports it when it does not.
      return group(
        ["{", separator, nest(join(separator, items)), separator, "}"],
        GroupKind.Regular,
        flat ? param : undefined,
      );
    }
  }
}

function prettyParamAttr(a: ParamAttr, comma: string, p: Pretty): Doc {
  if (a.default === undefined) return [a.name, comma];
  return group([a.name, hardspace, nest(["?", absorbRHS(a.default, p)]), comma]);
}
