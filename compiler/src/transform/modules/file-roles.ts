// What a file is to a project, read off its default export: `defineModule(…)` makes it a module, `defineHost(…)` a
// host, `defineFlake(…)` the flake; anything else (helpers, plain values) is "other".
import { ts } from "../../typescript.js";
import type { FileRole } from "../context.js";
import { skipTypeWrappers } from "../visitors/type-erasure.js";

const ROLES: Readonly<Record<string, FileRole>> = {
  defineModule: "module",
  defineHome: "module",
  defineDarwinModule: "module",
  defineHost: "host",
  defineDarwin: "host",
  defineFlake: "flake",
  defineVariant: "host",
};

export function fileRoleOf(
  file: ts.SourceFile,
  checker: ts.TypeChecker,
  isLibraryFile: (file: ts.SourceFile) => boolean,
): FileRole {
  const call = defaultExportCall(file);
  if (!call) return "other";
  const callee = skipTypeWrappers(call.expression);
  if (!ts.isIdentifier(callee)) return "other";
  let symbol = checker.getSymbolAtLocation(callee);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration || !isLibraryFile(declaration.getSourceFile())) return "other";
  return ROLES[symbol.name] ?? "other";
}

/** The call a file's `export default` holds, if it holds one. */
export function defaultExportCall(file: ts.SourceFile): ts.CallExpression | undefined {
  for (const statement of file.statements) {
    if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      const value = skipTypeWrappers(statement.expression);
      return ts.isCallExpression(value) ? value : undefined;
    }
  }
  return undefined;
}
