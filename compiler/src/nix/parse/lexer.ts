// Nix's tokens outside strings, scanned as Nix 2.8's flex lexer (src/libexpr/lexer.l) scans them: the longest match
// wins, and among equally long ones the rule listed first (keywords before identifiers, numbers before paths).
import { NIX_KEYWORDS } from "../names.js";

export type TokenType =
  | "id"
  | "keyword"
  | "int"
  | "float"
  | "path"
  | "hpath"
  | "spath"
  | "uri"
  /** The start of a path with `${…}` inside (`./a/${b}`, `~/${c}`): its parts follow, read by the parser. */
  | "pathStart"
  | "op"
  | "eof";

export interface Token {
  readonly type: TokenType;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export class NixSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset into the parsed text. */
    readonly offset: number,
  ) {
    super(message);
  }
}

const PATH_CHAR = "[a-zA-Z0-9._\\-+]";
// In flex's order of rules; keywords are found among identifiers afterwards.
const RULES: readonly (readonly [TokenType, RegExp])[] = [
  ["id", /[a-zA-Z_][a-zA-Z0-9_'-]*/y],
  ["int", /[0-9]+/y],
  ["float", /(?:[1-9][0-9]*\.[0-9]*|0?\.[0-9]+)(?:[Ee][+-]?[0-9]+)?/y],
  ["pathStart", new RegExp(`${PATH_CHAR}*\\/(?=\\$\\{)`, "y")],
  ["pathStart", /~\/(?=\$\{)/y],
  ["path", new RegExp(`${PATH_CHAR}*(?:\\/${PATH_CHAR}+)+\\/?`, "y")],
  ["hpath", new RegExp(`~(?:\\/${PATH_CHAR}+)+\\/?`, "y")],
  ["spath", new RegExp(`<${PATH_CHAR}+(?:\\/${PATH_CHAR}+)*>`, "y")],
  ["uri", /[a-zA-Z][a-zA-Z0-9+\-.]*:[a-zA-Z0-9%/?:@&=+$,\-_.!~*']+/y],
];

const OPERATORS = [
  "...",
  "${",
  "==",
  "!=",
  "<=",
  ">=",
  "&&",
  "||",
  "->",
  "//",
  "++",
  "''",
  ...'{}[]();:.,=@?!+-*/<>"',
];

/** Skips whitespace and comments from `pos`; returns the new position and whether a comment was passed. */
export function skipTrivia(text: string, pos: number): { readonly pos: number; readonly comment: boolean } {
  let comment = false;
  for (;;) {
    const c = text[pos];
    if (c === " " || c === "\t" || c === "\n" || c === "\r") pos++;
    else if (c === "#") {
      comment = true;
      while (pos < text.length && text[pos] !== "\n" && text[pos] !== "\r") pos++;
    } else if (c === "/" && text[pos + 1] === "*") {
      const end = text.indexOf("*/", pos + 2);
      if (end < 0) throw new NixSyntaxError("unterminated comment", pos);
      comment = true;
      pos = end + 2;
    } else return { pos, comment };
  }
}

/** The token starting at `pos` (trivia already skipped). */
export function scanToken(text: string, pos: number): Token {
  if (pos >= text.length) return { type: "eof", text: "", start: pos, end: pos };
  let best: Token | undefined;
  for (const [type, rule] of RULES) {
    rule.lastIndex = pos;
    const match = rule.exec(text);
    if (match !== null && match[0].length > (best?.text.length ?? 0)) {
      best = { type, text: match[0], start: pos, end: pos + match[0].length };
    }
  }
  const op = OPERATORS.find((o) => text.startsWith(o, pos));
  if (op !== undefined && op.length > (best?.text.length ?? 0))
    return { type: "op", text: op, start: pos, end: pos + op.length };
  if (best === undefined) throw new NixSyntaxError(`unexpected character ${JSON.stringify(text[pos])}`, pos);
  if (best.type === "id" && NIX_KEYWORDS.has(best.text)) return { ...best, type: "keyword" };
  // A path followed by `${` continues with interpolations.
  if ((best.type === "path" || best.type === "hpath") && text.startsWith("${", best.end))
    return { ...best, type: "pathStart" };
  return best;
}

export const PATH_PART = new RegExp(`${PATH_CHAR}+|\\/`, "y");
