// The shapes of library lowerings, kept apart from the dispatchers so the tables can import them without cycles.
import type { ts } from "../../typescript.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";

/** Lowers one JS library method call; the receiver is already lowered. */
export type MethodLowering = (call: ts.CallExpression, receiver: Expr, ctx: TransformContext) => Expr;
export type MethodTable = Readonly<Record<string, MethodLowering>>;

/** Lowers a call of one JS global function. */
export type GlobalLowering = (call: ts.CallExpression, ctx: TransformContext) => Expr;
export type GlobalTable = Readonly<Record<string, GlobalLowering>>;
