// Recognising JS globals (Math, Object, JSON, Array, Number, String, …) as the checker resolves them, so a user
// binding that happens to be called `Math` is never mistaken for the global.
import { ts } from "../../typescript.js";
import type { TransformContext } from "../context.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

/** The global's name when `node` is an identifier that refers to a global declared by TypeScript's lib files. */
export function globalName(node: ts.Expression, ctx: TransformContext): string | undefined {
  const inner = skipTypeWrappers(node);
  if (!ts.isIdentifier(inner)) return undefined;
  const symbol = ctx.checker.getSymbolAtLocation(inner);
  const declaration = symbol?.declarations?.[0];
  if (!declaration) return undefined;
  const file = declaration.getSourceFile();
  return file.isDeclarationFile && !ctx.facts.isLibraryFile(file) ? inner.text : undefined;
}

/** `Owner.member` where Owner is a JS global: returns [owner, member]. */
export function globalMember(node: ts.Expression, ctx: TransformContext): [string, string] | undefined {
  const inner = skipTypeWrappers(node);
  if (!ts.isPropertyAccessExpression(inner) || !ts.isIdentifier(inner.name)) return undefined;
  const owner = globalName(inner.expression, ctx);
  return owner ? [owner, inner.name.text] : undefined;
}
