// Nix expressions for one file's path relative to another's: a path literal where Nix's path grammar allows it
// (`./lib.nix`, `../net/dns.nix`), and `./. + "/my lib.nix"` for every other name (spaces, `@`, `~`, `#`,
// non-ASCII, …). Both resolve against the directory of the .nix file that contains them.
import * as path from "node:path";
import * as nix from "./ast.js";
import type { Expr } from "./ast.js";

/** Nix 2.8's path literal: segments of `[a-zA-Z0-9._+-]`, separated by `/`, relative ones starting at `.`/`..`. */
const PATH_LITERAL = /^\.\.?(\/[A-Za-z0-9._+-]+)+$/;

/** The path of `toFile` as seen from a Nix file at `fromFile` (both absolute). */
export function relativeFilePath(fromFile: string, toFile: string): Expr {
  let relative = path.relative(path.dirname(fromFile), toFile).split(path.sep).join("/");
  if (!relative.startsWith("../")) relative = `./${relative}`;
  if (PATH_LITERAL.test(relative)) return nix.path(relative);
  // `./.` is the containing directory; appending a string keeps the result a path, canonicalised by Nix.
  return nix.binop("+", nix.path("./."), nix.str(`/${relative.replace(/^\.\//, "")}`));
}
