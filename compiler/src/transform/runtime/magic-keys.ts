// Run-time checks for keys and values that change what a Nix attribute set is, where the key or the value is known
// only when evaluated: a computed key, an Object.fromEntries entry, a `type` member holding a string.
import * as nix from "../../nix/ast.js";
import { DERIVATION_TYPE, NIX_MEANINGFUL_ATTR_NAMES } from "../../nix/magic-names.js";
import { defineHelpers } from "./helper-registry.js";

const k = nix.ident("k");
const value = nix.ident("v");
const isDerivationType = nix.binop("==", value, nix.str(DERIVATION_TYPE.value));
const derivationThrow = nix.throwError(
  'tsnix: the member type = "derivation" makes Nix treat the attribute set as a package',
);

defineHelpers(
  {
    // A key computed when evaluated, refused when Nix would give it a meaning (outPath, __toString, __functor).
    name: "jsPlainKey",
    uses: [],
    definition: () =>
      nix.lambda(
        "k",
        nix.ifThenElse(
          nix.callBuiltin("elem", k, nix.list(NIX_MEANINGFUL_ATTR_NAMES.map((name) => nix.str(name)))),
          nix.throwError("tsnix: a computed key names an attribute with a special meaning to Nix"),
          k,
        ),
      ),
  },
  {
    // The value of a member named `type`: "derivation" there would turn the set into a package.
    name: "jsNotDerivation",
    uses: [],
    definition: () => nix.lambda("v", nix.ifThenElse(isDerivationType, derivationThrow, value)),
  },
  {
    // The value of a member whose key is known only when evaluated.
    name: "jsMemberValue",
    uses: [],
    definition: () =>
      nix.lambda(
        "k",
        nix.lambda(
          "v",
          nix.ifThenElse(
            nix.binop("&&", nix.binop("==", k, nix.str(DERIVATION_TYPE.name)), isDerivationType),
            derivationThrow,
            value,
          ),
        ),
      ),
  },
);
