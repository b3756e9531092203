// Runtime helpers for lists: JS semantics for slicing, searching and reversing.
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { defineHelpers } from "./helper-registry.js";
import "./magic-keys.js";

const v = nix.ident;
const b = nix.callBuiltin;
const fn = (params: readonly string[], body: Expr): Expr =>
  params.reduceRight<Expr>((inner, p) => nix.lambda(p, inner), body);
const int = (n: number) => nix.int(n);
const eq = (x: Expr, y: Expr) => nix.binop("==", x, y);
const lt = (x: Expr, y: Expr) => nix.binop("<", x, y);
const add = (x: Expr, y: Expr) => nix.binop("+", x, y);
const sub = (x: Expr, y: Expr) => nix.binop("-", x, y);
const iff = nix.ifThenElse;
const letIn = (bindings: readonly [string, Expr][], body: Expr) =>
  nix.letIn(
    bindings.map(([k, x]) => nix.bind(k, x)),
    body,
  );
const length = b("length", v("list"));
const indices = b("genList", fn(["i"], v("i")), length);
/** The first index whose element satisfies `test`, or -1; `order` lists the indices to try in order. */
const firstIndex = (test: Expr, order: Expr) =>
  letIn(
    [["hits", b("filter", test, order)]],
    iff(eq(v("hits"), nix.list([])), int(-1), b("head", v("hits"))),
  );

defineHelpers(
  {
    // The list without its first n elements (n ≥ 0); empty when the list is shorter, like JS slice(n).
    name: "jsDrop",
    uses: [],
    definition: () =>
      fn(
        ["n", "list"],
        iff(
          nix.binop(">=", v("n"), length),
          nix.list([]),
          b("genList", fn(["i"], b("elemAt", v("list"), add(v("i"), v("n")))), sub(length, v("n"))),
        ),
      ),
  },
  {
    // xs.slice(start, end) with JS's negative and out-of-range indices; end may be null (undefined).
    name: "jsSlice",
    uses: ["jsClampIndex"],
    definition: () =>
      fn(
        ["start", "end", "list"],
        letIn(
          [
            ["n", length],
            ["from", nix.apply(v("jsClampIndex"), v("start"), v("n"))],
            ["to", iff(eq(v("end"), nix.NULL), v("n"), nix.apply(v("jsClampIndex"), v("end"), v("n")))],
          ],
          iff(
            lt(v("from"), v("to")),
            b("genList", fn(["i"], b("elemAt", v("list"), add(v("from"), v("i")))), sub(v("to"), v("from"))),
            nix.list([]),
          ),
        ),
      ),
  },
  {
    name: "jsIndexOf",
    uses: [],
    definition: () =>
      fn(["x", "list"], firstIndex(fn(["i"], eq(b("elemAt", v("list"), v("i")), v("x"))), indices)),
  },
  {
    name: "jsLastIndexOf",
    uses: ["jsReverse"],
    definition: () =>
      fn(
        ["x", "list"],
        firstIndex(fn(["i"], eq(b("elemAt", v("list"), v("i")), v("x"))), nix.apply(v("jsReverse"), indices)),
      ),
  },
  {
    // The elements without repeats, first occurrences in order: `[...new Set(list)]` for primitive elements.
    name: "jsUnique",
    uses: [],
    definition: () =>
      fn(
        ["list"],
        b(
          "foldl'",
          fn(
            ["seen", "x"],
            iff(b("elem", v("x"), v("seen")), v("seen"), nix.binop("++", v("seen"), nix.list([v("x")]))),
          ),
          nix.list([]),
          v("list"),
        ),
      ),
  },
  {
    // The first index i with `test i` (a callback that reads the index or the array), or -1.
    name: "jsFindIndexWhere",
    uses: [],
    definition: () => fn(["test", "list"], firstIndex(v("test"), indices)),
  },
  {
    name: "jsFindLastIndexWhere",
    uses: ["jsReverse"],
    definition: () => fn(["test", "list"], firstIndex(v("test"), nix.apply(v("jsReverse"), indices))),
  },
  {
    name: "jsFindIndex",
    uses: [],
    definition: () =>
      fn(
        ["pred", "list"],
        firstIndex(fn(["i"], nix.apply(v("pred"), b("elemAt", v("list"), v("i")))), indices),
      ),
  },
  {
    name: "jsFindLastIndex",
    uses: ["jsReverse"],
    definition: () =>
      fn(
        ["pred", "list"],
        firstIndex(
          fn(["i"], nix.apply(v("pred"), b("elemAt", v("list"), v("i")))),
          nix.apply(v("jsReverse"), indices),
        ),
      ),
  },
  {
    name: "jsReverse",
    uses: [],
    definition: () =>
      fn(["list"], b("genList", fn(["i"], b("elemAt", v("list"), sub(sub(length, v("i")), int(1)))), length)),
  },
  {
    // xs.at(i): negative counts from the end; out of range is undefined (null).
    name: "jsAt",
    uses: [],
    definition: () =>
      fn(
        ["index", "list"],
        letIn(
          [["i", iff(lt(v("index"), int(0)), add(length, v("index")), v("index"))]],
          iff(
            nix.binop("&&", nix.binop(">=", v("i"), int(0)), lt(v("i"), length)),
            b("elemAt", v("list"), v("i")),
            nix.NULL,
          ),
        ),
      ),
  },
  {
    // An object whose keys Object.keys/values/entries list where the order shows: JS lists them in insertion
    // order, which Nix does not keep, so only an object with at most one key is listed exactly.
    name: "jsOneKeyAtMost",
    uses: [],
    definition: () =>
      fn(
        ["o"],
        iff(
          nix.binop(">", b("length", b("attrNames", v("o"))), int(1)),
          nix.throwError(
            "tsnix: the keys of an object with several keys come in insertion order in JavaScript, which Nix does not keep; sort them (Object.keys(o).sort())",
          ),
          v("o"),
        ),
      ),
  },
  {
    // Object.fromEntries: the last entry for a key wins, as in JS (listToAttrs keeps the first). Keys and `type`
    // values that would change what the attribute set is to Nix are refused (see runtime/magic-keys.ts).
    name: "jsFromEntries",
    uses: ["jsReverse", "jsPlainKey", "jsMemberValue"],
    definition: () =>
      fn(
        ["list"],
        b(
          "listToAttrs",
          nix.apply(
            nix.ident("map"),
            fn(
              ["entry"],
              letIn(
                [["name", nix.apply(v("jsPlainKey"), b("elemAt", v("entry"), int(0)))]],
                nix.attrs([
                  nix.inherit(["name"]),
                  nix.bind(
                    "value",
                    nix.apply(v("jsMemberValue"), v("name"), b("elemAt", v("entry"), int(1))),
                  ),
                ]),
              ),
            ),
            nix.apply(v("jsReverse"), v("list")),
          ),
        ),
      ),
  },
);
