// What TypeScript leaves unsaid about a config function's result. It checks a returned object literal against the
// config type but reports no misspelt option there (excess properties are only checked where an object literal is
// assigned directly), and when a value does not fit it points at the whole function. These walks go through the
// returned object literals with the type each one is expected to have: an option name the type does not have is
// TSNIX1609, a value that does not fit is TSNIX1610 — both at the offending property.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import { type Diagnostic, diagnosticAt } from "../../diagnostics/diagnostic.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import type { ConfigFunction } from "./module-arguments.js";

/** Misspelt options in the object literals `fn` returns (TSNIX1609). */
export function unknownOptions(fn: ConfigFunction, checker: ts.TypeChecker): Diagnostic[] {
  const found: Diagnostic[] = [];
  const target = configTarget(fn, checker);
  if (!target) return found;
  for (const result of returnedExpressions(fn)) {
    walkDefinitions(result, target, [], checker, (property, name, path, at) => {
      if (hasMember(at, name)) return true;
      found.push(diagnosticAt(property.name, Diagnostics.unknownOption(name, where(path))));
      return false;
    });
  }
  return found;
}

/**
 * Where a value under `config` (a function's results, or the value itself) does not fit its option (TSNIX1610), or
 * names none (TSNIX1609).
 */
export function misfitDefinitions(config: ts.Expression, checker: ts.TypeChecker): Diagnostic[] {
  const found: Diagnostic[] = [];
  const inner = skipTypeWrappers(config);
  const fn = ts.isArrowFunction(inner) || ts.isFunctionExpression(inner) ? inner : undefined;
  const target = configTarget(fn ?? inner, checker);
  if (!target) return found;
  for (const result of fn ? returnedExpressions(fn) : [inner]) {
    walkDefinitions(result, target, [], checker, (property, name, path, at) => {
      if (!hasMember(at, name)) {
        found.push(diagnosticAt(property.name, Diagnostics.unknownOption(name, where(path))));
        return false;
      }
      const expected = memberType(at, name, checker);
      if (!expected) return false;
      const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      if (checker.isTypeAssignableTo(checker.getTypeAtLocation(value), expected)) return false;
      if (isDefinitionContainer(value, checker)) return true;
      const detail = `'${checker.typeToString(checker.getTypeAtLocation(value))}' is not '${checker.typeToString(expected)}'`;
      found.push(diagnosticAt(value, Diagnostics.definitionTypeMismatch([...path, name].join("."), detail)));
      return false;
    });
  }
  return found;
}

/** The `config:` values (functions or not) of defineModule/defineHost/submodule calls in a file. */
export function configValues(file: ts.SourceFile): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === "config" &&
      ts.isObjectLiteralExpression(node.parent)
    ) {
      found.push(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * The type a config value must have: what its `config:` slot expects, without the function form — or, for a
 * config function, what the function must return.
 */
function configTarget(node: ts.Expression, checker: ts.TypeChecker): readonly ts.Type[] | undefined {
  const slot = checker.getContextualType(node);
  if (!slot) return undefined;
  const members = slot.isUnion() ? slot.types : [slot];
  const isFunction = ts.isArrowFunction(node) || ts.isFunctionExpression(node);
  const picked = members.flatMap((t) => {
    const signatures = t.getCallSignatures();
    if (isFunction) return signatures.map((sig) => sig.getReturnType());
    return signatures.length === 0 ? [t] : [];
  });
  return picked.length === 0 ? undefined : picked;
}

function returnedExpressions(fn: ConfigFunction): ts.Expression[] {
  if (!ts.isBlock(fn.body)) return [fn.body];
  const results: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression) results.push(node.expression);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return results;
}

type PropertyVisitor = (
  property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment,
  name: string,
  path: readonly string[],
  target: readonly ts.Type[],
) => boolean;

/** mk* wrappers: the arguments that hold definitions of the same option (mkMerge: each element of its list). */
const WRAPPER_CONTENT: Readonly<Record<string, "last" | "list">> = {
  mkIf: "last",
  mkOverride: "last",
  mkDefault: "last",
  mkForce: "last",
  mkOptionDefault: "last",
  mkOrder: "last",
  mkBefore: "last",
  mkAfter: "last",
  mkMerge: "list",
};

/**
 * Visits the properties of the object literals `node` may evaluate to — through conditionals and mk* wrappers —
 * with the type each must have; `visit` returns whether to go deeper into a property's value.
 */
function walkDefinitions(
  node: ts.Expression,
  target: readonly ts.Type[],
  path: readonly string[],
  checker: ts.TypeChecker,
  visit: PropertyVisitor,
): void {
  const inner = skipTypeWrappers(node);
  if (ts.isConditionalExpression(inner)) {
    walkDefinitions(inner.whenTrue, target, path, checker, visit);
    walkDefinitions(inner.whenFalse, target, path, checker, visit);
    return;
  }
  if (ts.isCallExpression(inner)) {
    const wrapper = wrapperName(inner, checker);
    const content = wrapper && WRAPPER_CONTENT[wrapper];
    const last = inner.arguments[inner.arguments.length - 1];
    if (content === "last" && last) walkDefinitions(last, target, path, checker, visit);
    if (content === "list" && last && ts.isArrayLiteralExpression(skipTypeWrappers(last))) {
      for (const element of (skipTypeWrappers(last) as ts.ArrayLiteralExpression).elements) {
        walkDefinitions(element, target, path, checker, visit);
      }
    }
    return;
  }
  if (!ts.isObjectLiteralExpression(inner)) return;
  for (const property of inner.properties) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
    const key = property.name;
    if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) continue;
    if (!visit(property, key.text, path, target)) continue;
    const next = memberType(target, key.text, checker);
    if (next && ts.isPropertyAssignment(property)) {
      walkDefinitions(property.initializer, [next], [...path, key.text], checker, visit);
    }
  }
}

/** The mk* function a call calls (tsnix's own, or `lib.mk*`), by the name its declaration has. */
function wrapperName(call: ts.CallExpression, checker: ts.TypeChecker): string | undefined {
  const callee = skipTypeWrappers(call.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  let symbol = checker.getSymbolAtLocation(name);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declarationFile = symbol?.declarations?.[0]?.getSourceFile().fileName ?? "";
  if (!/stdlib[\\/]src[\\/](definitions|nix[\\/]lib)\.ts$/.test(declarationFile)) return undefined;
  return symbol && Object.hasOwn(WRAPPER_CONTENT, symbol.name) ? symbol.name : undefined;
}

/** A value that holds definitions further down (an object literal, a conditional, an mk* call). */
function isDefinitionContainer(value: ts.Expression, checker: ts.TypeChecker): boolean {
  const inner = skipTypeWrappers(value);
  return (
    ts.isObjectLiteralExpression(inner) ||
    ts.isConditionalExpression(inner) ||
    (ts.isCallExpression(inner) && wrapperName(inner, checker) !== undefined)
  );
}

/** The members of a union that can hold option definitions: object types, not the mk* wrappers or null. */
function definitionMembers(types: readonly ts.Type[]): ts.Type[] {
  const members = types.flatMap((type) => (type.isUnion() ? type.types : [type]));
  return members.filter(
    (t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) && !t.getProperty("_type"),
  );
}

function hasMember(types: readonly ts.Type[], name: string): boolean {
  const members = definitionMembers(types);
  if (members.length === 0) return true;
  return members.some(
    (t) =>
      (t.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any | ts.TypeFlags.NonPrimitive)) !== 0 ||
      t.getProperty(name) !== undefined ||
      t.getStringIndexType() !== undefined,
  );
}

function memberType(types: readonly ts.Type[], name: string, checker: ts.TypeChecker): ts.Type | undefined {
  for (const member of definitionMembers(types)) {
    const property = member.getProperty(name);
    if (property) return checker.getTypeOfSymbol(property);
    const index = member.getStringIndexType();
    if (index) return index;
  }
  return undefined;
}

function where(path: readonly string[]): string {
  return path.length === 0 ? "at the top of a config" : `under '${path.join(".")}'`;
}
