// The literal text of Nix strings as Nix 2.8 reads it: escapes of "…" strings, and the escapes and indentation
// stripping of ''…'' strings (lexer.l's IND_STRING rules and parser.y's stripIndentation).
import type { Expr, StrPart } from "../ast.js";

/** `\n`, `\r`, `\t` are control characters; any other escaped character stands for itself. */
export function unescapeDoubleQuoted(escape: string): string {
  return escape === "n" ? "\n" : escape === "r" ? "\r" : escape === "t" ? "\t" : escape;
}

/** One piece of an indented string as lexed: literal text that counts for indentation, an escape, or `${…}`. */
export type IndentedPiece =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "escape"; readonly text: string }
  | { readonly kind: "interpolation"; readonly expr: Expr };

/** Nix's stripIndentation: the common indentation of non-blank lines goes, and a last line of spaces. */
export function stripIndentation(pieces: readonly IndentedPiece[]): StrPart[] {
  let atStartOfLine = true;
  let minIndent = Number.MAX_SAFE_INTEGER;
  let curIndent = 0;
  for (const piece of pieces) {
    if (piece.kind !== "text") {
      // Interpolations and escaped characters end the whitespace at the start of a line.
      if (atStartOfLine) {
        atStartOfLine = false;
        minIndent = Math.min(minIndent, curIndent);
      }
      continue;
    }
    for (const c of piece.text) {
      if (atStartOfLine) {
        if (c === " ") curIndent++;
        else if (c === "\n") curIndent = 0;
        else {
          atStartOfLine = false;
          minIndent = Math.min(minIndent, curIndent);
        }
      } else if (c === "\n") {
        atStartOfLine = true;
        curIndent = 0;
      }
    }
  }

  const parts: StrPart[] = [];
  atStartOfLine = true;
  let dropped = 0;
  pieces.forEach((piece, index) => {
    if (piece.kind === "interpolation") {
      atStartOfLine = false;
      dropped = 0;
      parts.push(piece.expr);
      return;
    }
    let kept = "";
    for (const c of piece.text) {
      if (atStartOfLine) {
        if (c === " ") {
          if (dropped++ >= minIndent) kept += c;
        } else if (c === "\n") {
          dropped = 0;
          kept += c;
        } else {
          atStartOfLine = false;
          dropped = 0;
          kept += c;
        }
      } else {
        kept += c;
        if (c === "\n") atStartOfLine = true;
      }
    }
    if (index === pieces.length - 1) {
      const lastNewline = kept.lastIndexOf("\n");
      if (lastNewline >= 0 && /^ *$/.test(kept.slice(lastNewline + 1))) kept = kept.slice(0, lastNewline + 1);
    }
    parts.push(kept);
  });
  return parts;
}
