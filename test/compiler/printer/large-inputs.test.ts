// The printer on very large and very deep inputs: it must print them (no stack exhaustion), with the expected shape.
import { describe, expect, it } from "vitest";
import type { Expr } from "../../../compiler/src/nix/ast.js";
import {
  apply,
  attrs,
  bind,
  binop,
  ident,
  ifThenElse,
  int,
  lambda,
  letIn,
  list,
  select,
  str,
} from "../../../compiler/src/nix/ast.js";
import { printNix } from "../../../compiler/src/printer/print-nix.js";

/** A module-like expression with `n` services, each a few lines of typical shapes. */
function bigModule(n: number): Expr {
  const services = Array.from({ length: n }, (_, i) => {
    const name = `service${i}`;
    const body = attrs([
      bind("enable", ident("true")),
      bind("port", int(8000 + i)),
      bind(
        "args",
        list([str(`--name=${name}`), apply(ident("toString"), int(i)), select(ident("cfg"), "extra")]),
      ),
      bind("script", str("run ", apply(select(ident("lib"), "escapeShellArg"), ident("x")), " now")),
      bind(
        "f",
        lambda("x", ifThenElse(binop(">", ident("x"), int(i)), binop("+", ident("x"), int(1)), ident("x"))),
      ),
    ]);
    return bind(name, apply(select(ident("lib"), "mkIf"), select(ident("cfg"), "enable"), body));
  });
  return lambda("cfg", letIn([bind("x", int(1))], attrs(services)));
}

// A left-deep operator chain, far deeper than a recursive printer could follow on the call stack.
const deepChain = (n: number): Expr =>
  Array.from({ length: n }, (_, i) => int(i)).reduce((acc, x) => binop("+", acc, x));

// No timing assertions here (shared, noisy machines): speed is measured by `npm run bench`. These tests pin that
// big and deep inputs print at all — without exhausting the call stack — with the expected shape.
function timePrint(expr: Expr): { lines: number } {
  const text = printNix(expr);
  return { lines: text.split("\n").length };
}

describe("printer on large and deep inputs", () => {
  it("prints a module of tens of thousands of lines", () => {
    const large = timePrint(bigModule(4_000));
    expect(large.lines).toBeGreaterThan(40_000);
  });
  it("prints very long operator chains", () => {
    const { lines } = timePrint(deepChain(50_000));
    expect(lines).toBeGreaterThan(1);
  });
  it("prints deeply nested expressions without exhausting the call stack", () => {
    const nest = (depth: number, wrap: (e: Expr, k: number) => Expr): Expr =>
      Array.from({ length: depth }, (_, k) => k).reduce<Expr>((e, k) => wrap(e, k), ident("x"));
    // A `let` body is not indented, so the output stays linear in the depth.
    expect(timePrint(nest(30_000, (e, k) => letIn([bind(`v${k}`, int(k))], e))).lines).toBe(90_002);
    // These indent one level per nesting, so their output grows quadratically: keep them shallower.
    expect(timePrint(nest(1_000, (e) => apply(ident("f"), e))).lines).toBeGreaterThan(1_000);
    expect(timePrint(nest(1_000, (e) => attrs([bind("a", e), bind("b", int(1))]))).lines).toBeGreaterThan(
      1_500,
    );
    expect(timePrint(nest(1_000, (e, k) => binop("+", int(k), binop("*", int(2), e)))).lines).toBeGreaterThan(
      1_500,
    );
  });
});
