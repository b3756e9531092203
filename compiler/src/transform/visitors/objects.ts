// Object literals → attribute sets. Spreads become `//` (later wins, like JS), members whose value is `undefined`
// are dropped (JS omits them from keys and JSON), and nested single-member objects read as attribute paths
// (`services.caddy.enable = true;`), the way people write Nix.
import { ts } from "ts-morph";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { AttrKey, Binding, Expr } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";
import { toJsString } from "../library/to-js-string.js";
import {
  includesNull,
  includesUndefined,
  isArrayLikeType,
  isNullOrUndefinedOnly,
  isObjectPart,
  isStringType,
  typeParts,
} from "../type-queries.js";
import { lowerCondition } from "./conditions.js";
import { lowerFunctionLike } from "./functions.js";
import { checkedText } from "./literals.js";
import { skipTypeWrappers } from "./type-erasure.js";

const MAGIC_KEYS = new Set(["__toString", "__functor", "outPath", "__proto__", "__ignoreNulls"]);

/** Segments joined by `//`: literal attrsets built from members, and spread or conditional parts between them. */
class ObjectBuilder {
  private readonly segments: Expr[] = [];
  private pending: Binding[] = [];

  addBinding(binding: Binding): void {
    // `inherit a; inherit b;` reads as `inherit a b;`
    const last = this.pending[this.pending.length - 1];
    if (binding.kind === "inherit" && last?.kind === "inherit" && !binding.from && !last.from) {
      this.pending[this.pending.length - 1] = nix.inherit([...last.names, ...binding.names]);
      return;
    }
    this.pending.push(binding);
  }

  addSegment(segment: Expr): void {
    this.flush();
    this.segments.push(segment);
  }

  build(): Expr {
    this.flush();
    if (this.segments.length === 0) return nix.attrs([]);
    return this.segments.reduceRight((right, left) => nix.binop("//", left, right));
  }

  private flush(): void {
    if (this.pending.length > 0) this.segments.push(nix.attrs(this.pending));
    this.pending = [];
  }
}

export function lowerObjectLiteral(node: ts.ObjectLiteralExpression, ctx: TransformContext): Expr {
  const builder = new ObjectBuilder();
  for (const member of node.properties) lowerMember(member, builder, ctx);
  return builder.build();
}

function lowerMember(
  member: ts.ObjectLiteralElementLike,
  builder: ObjectBuilder,
  ctx: TransformContext,
): void {
  if (ts.isSpreadAssignment(member)) {
    builder.addSegment(lowerObjectSpread(member.expression, ctx));
  } else if (ts.isShorthandPropertyAssignment(member)) {
    const symbol = ctx.symbolOf(member);
    const name = member.name.text;
    if (MAGIC_KEYS.has(name)) return void ctx.report(member, Diagnostics.magicAttribute(name));
    if (!symbol) return void ctx.report(member, Diagnostics.unresolvedName(name));
    const value = ctx.lower(member.name);
    // `{ name }` reads as `inherit name;` when the binding kept its name and is always present.
    const type = ctx.typeOf(member.name);
    if (value.kind === "ident" && value.name === name && !includesUndefined(type)) {
      return builder.addBinding(nix.inherit([name]));
    }
    addValue(builder, [nix.staticKey(name)], member.name, value, ctx);
  } else if (ts.isPropertyAssignment(member)) {
    const key = lowerKey(member.name, ctx);
    if (!key) return;
    addValue(builder, [key], member.initializer, undefined, ctx);
  } else if (ts.isMethodDeclaration(member)) {
    const key = lowerKey(member.name, ctx);
    if (key) builder.addBinding(nix.bind([key], lowerFunctionLike(member, ctx)));
  } else {
    ctx.report(member, Diagnostics.getterSetterNotSupported());
  }
}

/** Add `key = value`, leaving it out when the value is undefined (possibly only at evaluation time). */
function addValue(
  builder: ObjectBuilder,
  path: readonly AttrKey[],
  valueNode: ts.Expression,
  lowered: Expr | undefined,
  ctx: TransformContext,
): void {
  const inner = skipTypeWrappers(valueNode);
  const type = ctx.typeOf(valueNode);
  if (isNullOrUndefinedOnly(type) && includesUndefined(type) && !includesNull(type)) return; // `a: undefined`
  checkMagicValue(path, inner, ctx);
  if (includesUndefined(type)) {
    if (includesNull(type))
      return void ctx.report(valueNode, Diagnostics.nullUndefinedAmbiguous(ctx.typeText(type)));
    builder.addSegment(optionalMember(path, inner, lowered, ctx));
    return;
  }
  const value = lowered ?? ctx.lower(valueNode);
  const dynamic = path.some((k) => k.kind === "dynamic");
  const binding = collapsePath(path, value);
  // Two dynamic keys (or a dynamic and a static one) naming the same attribute are an error in one Nix attrset,
  // while JS lets the later win: give each dynamic member a segment of its own.
  if (dynamic) builder.addSegment(nix.attrs([binding]));
  else builder.addBinding(binding);
}

/** `a: { b: { c: 1 } }` → `a.b.c = 1;` when each nested set has exactly one plain binding. */
function collapsePath(path: readonly AttrKey[], value: Expr): Binding {
  if (value.kind === "attrset" && !value.recursive && value.bindings.length === 1) {
    const only = value.bindings[0]!;
    if (only.kind === "binding") return collapsePath([...path, ...only.path], only.value);
  }
  return nix.bind(path, value);
}

/** A member whose value may be undefined: present only when it is not. */
function optionalMember(
  path: readonly AttrKey[],
  node: ts.Expression,
  lowered: Expr | undefined,
  ctx: TransformContext,
): Expr {
  if (ts.isConditionalExpression(node)) {
    const whenTrueUndefined = isUndefinedValue(node.whenTrue, ctx);
    const whenFalseUndefined = isUndefinedValue(node.whenFalse, ctx);
    if (whenTrueUndefined !== whenFalseUndefined) {
      const present = whenTrueUndefined ? node.whenFalse : node.whenTrue;
      const condition = ctx.lower(node.condition);
      const member = nix.attrs([collapsePath(path, ctx.lower(present))]);
      return whenTrueUndefined
        ? nix.ifThenElse(condition, nix.attrs([]), member)
        : nix.ifThenElse(condition, member, nix.attrs([]));
    }
  }
  const value = lowered ?? ctx.lower(node);
  return ctx.bindOnce(value, "value", (ref) =>
    nix.ifThenElse(nix.binop("==", ref, nix.NULL), nix.attrs([]), nix.attrs([nix.bind(path, ref)])),
  );
}

function isUndefinedValue(node: ts.Expression, ctx: TransformContext): boolean {
  const type = ctx.typeOf(node);
  return isNullOrUndefinedOnly(type) && !includesNull(type);
}

function lowerKey(name: ts.PropertyName, ctx: TransformContext): AttrKey | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
    const text = ts.isNumericLiteral(name) ? String(Number(name.text)) : name.text;
    if (MAGIC_KEYS.has(text)) return void ctx.report(name, Diagnostics.magicAttribute(text));
    return nix.staticKey(checkedText(text, name, ctx));
  }
  if (ts.isComputedPropertyName(name)) {
    const expr = skipTypeWrappers(name.expression);
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr))
      return lowerKeyText(expr.text, name, ctx);
    const type = ctx.typeOf(expr);
    return nix.dynamicKey(isStringType(type) ? ctx.lower(expr) : toJsString(expr, ctx));
  }
  ctx.report(name, Diagnostics.unsupportedSyntax("This kind of property name"));
  return undefined;
}

function lowerKeyText(text: string, site: ts.Node, ctx: TransformContext): AttrKey | undefined {
  if (MAGIC_KEYS.has(text)) return void ctx.report(site, Diagnostics.magicAttribute(text));
  return nix.staticKey(checkedText(text, site, ctx));
}

/** `type: "derivation"` turns an attrset into a package as far as Nix tools are concerned. */
function checkMagicValue(path: readonly AttrKey[], value: ts.Expression, ctx: TransformContext): void {
  const last = path[path.length - 1];
  if (
    last?.kind === "static" &&
    last.name === "type" &&
    ts.isStringLiteral(value) &&
    value.text === "derivation"
  ) {
    ctx.report(value, Diagnostics.magicAttribute('type = "derivation"'));
  }
}

/** `...x` in an object literal. */
export function lowerObjectSpread(expression: ts.Expression, ctx: TransformContext): Expr {
  const inner = skipTypeWrappers(expression);
  // `...(cond && { a: 1 })`: spreading `false` adds nothing.
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    return nix.ifThenElse(
      lowerCondition(inner.left, ctx),
      lowerObjectSpread(inner.right, ctx),
      nix.attrs([]),
    );
  }
  const type = ctx.typeOf(expression);
  const spreadable = (t: ts.Type) =>
    (isObjectPart(ctx.checker, t) && !isArrayLikeType(ctx.checker, t)) || isNullOrUndefinedOnly(t);
  if (!typeParts(type).every(spreadable)) {
    return ctx.fail(
      expression,
      Diagnostics.unsupportedArgument(
        "...",
        `only objects can be spread into an object, not '${ctx.typeText(type)}'`,
      ),
    );
  }
  const value = ctx.lower(expression);
  if (isNullOrUndefinedOnly(type)) return nix.attrs([]);
  if (includesNull(type) || includesUndefined(type)) {
    return ctx.bindOnce(value, "spread", (ref) =>
      nix.ifThenElse(nix.binop("==", ref, nix.NULL), nix.attrs([]), ref),
    );
  }
  return value;
}

export const objectVisitors: VisitorTable = {
  [ts.SyntaxKind.ObjectLiteralExpression]: lowerObjectLiteral,
};
