// Numbers NixOS guarantees to be ints: an option declared with an integer type (`types.int`, `types.port`,
// `types.ints.*`, also under nullOr/uniq/unique) holds an int once the module system has checked its definitions.
// So a member read from the module arguments whose declaration is such an option is an int in Nix — and converts
// to text with plain `toString`. Decided by where the value comes from and how its option is declared.
import { ts } from "../../typescript.js";
import type { NumberKind } from "../number-kind.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";
import { dotted, libraryPathOf } from "./library-values.js";
import { fromModuleArguments } from "./nix-values.js";

const INT_TYPES = new Set([
  "types.int",
  "types.port",
  "types.ints.unsigned",
  "types.ints.positive",
  "types.ints.u8",
  "types.ints.u16",
  "types.ints.u32",
  "types.ints.s8",
  "types.ints.s16",
  "types.ints.s32",
]);

/** Wrappers whose value is their (last) argument's. */
const SAME_VALUE = new Set(["types.nullOr", "types.uniq", "types.unique"]);

export function optionMemberKind(
  node: ts.PropertyAccessExpression,
  checker: ts.TypeChecker,
  moduleArguments: ReadonlySet<ts.Symbol>,
  isLibraryFile: (file: ts.SourceFile) => boolean,
): NumberKind | undefined {
  if (!fromModuleArguments(node, checker, moduleArguments)) return undefined;
  const declarations = checker.getSymbolAtLocation(node.name)?.declarations ?? [];
  const isInt = (type: ts.Expression, depth = 0): boolean => {
    const inner = skipTypeWrappers(type);
    const path = libraryPathOf(ts.isCallExpression(inner) ? inner.expression : inner, checker, isLibraryFile);
    if (path) {
      const name = dotted(path);
      if (!ts.isCallExpression(inner)) return INT_TYPES.has(name);
      if (name === "types.ints.between") return true;
      const last = inner.arguments[inner.arguments.length - 1];
      return SAME_VALUE.has(name) && last !== undefined && isInt(last, depth + 1);
    }
    const declaration = ts.isIdentifier(inner)
      ? checker.getSymbolAtLocation(inner)?.valueDeclaration
      : undefined;
    return (
      depth < 16 &&
      declaration !== undefined &&
      ts.isVariableDeclaration(declaration) &&
      declaration.initializer !== undefined &&
      isInt(declaration.initializer, depth + 1)
    );
  };
  for (const declaration of declarations) {
    if (!ts.isPropertyAssignment(declaration)) continue;
    const call = skipTypeWrappers(declaration.initializer);
    if (!ts.isCallExpression(call)) continue;
    const callee = libraryPathOf(call.expression, checker, isLibraryFile);
    const spec = call.arguments[0] && skipTypeWrappers(call.arguments[0]);
    if (!callee || dotted(callee) !== "mkOption" || !spec || !ts.isObjectLiteralExpression(spec)) continue;
    const type = spec.properties.find(
      (p): p is ts.PropertyAssignment =>
        ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "type",
    );
    const apply = spec.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === "apply");
    if (type && !apply && isInt(type.initializer)) return "int";
  }
  return undefined;
}
