// Run-time checks where JavaScript tells null from undefined but the type does not say which a Nix null was: a value
// typed `any`, `unknown` or with a type parameter, a lookup that may miss, a list that may hold both. Nix has one
// null, so such a null stops evaluation with a `tsnix:` error instead of answering for the wrong one.
import * as nix from "../../nix/ast.js";
import { OBJECT_PROTOTYPE_NAMES } from "../../nix/magic-names.js";
import { defineHelpers } from "./helper-registry.js";

const v = nix.ident("v");
const b = nix.callBuiltin;

/** The message of every null-or-undefined stop; tests and users can search for it. */
export const NULLISH_AMBIGUITY =
  "tsnix: this value is null or undefined, and its type (any, unknown, a generic, or a lookup that may miss) does not say which; Nix has one null";

defineHelpers(
  {
    // The value itself, when it is not null: a null here may have been null or undefined in JavaScript.
    name: "jsDefinite",
    uses: [],
    definition: () =>
      nix.lambda("v", nix.ifThenElse(nix.binop("==", v, nix.NULL), nix.throwError(NULLISH_AMBIGUITY), v)),
  },
  {
    // A search (includes/indexOf) for a null or undefined value in a list that may hold the other one.
    name: "jsNullishSearch",
    uses: [],
    definition: () =>
      nix.lambda(
        "search",
        nix.lambda(
          "x",
          nix.lambda(
            "xs",
            nix.ifThenElse(
              nix.binop(
                "&&",
                nix.binop("==", nix.ident("x"), nix.NULL),
                b("elem", nix.NULL, nix.ident("xs")),
              ),
              nix.throwError(
                "tsnix: searching a list for null or undefined, where the list may hold the other one (Nix has one null)",
              ),
              nix.apply(nix.ident("search"), nix.ident("x"), nix.ident("xs")),
            ),
          ),
        ),
      ),
  },
  {
    // record[k] for a key known when evaluated, where the program looks at a miss (read as `fallback`, null or
    // the right side of `??`): JS finds the members of Object.prototype (constructor, toString, __proto__, …) on
    // every object, so a miss with such a key stops.
    name: "jsRecordLookup",
    uses: [],
    definition: () =>
      nix.lambda(
        "k",
        nix.lambda(
          "o",
          nix.lambda(
            "fallback",
            nix.select(
              nix.ident("o"),
              [nix.dynamicKey(nix.ident("k"))],
              nix.ifThenElse(
                b("elem", nix.ident("k"), nix.list(OBJECT_PROTOTYPE_NAMES.map((n) => nix.str(n)))),
                nix.throwError(
                  "tsnix: a key JavaScript finds on Object.prototype (constructor, toString, __proto__, …), looked up in a record that lacks it",
                ),
                nix.ident("fallback"),
              ),
            ),
          ),
        ),
      ),
  },
);
