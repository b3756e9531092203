// Runtime helpers for lowered statements: changing one element of a list, splice, forcing a loop's state, and
// running a loop whose number of turns is not a list's length.
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { defineHelpers, type RuntimeHelper } from "./helper-registry.js";

const v = nix.ident;
const b = nix.callBuiltin;
const fn = (params: readonly string[], body: Expr): Expr =>
  params.reduceRight<Expr>((inner, p) => nix.lambda(p, inner), body);
const eq = (x: Expr, y: Expr) => nix.binop("==", x, y);
const lt = (x: Expr, y: Expr) => nix.binop("<", x, y);
const add = (x: Expr, y: Expr) => nix.binop("+", x, y);
const sub = (x: Expr, y: Expr) => nix.binop("-", x, y);
const or = (x: Expr, y: Expr) => nix.binop("||", x, y);
const int = (n: number) => nix.int(n);
const iff = nix.ifThenElse;
const letIn = (bindings: readonly [string, Expr][], body: Expr) =>
  nix.letIn(
    bindings.map(([k, x]) => nix.bind(k, x)),
    body,
  );
const length = b("length", v("list"));
const take = (count: Expr) => b("genList", fn(["i"], b("elemAt", v("list"), v("i"))), count);

defineHelpers(
  {
    // xs[i] = value: replaces element i, or appends at i = length; anything else would leave holes in JS.
    name: "jsSetElement",
    uses: [],
    definition: () =>
      fn(
        ["index", "value", "list"],
        iff(
          or(or(nix.not(b("isInt", v("index"))), lt(v("index"), int(0))), nix.binop(">", v("index"), length)),
          nix.throwError("tsnix: an array element can only be set at an index from 0 to the array's length"),
          iff(
            eq(v("index"), length),
            nix.binop("++", v("list"), nix.list([v("value")])),
            b(
              "genList",
              fn(["i"], iff(eq(v("i"), v("index")), v("value"), b("elemAt", v("list"), v("i")))),
              length,
            ),
          ),
        ),
      ),
  },
  {
    // xs.splice(start, count, ...items) as a new list: start counts from the end when negative; count null (left
    // out) removes everything from start.
    name: "jsSplice",
    uses: ["jsClampIndex", "jsDrop"],
    definition: () =>
      fn(
        ["start", "count", "items", "list"],
        letIn(
          [
            ["from", nix.apply(v("jsClampIndex"), v("start"), length)],
            ["rest", sub(length, v("from"))],
            [
              "removed",
              iff(
                eq(v("count"), nix.NULL),
                v("rest"),
                iff(lt(v("count"), int(0)), int(0), iff(lt(v("rest"), v("count")), v("rest"), v("count"))),
              ),
            ],
          ],
          nix.binop(
            "++",
            take(v("from")),
            nix.binop("++", v("items"), nix.apply(v("jsDrop"), add(v("from"), v("removed")), v("list"))),
          ),
        ),
      ),
  },
  {
    // The integers from `from` up to `to` (excluded): the turns of `for (let i = from; i < to; i++)`.
    name: "jsRange",
    uses: [],
    definition: () =>
      fn(
        ["from", "to"],
        iff(
          lt(v("from"), v("to")),
          b("genList", fn(["i"], add(v("from"), v("i"))), sub(v("to"), v("from"))),
          nix.list([]),
        ),
      ),
  },
  {
    // A loop's state with every field evaluated: a long loop would otherwise build chains of unevaluated
    // additions as deep as its number of turns, which overflow Nix's stack when finally needed.
    name: "jsStrictAttrs",
    uses: [],
    definition: () =>
      fn(
        ["state"],
        b(
          "foldl'",
          fn(["s", "name"], b("seq", nix.select(v("s"), [nix.dynamicKey(v("name"))]), v("s"))),
          v("state"),
          b("attrNames", v("state")),
        ),
      ),
  },
  whileHelper("jsWhile", nix.staticKey("done")),
  // The same where the state's flag has another name (a variable of the function is called `done`).
  whileHelper("jsWhileFlag", nix.dynamicKey(v("flag")), "flag"),
);

/**
 * while/do/for loops: apply `step` to the state until its flag (`done`) is true. builtins.genericClosure iterates
 * without recursion, so long loops do not overflow Nix's stack; each state is forced before the next turn.
 */
function whileHelper(name: string, flag: nix.AttrKey, flagParam?: string): RuntimeHelper {
  return {
    name,
    uses: [],
    definition: () =>
      fn(
        [...(flagParam ? [flagParam] : []), "step", "state"],
        letIn(
          [
            [
              "turns",
              b(
                "genericClosure",
                nix.attrs([
                  nix.bind(
                    "startSet",
                    nix.list([nix.attrs([nix.bind("key", int(0)), nix.inherit(["state"])])]),
                  ),
                  nix.bind(
                    "operator",
                    fn(
                      ["turn"],
                      iff(
                        nix.select(v("turn"), [nix.staticKey("state"), flag]),
                        nix.list([]),
                        nix.list([
                          nix.attrs([
                            nix.bind("key", add(nix.select(v("turn"), "key"), int(1))),
                            nix.bind("state", nix.apply(v("step"), nix.select(v("turn"), "state"))),
                          ]),
                        ]),
                      ),
                    ),
                  ),
                ]),
              ),
            ],
          ],
          nix.select(b("elemAt", v("turns"), sub(b("length", v("turns")), int(1))), "state"),
        ),
      ),
  };
}
