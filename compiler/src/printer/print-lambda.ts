// Lambdas: curried parameter chains, `{ a, b ? 1, ... }@args` patterns, and where the body starts.
import { doc } from "prettier";
import type { Lambda, Param } from "../nix/ast.js";
import { isMultilinePattern, lambdaChain, lambdaHugsBody } from "./hugging.js";
import { breakingGroup, type Doc, type NixPrinter } from "./nix-printer.js";
import { printAssignment } from "./print-bindings.js";

const { group, indent, line, hardline, join, ifBreak } = doc.builders;

/**
 * `a: b: body` with the body on the same line when it fits, else on the next line, not indented (nixfmt).
 * A set or list body hugs the last `: ` (`{ pkgs, ... }: {`); `breakBody` forces such a body open, for
 * `f (x: {` … `})` layouts.
 */
export function printLambda(e: Lambda, p: NixPrinter, breakBody = false): Doc {
  const { params, body } = lambdaChain(e);
  const head: Doc[] = [];
  params.forEach((param, i) => {
    // A pattern written one name per line stands on its own lines; plain names stay together (`a: b: c:`).
    if (i > 0) head.push(isMultilinePattern(params[i - 1]!) || isMultilinePattern(param) ? hardline : " ");
    head.push(printParam(param, p), ":");
  });
  const bodyDoc = p.expr(body);
  if (lambdaHugsBody(e)) return group([head, " ", breakBody ? breakingGroup(bodyDoc) : bodyDoc]);
  return group([head, line, bodyDoc]);
}

function printParam(param: Param, p: NixPrinter): Doc {
  if (param.kind === "identParam") return param.name;
  const fields = param.fields.map((f) =>
    f.default === undefined ? f.name : printAssignment(f.name, "?", f.default, p, ""),
  );
  const items: Doc[] = param.ellipsis ? [...fields, "..."] : fields;
  const pattern =
    items.length === 0
      ? "{ }"
      : group(
          // Expanded, every name ends with a comma (nixfmt); `...` never does.
          ["{", indent([line, join([",", line], items), param.ellipsis ? "" : ifBreak(",", "")]), line, "}"],
          { shouldBreak: isMultilinePattern(param) },
        );
  return param.bind === undefined ? pattern : [param.bind, "@", pattern];
}
