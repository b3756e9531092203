// JSON.parse: builtins.fromJSON where it reads the text as JS does. Text known now is checked now (a refusal
// names the problem); other text goes through jsJsonParse, which checks it when evaluated. The differences:
// integers beyond ±2^53 (Nix keeps every digit and wraps from 2^63), numbers beyond the float range, NUL and lone
// surrogates in strings, and keys that change what a Nix attribute set is.
import { ts } from "../../typescript.js";
import { Diagnostics } from "../../diagnostics/codes.js";
import type { DiagnosticTemplate } from "../../diagnostics/diagnostic.js";
import { DERIVATION_TYPE, NIX_MEANINGFUL_ATTR_NAMES } from "../../nix/magic-names.js";
import * as nix from "../../nix/ast.js";
import type { Expr } from "../../nix/ast.js";
import type { TransformContext } from "../context.js";
import "../runtime/json-parse-helpers.js";
import { expectArguments, knownString } from "./arguments.js";

export function lowerJsonParse(call: ts.CallExpression, ctx: TransformContext): Expr {
  if (!expectArguments(call, 1, 1, ctx)) return nix.NULL;
  const text = call.arguments[0]!;
  const known = knownString(text, ctx);
  if (known === undefined) return nix.apply(ctx.helpers.use("jsJsonParse"), ctx.lower(text));
  const problem = parsedTextProblem(known);
  if (problem) return ctx.fail(text, problem);
  return nix.callBuiltin("fromJSON", ctx.lower(text));
}

const MAX_SAFE = 2 ** 53;

/** Why Nix would read this JSON text differently from JS, if it would. Text JS cannot parse fails in both. */
export function parsedTextProblem(text: string): DiagnosticTemplate | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  for (const token of numberTokens(text)) {
    const number = Number(token);
    const plainInteger = /^-?[0-9]+$/.test(token);
    if (!Number.isFinite(number) || (plainInteger && Math.abs(number) > MAX_SAFE)) {
      return Diagnostics.numberOutOfRange(token);
    }
  }
  return valueProblem(value);
}

/** The number tokens of JSON text: everything between its string tokens that looks like a number. */
function numberTokens(text: string): string[] {
  const structure = text.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return structure.match(/-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/g) ?? [];
}

const UNREPRESENTABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function valueProblem(value: unknown): DiagnosticTemplate | undefined {
  if (typeof value === "string")
    return UNREPRESENTABLE.test(value) ? Diagnostics.unrepresentableText() : undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = valueProblem(item);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  for (const [key, member] of Object.entries(value)) {
    if (NIX_MEANINGFUL_ATTR_NAMES.includes(key)) return Diagnostics.magicAttribute(key);
    if (key === DERIVATION_TYPE.name && member === DERIVATION_TYPE.value)
      return Diagnostics.magicAttribute('type = "derivation"');
    const problem = valueProblem(key) ?? valueProblem(member);
    if (problem) return problem;
  }
  return undefined;
}
