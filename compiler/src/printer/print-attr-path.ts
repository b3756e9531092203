// Attribute paths (`a.b."c.d".${e}`), shared by bindings, selections and `?`.
import { doc } from "prettier";
import type { AttrKey } from "../nix/ast.js";
import type { Doc, NixPrinter } from "./nix-printer.js";
import { printAttrName } from "./strings.js";

const { join } = doc.builders;

export function printAttrPath(path: readonly AttrKey[], p: NixPrinter): Doc {
  return join(
    ".",
    path.map((key) => printAttrKey(key, p)),
  );
}

function printAttrKey(key: AttrKey, p: NixPrinter): Doc {
  if (key.kind === "static") return printAttrName(key.name);
  // A string is already a valid key (`a."b${c}"`); `${"…"}` around it would only add noise.
  if (key.expr.kind === "string") return p.expr(key.expr);
  return ["${", p.expr(key.expr), "}"];
}
