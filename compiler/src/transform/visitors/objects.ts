// Object literals → attribute sets. Spreads become `//` (later wins, like JS), members whose value is `undefined`
// are dropped (JS omits them from keys and JSON), and nested single-member objects read as attribute paths
// (`services.caddy.enable = true;`), the way people write Nix.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import { MAGIC_ATTR_NAMES } from "../../nix/magic-names.js";
import type { AttrKey, Binding, Expr } from "../../nix/ast.js";
import type { TransformContext, VisitorTable } from "../context.js";
import { toJsString } from "../library/to-js-string.js";
import {
  includesNull,
  includesUndefined,
  isArrayLikeType,
  isNullOrUndefinedOnly,
  isObjectPart,
  isOpenNullish,
  isStringType,
  typeParts,
  undefinedableMembers,
} from "../type-queries.js";
import { lowerCondition } from "./conditions.js";
import { lowerFunctionLike } from "./functions.js";
import { checkedText } from "./literals.js";
import { checkedComputedKey, memberValueGuard } from "./magic-members.js";
import { skipTypeWrappers } from "./type-erasure.js";

const MAGIC_KEYS = MAGIC_ATTR_NAMES;

/** Segments joined by `//`: literal attrsets built from members, and spread or conditional parts between them. */
class ObjectBuilder {
  private readonly segments: Expr[] = [];
  private pending: Binding[] = [];
  private readonly pendingKeys = new Set<string>();
  /** Whether some segment so far may hold keys the literal does not spell out (a spread, a computed key). */
  private unknownKeys = false;
  /** The keys members and spreads so far may have set, by their types; `anyKey` after a computed key or a
   * spread with an index signature. */
  private readonly keysSoFar = new Set<string>();
  private anyKey = false;
  /** The last `builtins.removeAttrs` this builder made, to extend when the next member removes a key too. */
  private removal:
    { readonly expr: Expr; readonly before: Expr; readonly names: readonly Expr[] } | undefined;

  noteKey(key: AttrKey | string): void {
    if (typeof key === "string") this.keysSoFar.add(key);
    else if (key.kind === "static") this.keysSoFar.add(key.name);
    else this.anyKey = true;
  }

  noteAnyKey(): void {
    this.anyKey = true;
  }

  mayHold(key: string): boolean {
    return key === "*" ? this.anyKey || this.keysSoFar.size > 0 : this.anyKey || this.keysSoFar.has(key);
  }

  addBinding(binding: Binding): void {
    // A key set again (`{ a: 1, ...{ a: 2 } }`) replaces the earlier value: a new `//` segment, since one Nix
    // attribute set cannot define a name twice.
    const names = binding.kind === "inherit" ? binding.names : [firstStaticName(binding.path)];
    if (names.some((name) => name !== undefined && this.pendingKeys.has(name))) this.flush();
    for (const name of names) if (name !== undefined) this.pendingKeys.add(name);
    // `inherit a; inherit b;` reads as `inherit a b;`
    const last = this.pending[this.pending.length - 1];
    if (binding.kind === "inherit" && last?.kind === "inherit" && !binding.from && !last.from) {
      this.pending[this.pending.length - 1] = nix.inherit([...last.names, ...binding.names]);
      return;
    }
    this.pending.push(binding);
  }

  /** `knownKeys`: the segment holds only static keys spelled in this literal (an optional member). */
  addSegment(segment: Expr, knownKeys = false): void {
    this.flush();
    this.segments.push(segment);
    if (!knownKeys) this.unknownKeys = true;
  }

  /**
   * A later member set to `undefined` takes its key away from everything before it (`{ ...o, k: undefined }` has
   * no `k` as far as JSON and Object.keys can tell). A static key needs removing only after a spread, a computed
   * key, or an inlined literal spread that set it — TypeScript refuses duplicate static names otherwise.
   */
  removeKey(key: AttrKey): void {
    const mayHold =
      key.kind === "dynamic"
        ? this.segments.length > 0 || this.pending.length > 0
        : this.unknownKeys || this.mayHold(key.name);
    if (!mayHold) return;
    this.flush();
    if (this.segments.length === 0) return; // nothing before this member: nothing to take the key from
    const name = key.kind === "dynamic" ? key.expr : nix.str(key.name);
    // Removals in a row read as one: `builtins.removeAttrs o [ "a" "b" ]`.
    const last = this.removal;
    const extending = last !== undefined && this.segments.length === 1 && this.segments[0] === last.expr;
    const before = extending
      ? last.before
      : this.segments.splice(0).reduceRight((right, left) => nix.binop("//", left, right));
    const names = extending ? [...last.names, name] : [name];
    const expr = nix.callBuiltin("removeAttrs", before, nix.list(names));
    this.segments.splice(0, this.segments.length, expr);
    this.removal = { expr, before, names };
  }

  build(): Expr {
    this.flush();
    if (this.segments.length === 0) return nix.attrs([]);
    return this.segments.reduceRight((right, left) => nix.binop("//", left, right));
  }

  private flush(): void {
    if (this.pending.length > 0) this.segments.push(nix.attrs(this.pending));
    this.pending = [];
    this.pendingKeys.clear();
  }
}

function firstStaticName(path: readonly AttrKey[]): string | undefined {
  const first = path[0];
  return first?.kind === "static" ? first.name : undefined;
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
  const spread = ts.isSpreadAssignment(member) ? skipTypeWrappers(member.expression) : undefined;
  if (spread && ts.isObjectLiteralExpression(spread)) {
    // `...{ a: 1, b: undefined }` means its members, in order, as if written here.
    for (const inner of spread.properties) lowerMember(inner, builder, ctx);
  } else if (ts.isSpreadAssignment(member)) {
    addSpread(member.expression, builder, ctx);
  } else if (ts.isShorthandPropertyAssignment(member)) {
    const symbol = ctx.symbolOf(member);
    const name = member.name.text;
    if (MAGIC_KEYS.has(name)) return void ctx.report(member, Diagnostics.magicAttribute(name));
    if (!symbol) return void ctx.report(member, Diagnostics.unresolvedName(name));
    const value = ctx.lower(member.name);
    // `{ name }` reads as `inherit name;` when the binding kept its name, is always present and needs no check.
    const type = ctx.typeOf(member.name);
    builder.noteKey(name);
    const plain = memberValueGuard([nix.staticKey(name)], member.name, ctx) === "none";
    const open = isOpenNullish(ctx.checker, type);
    if (plain && value.kind === "ident" && value.name === name && !includesUndefined(type) && !open) {
      return builder.addBinding(nix.inherit([name]));
    }
    addValue(builder, [nix.staticKey(name)], member.name, value, ctx);
  } else if (ts.isPropertyAssignment(member)) {
    const key = lowerKey(member.name, ctx);
    if (!key) return;
    addValue(builder, [key], member.initializer, undefined, ctx);
    builder.noteKey(key);
  } else if (ts.isMethodDeclaration(member)) {
    const key = lowerKey(member.name, ctx);
    if (key) builder.addBinding(nix.bind([key], lowerFunctionLike(member, ctx)));
    if (key) builder.noteKey(key);
  } else {
    ctx.report(member, Diagnostics.getterSetterNotSupported());
  }
}

/** `...expression`: its members after the ones so far. */
function addSpread(expression: ts.Expression, builder: ObjectBuilder, ctx: TransformContext): void {
  // JS copies a member holding undefined over an earlier value; tsnix represents undefined members by absence.
  const type = ctx.typeOf(expression);
  const erasing = undefinedableMembers(ctx.checker, type).find((key) => builder.mayHold(key));
  if (erasing !== undefined) {
    const what = `'${expression.getText()}'`;
    ctx.report(
      expression,
      Diagnostics.spreadMayEraseWithUndefined(what, erasing === "*" ? "a key" : erasing),
    );
  }
  builder.addSegment(lowerObjectSpread(expression, ctx));
  for (const part of typeParts(ctx.checker.getNonNullableType(type))) {
    if (part.getStringIndexType() || part.getNumberIndexType()) builder.noteAnyKey();
    for (const property of part.getProperties()) builder.noteKey(property.name);
  }
}

/**
 * `Object.assign({}, a, b, …)`: the members of each source in turn, exactly like `{ ...a, ...b }` — a source whose
 * members may hold undefined erases what an earlier source set, so it is refused there (TSNIX1225) like a spread.
 */
export function lowerAssignedSources(sources: readonly ts.Expression[], ctx: TransformContext): Expr {
  const builder = new ObjectBuilder();
  for (const source of sources) {
    const inner = skipTypeWrappers(source);
    if (ts.isObjectLiteralExpression(inner))
      for (const member of inner.properties) lowerMember(member, builder, ctx);
    else addSpread(source, builder, ctx);
  }
  return builder.build();
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
  // Asking the checker for the type of a literal nested n objects deep costs O(n) contextual-type walks, which made
  // deeply nested literals quadratic; a literal's syntax already says it is neither null nor undefined.
  const type = isDefinedBySyntax(inner) ? undefined : ctx.typeOf(valueNode);
  if (type && isNullOrUndefinedOnly(type) && includesUndefined(type) && !includesNull(type)) {
    return builder.removeKey(path[0]!); // `a: undefined`
  }
  const guard = memberValueGuard(path, inner, ctx);
  if (guard === "refused") return;
  const dynamic = path.some((k) => k.kind === "dynamic");
  // `${k} = jsMemberValue k v;` reads the key twice: bind it once around the member's own segment.
  const withKey = (build: (path: readonly AttrKey[], check: (value: Expr) => Expr) => Expr): Expr => {
    const last = path[path.length - 1]!;
    if (guard === "none" || last.kind === "static") return build(path, guard === "none" ? (x) => x : guard);
    return ctx.bindOnce(last.expr, "key", (key) => {
      const keyed = [...path.slice(0, -1), nix.dynamicKey(key)];
      const check = memberValueGuard(keyed, inner, ctx);
      return build(keyed, typeof check === "function" ? check : (x) => x);
    });
  };
  if (type && includesUndefined(type)) {
    if (includesNull(type))
      return void ctx.report(valueNode, Diagnostics.nullUndefinedAmbiguous(ctx.typeText(type)));
    builder.removeKey(path[0]!);
    builder.addSegment(
      withKey((keyed, check) => optionalMember(keyed, inner, lowered, check, ctx)),
      path.every((k) => k.kind === "static"),
    );
    return;
  }
  // A member typed any/unknown/generic is present in JS whatever it holds, but a null there may have been undefined
  // (which JSON, `??` and reads tell apart from null): such a null stops when the member is read.
  const open = type !== undefined && isOpenNullish(ctx.checker, type);
  const read = lowered ?? ctx.lower(valueNode);
  const value = open ? nix.apply(ctx.helpers.use("jsDefinite"), read) : read;
  // Two dynamic keys (or a dynamic and a static one) naming the same attribute are an error in one Nix attrset,
  // while JS lets the later win: give each dynamic member a segment of its own.
  if (dynamic) builder.addSegment(withKey((keyed, check) => nix.attrs([collapsePath(keyed, check(value))])));
  else builder.addBinding(collapsePath(path, guard === "none" ? value : guard(value)));
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
  check: (value: Expr) => Expr,
  ctx: TransformContext,
): Expr {
  if (ts.isConditionalExpression(node)) {
    const whenTrueUndefined = isUndefinedValue(node.whenTrue, ctx);
    const whenFalseUndefined = isUndefinedValue(node.whenFalse, ctx);
    if (whenTrueUndefined !== whenFalseUndefined) {
      const present = whenTrueUndefined ? node.whenFalse : node.whenTrue;
      const condition = ctx.lower(node.condition);
      // `c ? o.k : undefined` where `o.k` may itself be missing: test that branch as well.
      const member = includesUndefined(ctx.typeOf(present))
        ? optionalMember(path, skipTypeWrappers(present), undefined, check, ctx)
        : nix.attrs([collapsePath(path, check(ctx.lower(present)))]);
      return whenTrueUndefined
        ? nix.ifThenElse(condition, nix.attrs([]), member)
        : nix.ifThenElse(condition, member, nix.attrs([]));
    }
  }
  const value = lowered ?? ctx.lower(node);
  return ctx.bindOnce(value, "value", (ref) =>
    nix.ifThenElse(nix.binop("==", ref, nix.NULL), nix.attrs([]), nix.attrs([nix.bind(path, check(ref))])),
  );
}

/** Expressions whose value is never null or undefined, whatever their type says. */
function isDefinedBySyntax(node: ts.Expression): boolean {
  return (
    ts.isObjectLiteralExpression(node) ||
    ts.isArrayLiteralExpression(node) ||
    ts.isStringLiteral(node) ||
    ts.isNumericLiteral(node) ||
    ts.isTemplateExpression(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword
  );
}

function isUndefinedValue(node: ts.Expression, ctx: TransformContext): boolean {
  const type = ctx.typeOf(node);
  return isNullOrUndefinedOnly(type) && !includesNull(type);
}

function lowerKey(name: ts.PropertyName, ctx: TransformContext): AttrKey | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) {
    const text = ts.isNumericLiteral(name) ? String(Number(name.text)) : name.text;
    return lowerStaticKey(text, name, ctx);
  }
  if (ts.isComputedPropertyName(name)) return lowerComputedKey(name.expression, ctx, name);
  ctx.report(name, Diagnostics.unsupportedSyntax("This kind of property name"));
  return undefined;
}

/** The key `[expr]` names (also `o[expr] = v`): a string as it is, anything else converted like JS `String(x)`. */
export function lowerComputedKey(
  expression: ts.Expression,
  ctx: TransformContext,
  site: ts.Node = expression,
): AttrKey | undefined {
  const expr = skipTypeWrappers(expression);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr))
    return lowerStaticKey(expr.text, site, ctx);
  const type = ctx.typeOf(expr);
  // Numbers convert to plain keys; text may be a key with a meaning to Nix.
  if (!isStringType(type)) return nix.dynamicKey(toJsString(expr, ctx));
  const key = checkedComputedKey(expr, ctx.lower(expr), ctx);
  return key && nix.dynamicKey(key);
}

/** A key spelled out in the source (`a:`, `"a b":`, `o.a = …`); magic keys are refused. */
export function lowerStaticKey(text: string, site: ts.Node, ctx: TransformContext): AttrKey | undefined {
  if (MAGIC_KEYS.has(text)) return void ctx.report(site, Diagnostics.magicAttribute(text));
  return nix.staticKey(checkedText(text, site, ctx));
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
