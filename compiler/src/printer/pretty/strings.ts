// Double-quoted strings and their interpolations (Pretty.hs `prettySimpleString` and the `StringPart` instances).
import { type Doc, group, lineBreak, nest, offset, textWidth } from "../layout/document.js";
import { unexpandDocument } from "../layout/unexpand.js";
import type { Interpolation, StringTerm } from "../syntax/syntax.js";
import { isAbsorbable, isSimple } from "./absorb.js";
import type { Pretty } from "./pretty.js";
import { parenthesizedInner } from "./terms.js";

/** Interpolations up to this wide are kept on one line even past the line width. */
const SHORT_INTERPOLATION = 30;

export function prettySimpleString(s: StringTerm, p: Pretty): Doc {
  return group(['"', prettyStringLine(s.parts, p), '"']);
}

function prettyStringLine(parts: StringTerm["parts"], p: Pretty): Doc {
  // A lone interpolation reads as one after empty text.
  const line = parts.length === 1 && typeof parts[0] !== "string" ? ["", parts[0]!] : parts;
  const [first, second] = line;
  if (line.length === 2 && typeof first === "string" && typeof second !== "string" && /^ *$/.test(first)) {
    // Interpolated code that breaks is indented past the spaces before it.
    return [first, offset(textWidth(first), group(["${", nest(parenthesizedInner(second!.expr, p)), "}"]))];
  }
  if (typeof first === "string") {
    const rest = line.slice(1).map((part) => prettyStringPart(part, p));
    return [first, offset(textWidth(leadingWhitespace(first)), rest)];
  }
  return line.map((part) => prettyStringPart(part, p));
}

export function prettyStringPart(part: string | Interpolation, p: Pretty): Doc {
  if (typeof part === "string") return part;
  const e = part.expr;
  if (e.kind === "term" && isAbsorbable(e.term)) return group(["${", p.term(e.term), "}"]);
  // Names and other simple code stay on one line, whatever its length.
  if (isSimple(e)) return ["${", unexpandDocument(p.expr(e)) ?? p.expr(e), "}"];
  const whole = group(p.expr(e));
  const inner = unexpandDocument(whole, SHORT_INTERPOLATION) ?? [lineBreak, nest(whole), lineBreak];
  return group(["${", inner, "}"]);
}

/** Haskell's `isSpace`, as nixfmt measures a string line's indentation. */
const LEADING_WHITESPACE = /^[ \t\n\v\f\r\u00a0\p{Zs}]*/u;
const leadingWhitespace = (text: string): string => LEADING_WHITESPACE.exec(text)![0];
