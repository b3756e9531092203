// `if … then … else`, `with` and `assert`: the keyword forms whose body extends as far right as possible.
import { doc } from "prettier";
import type { Assert, Expr, If, With } from "../nix/ast.js";
import { withHugsBody } from "./hugging.js";
import type { Doc, NixPrinter } from "./nix-printer.js";

const { group, indent, line, hardline } = doc.builders;

/**
 * `if c then a else b` when it fits; otherwise `if c then` / indented branch / `else` / indented branch, with
 * `else if c2 then` chains kept flat and the whole chain breaking together (nixfmt). A condition that does not fit
 * moves between `if` and `then`, indented.
 */
export function printIf(e: If, p: NixPrinter): Doc {
  const parts: Doc[] = [];
  let branch: Expr = e;
  let keyword = "if";
  while (branch.kind === "if") {
    const condition = group([indent([line, p.expr(branch.condition)]), line]);
    parts.push(keyword, condition, "then", indent([line, p.expr(branch.then)]), line);
    keyword = "else if";
    branch = branch.else;
  }
  parts.push("else", indent([line, p.expr(branch)]));
  return group(parts);
}

/** `with s; body` on one line when it fits, else the body on the next line; `with s; {` hugs a set or list. */
export function printWith(e: With, p: NixPrinter): Doc {
  return group(["with ", p.expr(e.scope), ";", withHugsBody(e) ? " " : line, p.expr(e.body)]);
}

/** `assert c;` always on its own line, as nixfmt does; a long condition moves to the next line, indented. */
export function printAssert(e: Assert, p: NixPrinter): Doc {
  return ["assert", group(indent([line, p.expr(e.condition)])), ";", hardline, p.expr(e.body)];
}
