// Members of a value typed `any` (JSON.parse's result, mostly). The type promises nothing: the value may be an
// object lacking the member (JS reads undefined), an array or a string (JS reads elements, characters and their
// prototype's members), or anything else. A member name that some JS prototype defines is refused — what it reads
// depends on the value's kind; other names read `o.k or null`; computed keys go through `jsAnyElement`, which
// decides by the value's kind when evaluated.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { defineHelpers } from "../runtime/helper-registry.js";
import { isAny } from "../type-queries.js";
import { OBJECT_PROTOTYPE_MEMBERS } from "./in-operator.js";

/** Is `node` (the receiver of a member access) typed `any`, so that nothing about its members is known? */
export function isAnyReceiver(node: ts.Expression, ctx: TransformContext): boolean {
  return isAny(ctx.checker.getNonNullableType(ctx.typeOf(node)));
}

/** Names JS finds on the prototype of some kind of value (`length`, `map`, `toString`, `constructor`, …). */
function isPrototypeMember(name: string, ctx: TransformContext): boolean {
  if (OBJECT_PROTOTYPE_MEMBERS.has(name)) return true;
  const checker = ctx.checker;
  const holders = [checker.getStringType(), checker.getNumberType(), checker.getBooleanType()].map((t) =>
    checker.getApparentType(t),
  );
  for (const global of ["Array", "Function", "Object"]) {
    const symbol = checker.resolveName(global, undefined, ts.SymbolFlags.Type, false);
    if (symbol) holders.push(checker.getDeclaredTypeOfSymbol(symbol));
  }
  return holders.some((type) => type.getProperty(name) !== undefined);
}

/** `o.k` / `o["k"]` on `any`: `o.k or null`, unless `k` may name a prototype member. */
export function lowerAnyNamedMember(
  site: ts.Node,
  name: string,
  receiver: Expr,
  ctx: TransformContext,
): Expr {
  if (isPrototypeMember(name, ctx) || /^(0|[1-9][0-9]*)$/.test(name)) {
    return ctx.fail(site, Diagnostics.memberOfAny(name));
  }
  return nix.select(receiver, [nix.staticKey(name)], nix.NULL);
}

/**
 * `"k" in o` / `Object.hasOwn(o, "k")` on `any`: false for anything but an object, as JS says of arrays for keys
 * that are neither indices nor prototype members (those are refused); `or`-free since the key is known.
 */
export function lowerAnyHasKey(site: ts.Node, name: string, receiver: Expr, ctx: TransformContext): Expr {
  if (isPrototypeMember(name, ctx) || /^(0|[1-9][0-9]*)$/.test(name)) {
    return ctx.fail(site, Diagnostics.memberOfAny(name));
  }
  return ctx.bindOnce(receiver, "object", (o) =>
    nix.binop("&&", nix.callBuiltin("isAttrs", o), nix.hasAttr(o, name)),
  );
}

/** `o[k]` on `any` with a key known only when evaluated. */
export function lowerAnyComputedMember(key: Expr, receiver: Expr, ctx: TransformContext): Expr {
  return nix.apply(ctx.helpers.use("jsAnyElement"), key, receiver);
}

const v = nix.ident;
const b = nix.callBuiltin;

defineHelpers({
  // o[key] for an `o` typed any: an object's own member or undefined (a prototype member's name is refused), an
  // array's element at an integer, or a refusal for anything else (strings, numbers, null, string keys of arrays).
  name: "jsAnyElement",
  uses: ["jsNumberToString"],
  definition: () => {
    const name = nix.ifThenElse(
      b("isString", v("key")),
      v("key"),
      nix.apply(v("jsNumberToString"), v("key")),
    );
    const protoNames = nix.list([...OBJECT_PROTOTYPE_MEMBERS].sort().map((n) => nix.str(n)));
    const inRange = nix.binop(
      "&&",
      nix.binop(">=", v("key"), nix.int(0)),
      nix.binop("<", v("key"), b("length", v("o"))),
    );
    return nix.lambda(
      "key",
      nix.lambda(
        "o",
        nix.ifThenElse(
          b("isAttrs", v("o")),
          nix.letIn(
            [nix.bind("k", name)],
            nix.select(
              v("o"),
              [nix.dynamicKey(v("k"))],
              nix.ifThenElse(
                b("elem", v("k"), protoNames),
                nix.throwError(
                  "tsnix: a key JavaScript finds on Object.prototype, read from a value typed any",
                ),
                nix.NULL,
              ),
            ),
          ),
          nix.ifThenElse(
            nix.binop("&&", b("isList", v("o")), b("isInt", v("key"))),
            nix.ifThenElse(inRange, b("elemAt", v("o"), v("key")), nix.NULL),
            nix.throwError(
              "tsnix: indexing a value typed any that is neither an object nor an array read at an integer",
            ),
          ),
        ),
      ),
    );
  },
});

defineHelpers({
  // Object.hasOwn(o, key) for an `o` typed any and a key known when evaluated: an object's own key; arrays and
  // strings have own indices and `length`, so they are refused; anything else has no own keys.
  name: "jsAnyHasOwn",
  uses: [],
  definition: () =>
    nix.lambda(
      "o",
      nix.lambda(
        "key",
        nix.ifThenElse(
          b("isAttrs", v("o")),
          b("hasAttr", v("key"), v("o")),
          nix.ifThenElse(
            nix.binop("||", b("isList", v("o")), b("isString", v("o"))),
            nix.throwError("tsnix: Object.hasOwn of an array or a string typed any"),
            nix.FALSE,
          ),
        ),
      ),
    ),
});
