// Which expressions "hug" the text before them (`a = {`, `x: {`, `with lib; [`) instead of moving to a new line.
import type { Expr, Lambda, Param, With } from "../nix/ast.js";
import { PATTERN_EXPAND_MIN_FIELDS } from "./forced-breaks.js";

/** True for a `{ … }:` pattern that is always written one name per line. */
export function isMultilinePattern(param: Param): boolean {
  return (
    param.kind === "patternParam" &&
    (param.fields.length >= PATTERN_EXPAND_MIN_FIELDS || param.fields.some((f) => f.default !== undefined))
  );
}

export function isCollection(expr: Expr): boolean {
  return expr.kind === "attrset" || expr.kind === "list";
}

/** The parameters of a curried lambda `a: b: { … }: body` and its final body. */
export function lambdaChain(e: Lambda): { params: Param[]; body: Expr } {
  const params: Param[] = [];
  let body: Expr = e;
  while (body.kind === "lambda") {
    params.push(body.param);
    body = body.body;
  }
  return { params, body };
}

/**
 * A lambda whose body is a set or list starts that body after `: ` (`{ pkgs, ... }: {`), unless the last pattern
 * is written one name per line: then, as in nixfmt, the body starts on the line after `}:`.
 */
export function lambdaHugsBody(e: Lambda): boolean {
  const { params, body } = lambdaChain(e);
  return isCollection(body) && !isMultilinePattern(params[params.length - 1]!);
}

/** `with lib; [` … `]`, as nixfmt does. */
export function withHugsBody(e: With): boolean {
  return isCollection(e.body);
}

/** True when a binding's value starts right after `name = ` whatever its length (`a = {`, `f = x: {`). */
export function valueHugsAssignment(value: Expr): boolean {
  switch (value.kind) {
    case "attrset":
    case "list":
    case "string":
    case "ident":
    case "path":
      return true;
    case "int":
      return value.value >= 0n;
    case "float":
      return value.value > 0 || Object.is(value.value, 0);
    case "lambda":
      return lambdaHugsBody(value) && !lambdaChain(value).params.some(isMultilinePattern);
    case "with":
      return withHugsBody(value);
    default:
      return false;
  }
}
