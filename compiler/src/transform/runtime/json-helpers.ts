// JSON.stringify with JS's output: integral floats print as integers (Nix would print `1.23457e+06` for 1234567.0),
// fractional floats are refused (Nix prints 6 digits), and `\b`/`\f` (which Nix writes as \u0008/\u000c) refuse too.
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import { defineHelpers } from "./helper-registry.js";

const v = nix.ident;
const b = nix.callBuiltin;

const MAX = nix.float(2 ** 53);
const isSafeIntegral = (x: Expr) =>
  nix.binop(
    "&&",
    nix.binop("&&", nix.binop("<", x, MAX), nix.binop(">", x, nix.unary("-", MAX))),
    nix.binop("==", x, b("floor", x)),
  );

defineHelpers(
  {
    name: "jsJsonValue",
    uses: [],
    definition: () =>
      nix.lambda(
        "x",
        nix.ifThenElse(
          b("isFloat", v("x")),
          nix.ifThenElse(
            isSafeIntegral(v("x")),
            b("floor", v("x")),
            nix.throwError("tsnix: JSON.stringify of a non-integer number is not exact in Nix"),
          ),
          nix.ifThenElse(
            b("isList", v("x")),
            nix.apply(v("map"), v("jsJsonValue"), v("x")),
            nix.ifThenElse(
              b("isAttrs", v("x")),
              b("mapAttrs", nix.lambda("_", v("jsJsonValue")), v("x")),
              v("x"),
            ),
          ),
        ),
      ),
  },
  {
    name: "jsJsonStringify",
    uses: ["jsJsonValue"],
    definition: () =>
      nix.lambda(
        "x",
        nix.letIn(
          [nix.bind("json", b("toJSON", nix.apply(v("jsJsonValue"), v("x"))))],
          nix.ifThenElse(
            // an escaped \b or \f: an odd run of backslashes before u0008/u000c
            nix.binop(
              "!=",
              b("match", nix.str(String.raw`(.*[^\\])?(\\\\)*\\u000[8c].*`), v("json")),
              nix.NULL,
            ),
            nix.throwError("tsnix: JSON.stringify of text with \\b or \\f is not exact in Nix"),
            v("json"),
          ),
        ),
      ),
  },
);

defineHelpers({
  // The parts of a JSON.stringify argument whose key order only the value can tell: every object in them must
  // have at most one key (one order for all), and nothing in them may be a function (JS leaves those out).
  name: "jsJsonOneKeyEach",
  uses: [],
  definition: () =>
    nix.lambda(
      "x",
      nix.ifThenElse(
        b("isAttrs", v("x")),
        nix.ifThenElse(
          nix.binop(">", b("length", b("attrNames", v("x"))), nix.int(1)),
          nix.throwError(
            "tsnix: JSON.stringify of an object with several keys whose insertion order is not known here (JavaScript writes keys in insertion order, Nix sorts them)",
          ),
          b("all", v("jsJsonOneKeyEach"), b("attrValues", v("x"))),
        ),
        nix.ifThenElse(
          b("isList", v("x")),
          b("all", v("jsJsonOneKeyEach"), v("x")),
          nix.ifThenElse(
            b("isFunction", v("x")),
            nix.throwError("tsnix: JSON.stringify of a function (JavaScript leaves it out, Nix cannot)"),
            nix.TRUE,
          ),
        ),
      ),
    ),
});
