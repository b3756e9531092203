// Function bodies: a statement list (see statements/statement-lists.ts) whose `return` gives the function's value;
// falling off the end returns undefined (`null`).
import { ts } from "../../typescript.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import { type Exits, Terminal } from "../statements/continuations.js";
import { lowerStatementList } from "../statements/statement-lists.js";

const FUNCTION_EXITS: Exits = {
  next: new Terminal(() => nix.NULL),
  breakTo: undefined,
  continueTo: undefined,
  returnWith: (value) => value,
};

export function lowerFunctionBody(block: ts.Block, ctx: TransformContext): Expr {
  return ctx.withVersions(ctx.versions, () => lowerStatementList(block.statements, FUNCTION_EXITS, ctx));
}
