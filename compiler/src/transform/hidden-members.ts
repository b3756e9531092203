// Members set to undefined seen through a type that hides them (issue 12, cause 9). tsnix leaves a member holding
// undefined out of its attribute set (objects.ts), which is exact as long as every reader knows the member may be
// undefined: its type says so (`a: number | undefined`), and key listings, `in`, Object.hasOwn and spreads refuse
// it (TSNIX1224, TSNIX1225). Width subtyping can hide such a member: `const w: { b: number } = mk(undefined)` keeps
// JS's `a: undefined` in `w`, where Object.keys(w) lists it and `{ a: 1, ...w }` is erased by it — Nix has no `a`
// to show. So where a value flows into a type (an annotated declaration, an argument of a function written in the
// program, a return, a member or element of a literal with a contextual type, an assignment, `as`), a member that
// may hold undefined must stay visible as one: declared in the target with undefined in its type. A target that
// lacks it, types it without undefined, or says nothing about it (`{}`, `object`, `unknown`, `any`, a generic, an
// index signature without undefined) is refused with TSNIX1233.
import { ts } from "../typescript.js";
import { Diagnostics } from "../diagnostics/codes.js";
import type { TransformContext } from "./context.js";
import { includesUndefined, typeParts, undefinedableMembers } from "./type-queries.js";

/** Members left out of the attribute set while they hold undefined: those of objects (lists keep a null). */
function droppedMembers(checker: ts.TypeChecker, type: ts.Type): string[] {
  return typeParts(checker.getNonNullableType(type))
    .filter((part) => !checker.isArrayType(part) && !checker.isTupleType(part))
    .flatMap((part) => undefinedableMembers(checker, part));
}

const MAX_DEPTH = 4;

/** Report a flow of `node`'s value into a type that hides one of its members that may hold undefined. */
export function checkHiddenUndefinedMembers(node: ts.Expression, ctx: TransformContext): void {
  // Module code builds NixOS values, whose readers are NixOS, not JS: a member left out is what NixOS should see.
  if (ctx.inModuleFunction) return;
  const target = flowTarget(node, ctx);
  if (!target || declaredByLibrary(target, ctx)) return;
  const source = ctx.typeOf(node);
  if (!carriesUndefinedMembers(ctx.checker, source, 0)) return;
  const hidden = hiddenMember(ctx.checker, source, target, 0);
  if (hidden !== undefined) {
    ctx.report(node, Diagnostics.hiddenUndefinedMember(hidden, ctx.typeText(target)));
  }
}

/** The type `node`'s value is given where it flows, if it stands at such a place. */
function flowTarget(node: ts.Expression, ctx: TransformContext): ts.Type | undefined {
  const parent = node.parent;
  if (ts.isAsExpression(parent) || ts.isTypeAssertionExpression(parent)) {
    return parent.expression === node ? ctx.typeOf(parent) : undefined;
  }
  const contextual = (): ts.Type | undefined => ctx.checker.getContextualType(node);
  if (ts.isVariableDeclaration(parent))
    return parent.initializer === node && parent.type ? contextual() : undefined;
  if (ts.isReturnStatement(parent) || ts.isArrowFunction(parent)) return contextual();
  if (ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) return contextual();
  if (ts.isArrayLiteralExpression(parent)) return contextual();
  if (ts.isBinaryExpression(parent)) {
    return parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
      ? contextual()
      : undefined;
  }
  if (ts.isCallExpression(parent) && parent.arguments.includes(node)) {
    // Library functions (declared in .d.ts files) are lowered one by one, each with its own checks.
    const declaration = ctx.checker.getResolvedSignature(parent)?.getDeclaration();
    if (!declaration || isLibrarySource(declaration.getSourceFile(), ctx)) return undefined;
    return contextual();
  }
  return undefined;
}

/** Declarations of the JS library (.d.ts files) and of the tsnix library, whose lowerings check what they read. */
function isLibrarySource(file: ts.SourceFile, ctx: TransformContext): boolean {
  return file.isDeclarationFile || ctx.facts.isLibraryFile(file);
}

/** A target type declared by a library (NixosConfig, a module body): not a view JS code reads through. */
function declaredByLibrary(type: ts.Type, ctx: TransformContext): boolean {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  const declarations = symbol?.getDeclarations() ?? [];
  return declarations.some(
    (d) => isLibrarySource(d.getSourceFile(), ctx) && !d.getSourceFile().isDeclarationFile,
  );
}

const carriesCache = new WeakMap<ts.Type, boolean>();

/** Does a value of this type hold, somewhere within a few levels, a member that may be undefined? */
function carriesUndefinedMembers(checker: ts.TypeChecker, type: ts.Type, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const cached = carriesCache.get(type);
  if (cached !== undefined) return cached;
  carriesCache.set(type, false);
  let result = droppedMembers(checker, type).length > 0;
  for (const part of typeParts(checker.getNonNullableType(type))) {
    if (result) break;
    if (part.getCallSignatures().length > 0) continue;
    const element = part.getNumberIndexType();
    if (element && carriesUndefinedMembers(checker, element, depth + 1)) result = true;
    for (const property of part.getProperties()) {
      if (result) break;
      if (carriesUndefinedMembers(checker, checker.getTypeOfSymbol(property), depth + 1)) result = true;
    }
  }
  carriesCache.set(type, result);
  return result;
}

/** The first member (as a path) that `source` may hold undefined in and `target` does not show so. */
function hiddenMember(
  checker: ts.TypeChecker,
  source: ts.Type,
  target: ts.Type,
  depth: number,
): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const targetParts = typeParts(checker.getNonNullableType(target));
  const open = targetParts.some(
    (t) =>
      t.flags &
      (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Instantiable | ts.TypeFlags.NonPrimitive),
  );
  for (const name of droppedMembers(checker, source)) {
    if (open) return name === "*" ? "a key" : name;
    // A union target shows the member when one of its parts does (the value is that part's).
    const shown = targetParts.some((t) => {
      if (name === "*") {
        const index = t.getStringIndexType();
        return index !== undefined && includesUndefined(index);
      }
      const member = t.getProperty(name);
      const type = member ? checker.getTypeOfSymbol(member) : t.getStringIndexType();
      return type !== undefined && typeParts(type).some((p) => p === checker.getUndefinedType());
    });
    if (!shown) return name === "*" ? "a key" : name;
  }
  if (open) return undefined;
  // Members both types declare, and elements of arrays, may hide deeper ones.
  for (const part of typeParts(checker.getNonNullableType(source))) {
    const element = part.getNumberIndexType();
    if (element) {
      for (const t of targetParts) {
        const targetElement = t.getNumberIndexType();
        const inner = targetElement && hiddenMember(checker, element, targetElement, depth + 1);
        if (inner) return `[].${inner}`;
      }
    }
    if (part.getCallSignatures().length > 0) continue;
    for (const property of part.getProperties()) {
      const propertyType = checker.getTypeOfSymbol(property);
      if (!carriesUndefinedMembers(checker, propertyType, depth + 1)) continue;
      for (const t of targetParts) {
        const member = t.getProperty(property.name);
        const targetType = member ? checker.getTypeOfSymbol(member) : t.getStringIndexType();
        if (!targetType) continue;
        const inner = hiddenMember(checker, propertyType, targetType, depth + 1);
        if (inner) return `${property.name}.${inner}`;
      }
    }
  }
  return undefined;
}
