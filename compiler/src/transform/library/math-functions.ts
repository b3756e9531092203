// Math.* functions with an exact Nix equivalent (builtins only). Rounding results are ints, which equal JS's
// numbers within ±2^53 only: a float argument beyond is refused when evaluated. On ints rounding is the identity.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { isArrayLikeType } from "../type-queries.js";
import type { GlobalLowering, GlobalTable } from "./lowering-types.js";
import { numericLiteralKind } from "../number-kind.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

function onlyArgument(
  call: ts.CallExpression,
  name: string,
  ctx: TransformContext,
): ts.Expression | undefined {
  const argument = call.arguments[0];
  if (!argument || ts.isSpreadElement(argument) || call.arguments.length !== 1) {
    ctx.report(call, Diagnostics.unsupportedArgument(`Math.${name}`, "expects exactly one number."));
    return undefined;
  }
  return argument;
}

/**
 * A rounding function: identity on ints, `build` on anything else — whose argument is checked to be within ±2^53
 * first, unless `build` is a helper that checks it itself.
 */
const rounding =
  (name: string, build: (x: Expr, ctx: TransformContext) => Expr, check = true): GlobalLowering =>
  (call, ctx) => {
    const argument = onlyArgument(call, name, ctx);
    if (!argument) return nix.NULL;
    const value = ctx.lower(argument);
    if (ctx.numbers.of(argument) === "int") return value;
    return build(check ? roundable(value, ctx) : value, ctx);
  };

/** Rounding yields a Nix int, which is JS's number only within ±2^53: the argument is checked when evaluated. */
function roundable(value: Expr, ctx: TransformContext): Expr {
  return nix.apply(ctx.helpers.use("jsRoundable"), value);
}

/** `Math.trunc(a / b)` on ints is integer division: `builtins.div a b`. */
function integerDivision(argument: ts.Expression, ctx: TransformContext): Expr | undefined {
  let inner = argument;
  while (ts.isParenthesizedExpression(inner)) inner = inner.expression;
  if (!ts.isBinaryExpression(inner) || inner.operatorToken.kind !== ts.SyntaxKind.SlashToken)
    return undefined;
  if (ctx.numbers.of(inner.left) !== "int" || ctx.numbers.of(inner.right) !== "int") return undefined;
  return nix.callBuiltin("div", ctx.lower(inner.left), ctx.lower(inner.right));
}

/** Math.min/max over arguments or a spread array; `better(a, b)` says whether a should win over b. */
function extremum(name: "min" | "max"): GlobalLowering {
  const op = name === "min" ? "<" : ">";
  const pick = (a: Expr, b: Expr, ctx: TransformContext) =>
    ctx.bindOnce(a, "a", (x) => ctx.bindOnce(b, "b", (y) => nix.ifThenElse(nix.binop(op, x, y), x, y)));
  return (call, ctx) => {
    const args = call.arguments;
    if (args.length === 1 && ts.isSpreadElement(args[0]!)) {
      const spread = args[0].expression;
      if (!isArrayLikeType(ctx.checker, ctx.typeOf(spread)))
        return ctx.fail(spread, Diagnostics.spreadArgumentNotSupported());
      // JS gives ±Infinity for an empty array, which Nix cannot represent: head of [] fails instead.
      return ctx.bindOnce(ctx.lower(spread), "list", (list) =>
        nix.callBuiltin(
          "foldl'",
          nix.lambda(
            "a",
            nix.lambda(
              "b",
              nix.ifThenElse(nix.binop(op, nix.ident("a"), nix.ident("b")), nix.ident("a"), nix.ident("b")),
            ),
          ),
          nix.callBuiltin("head", list),
          nix.callBuiltin("tail", list),
        ),
      );
    }
    if (args.length === 0 || args.some(ts.isSpreadElement)) {
      return ctx.fail(
        call,
        Diagnostics.unsupportedArgument(`Math.${name}`, "expects one or more numbers, or one spread array."),
      );
    }
    return args.map((a) => ctx.lower(a)).reduce((a, b) => pick(a, b, ctx));
  };
}

/** The value of a numeric literal argument (`3`, `-2.5`), if it is one. */
function literalNumber(node: ts.Expression): number | undefined {
  const inner = skipTypeWrappers(node);
  if (ts.isNumericLiteral(inner)) return Number(inner.text);
  if (
    ts.isPrefixUnaryExpression(inner) &&
    inner.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(inner.operand)
  ) {
    return -Number(inner.operand.text);
  }
  return undefined;
}

/** Math on literals is computed now, by JS itself: the result is exact by construction. */
const folding =
  (name: string, lowering: GlobalLowering): GlobalLowering =>
  (call, ctx) => {
    const values = call.arguments.map(literalNumber);
    if (values.length > 0 && values.every((x) => x !== undefined)) {
      const result = (Math as unknown as Record<string, (...xs: number[]) => number>)[name]!(
        ...(values as number[]),
      );
      // An integral result beyond ±2^53 stays to the lowering, which refuses it when evaluated like any other.
      const unsafeWhole = Number.isInteger(result) && numericLiteralKind(result) === "float";
      if (Number.isFinite(result) && !Object.is(result, -0) && !unsafeWhole) {
        return numericLiteralKind(result) === "int" ? nix.int(BigInt(result)) : nix.float(result);
      }
    }
    return lowering(call, ctx);
  };

const mathLowerings: GlobalTable = {
  floor: rounding("floor", (x) => nix.callBuiltin("floor", x)),
  ceil: rounding("ceil", (x) => nix.callBuiltin("ceil", x)),
  round: rounding("round", (x, ctx) => nix.apply(ctx.helpers.use("jsRound"), x), false),
  trunc: (call, ctx) => {
    const argument = onlyArgument(call, "trunc", ctx);
    if (!argument) return nix.NULL;
    const division = integerDivision(argument, ctx);
    if (division) return division;
    const value = ctx.lower(argument);
    if (ctx.numbers.of(argument) === "int") return value;
    return nix.apply(ctx.helpers.use("jsTrunc"), value);
  },
  abs: (call, ctx) => {
    const argument = onlyArgument(call, "abs", ctx);
    if (!argument) return nix.NULL;
    return ctx.bindOnce(ctx.lower(argument), "x", (v) =>
      nix.ifThenElse(nix.binop("<", v, nix.int(0)), nix.unary("-", v), v),
    );
  },
  min: extremum("min"),
  max: extremum("max"),
  pow: (call, ctx) => {
    const [base, exponent] = call.arguments;
    if (!base || !exponent || call.arguments.length !== 2) {
      return ctx.fail(call, Diagnostics.unsupportedArgument("Math.pow", "expects two numbers."));
    }
    if (ctx.numbers.of(base) === "float" || ctx.numbers.of(exponent) === "float") {
      return ctx.fail(
        call,
        Diagnostics.operatorNotSupported("Math.pow", "on non-integer numbers has no exact Nix equivalent."),
      );
    }
    return nix.apply(ctx.helpers.use("jsPow"), ctx.lower(base), ctx.lower(exponent));
  },
  sign: (call, ctx) => {
    const argument = onlyArgument(call, "sign", ctx);
    if (!argument) return nix.NULL;
    return ctx.bindOnce(ctx.lower(argument), "x", (v) =>
      nix.ifThenElse(
        nix.binop(">", v, nix.int(0)),
        nix.int(1),
        nix.ifThenElse(nix.binop("<", v, nix.int(0)), nix.int(-1), nix.int(0)),
      ),
    );
  },
};

export const mathFunctions: GlobalTable = Object.fromEntries(
  Object.entries(mathLowerings).map(([name, lowering]) => [name, folding(name, lowering)]),
);
