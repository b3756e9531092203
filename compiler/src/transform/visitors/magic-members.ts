// Object members that would change what a Nix attribute set is: the keys `outPath`, `__toString`, `__functor`
// (and, written in a literal, `__proto__` and `__ignoreNulls`), and `type = "derivation"`. A key or value known now
// is refused now (TSNIX1213); one whose type admits a magic key or "derivation" is checked when evaluated
// (jsPlainKey, jsNotDerivation, jsMemberValue); one whose type rules them out costs nothing.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { AttrKey, Expr } from "../../nix/ast.js";
import { DERIVATION_TYPE, NIX_MEANINGFUL_ATTR_NAMES } from "../../nix/magic-names.js";
import type { TransformContext } from "../context.js";
import { knownString } from "../library/arguments.js";
import "../runtime/magic-keys.js";
import { admitsAnyKind, typeParts } from "../type-queries.js";

const F = ts.TypeFlags;

/** The strings a type admits: a finite list of literals, or "any" when it admits any string. */
function admittedStrings(type: ts.Type): readonly string[] | "any" {
  if (admitsAnyKind(type)) return "any";
  const literals: string[] = [];
  for (const part of typeParts(type)) {
    if (part.isStringLiteral()) literals.push(part.value);
    else if (part.flags & (F.String | F.TemplateLiteral | F.StringMapping)) return "any";
  }
  return literals;
}

/**
 * A computed key (`{ [k]: v }`) of type string: refused when it is or may only be known to be magic now, wrapped
 * in `jsPlainKey` when its type admits any string, left alone when its type's literals are all plain.
 */
export function checkedComputedKey(node: ts.Expression, key: Expr, ctx: TransformContext): Expr | undefined {
  const known = knownString(node, ctx);
  const admitted = known !== undefined ? [known] : admittedStrings(ctx.typeOf(node));
  if (admitted === "any") return nix.apply(ctx.helpers.use("jsPlainKey"), key);
  const magic = admitted.find((k) => NIX_MEANINGFUL_ATTR_NAMES.includes(k));
  if (magic !== undefined) return void ctx.report(node, Diagnostics.magicAttribute(magic));
  return key;
}

/** Whether the value of `node` may be the string "derivation": known now (true/false) or only when evaluated. */
function derivationValue(node: ts.Expression, ctx: TransformContext): "yes" | "no" | "maybe" {
  const known = knownString(node, ctx);
  if (known !== undefined) return known === DERIVATION_TYPE.value ? "yes" : "no";
  const admitted = admittedStrings(ctx.typeOf(node));
  if (admitted === "any") return "maybe";
  return admitted.includes(DERIVATION_TYPE.value) ? "maybe" : "no";
}

/** Whether a member at `path` may be named `type`: its last key is `type`, or computed and may be. */
function mayBeTypeKey(path: readonly AttrKey[]): boolean {
  const last = path[path.length - 1];
  return last !== undefined && (last.kind === "dynamic" || last.name === DERIVATION_TYPE.name);
}

/**
 * The check the value of the member at `path` needs: "none" (often), "refused" after reporting `type: "derivation"`
 * known now, or a function wrapping the lowered value in a check made when evaluated. A computed key is read twice
 * (`${k} = jsMemberValue k v;`): the caller binds it once.
 */
export function memberValueGuard(
  path: readonly AttrKey[],
  valueNode: ts.Expression,
  ctx: TransformContext,
): ((value: Expr) => Expr) | "none" | "refused" {
  const last = path[path.length - 1];
  if (!last || !mayBeTypeKey(path)) return "none";
  const derivation = derivationValue(valueNode, ctx);
  if (derivation === "no") return "none";
  if (derivation === "yes" && last.kind === "static") {
    ctx.report(valueNode, Diagnostics.magicAttribute('type = "derivation"'));
    return "refused";
  }
  return last.kind === "static"
    ? (value) => nix.apply(ctx.helpers.use("jsNotDerivation"), value)
    : (value) => nix.apply(ctx.helpers.use("jsMemberValue"), last.expr, value);
}
