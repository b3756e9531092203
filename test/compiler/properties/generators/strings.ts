// Typed string terms: literals in every quoting style, template literals with string/int/bool/null/undefined
// substitutions, `+` concatenation with numbers, and the String methods tsnix supports. What each term may contain
// is tracked (ASCII only? astral characters? \b or \f?) so that position-based methods only get ASCII receivers and
// comparisons stay within the BMP.
import fc from "fast-check";
import { type Code, declsOf, hoist, leaf, literalOf, templateText } from "./code.js";
import { boolTerm, intTerm, isClosed, memoized, type NumTerm, ordered, type Scope } from "./numbers.js";
import { asciiText, asciiWord, hasAstral, isAscii, unicodeText } from "./texts.js";

export interface StrTerm extends Code {
  /** The value is ASCII only. */
  readonly ascii: boolean;
  /** The value may contain characters beyond the BMP (UTF-8 and UTF-16 order differ there). */
  readonly astral: boolean;
  /** The value may contain \b or \f (JSON.stringify of those is refused). */
  readonly bf: boolean;
}

const str = (code: string, parts: readonly StrTerm[], extra: readonly Code[] = []): StrTerm => ({
  code,
  decls: declsOf(...parts, ...extra),
  ascii: parts.every((p) => p.ascii),
  astral: parts.some((p) => p.astral),
  bf: parts.some((p) => p.bf),
});

const fromText = (text: string): fc.Arbitrary<StrTerm> =>
  literalOf(text).map((code) => ({
    code,
    decls: [],
    literal: true,
    ascii: isAscii(text),
    astral: hasAstral(text),
    bf: /[\b\f]/.test(text),
  }));

const asciiLiteral = asciiText().chain(fromText);
const anyLiteral = unicodeText().chain(fromText);

/** Small integers for positions, lengths and counts (negative ones included where JS allows them). */
const position = fc.integer({ min: -8, max: 12 }).map((n) => (n < 0 ? `(${n})` : String(n)));
const count = fc.integer({ min: 0, max: 12 }).map(String);

function smallInts(scope: Scope): fc.Arbitrary<NumTerm> {
  return intTerm(scope, 1).filter((t) => t.bound <= 1000);
}

/** A string term; `asciiOnly` restricts it to ASCII values (receivers of position-based methods). */
export function strTerm(scope: Scope, depth: number, asciiOnly = false): fc.Arbitrary<StrTerm> {
  return memoized(scope, `str${depth}${asciiOnly ? "a" : ""}`, () => {
    const vars = (scope.strings ?? []).filter((v) => v.ascii || !asciiOnly);
    const leaves = fc.oneof(
      { arbitrary: asciiOnly ? asciiLiteral : fc.oneof(asciiLiteral, anyLiteral), weight: 3 },
      ...(vars.length > 0
        ? [
            {
              arbitrary: fc
                .constantFrom(...vars)
                .map((v): StrTerm => ({ ...leaf(v.name), ascii: v.ascii, astral: !v.ascii, bf: true })),
              weight: 3,
            },
          ]
        : []),
    );
    if (depth <= 0) return leaves;
    const sub = strTerm(scope, depth - 1, asciiOnly);
    const ascii = strTerm(scope, depth - 1, true);
    const any = asciiOnly ? ascii : strTerm(scope, depth - 1, false);
    const options: fc.Arbitrary<StrTerm>[] = [
      template(scope, depth, asciiOnly),
      fc.tuple(sub, sub).map(([a, b]) => str(`(${a.code} + ${b.code})`, [a, b])),
      concatenationChain(scope, sub),
      fc
        .tuple(ascii, fc.constantFrom("toUpperCase", "toLowerCase", "trim", "trimStart", "trimEnd"))
        .map(([r, m]) => str(`${r.code}.${m}()`, [r])),
      fc
        .tuple(ascii, fc.constantFrom("padStart", "padEnd"), count, fc.option(asciiWord.chain(literalOf)))
        .map(([r, m, n, fill]) => str(`${r.code}.${m}(${n}${fill === null ? "" : `, ${fill}`})`, [r])),
      // A fill known only when evaluated is checked to be ASCII then (issue 12, cause 4).
      fc
        .tuple(ascii, fc.constantFrom("padStart", "padEnd"), count, ascii)
        .map(([r, m, n, fill]) => str(`${r.code}.${m}(${n}, ${fill.code})`, [r, fill])),
      fc
        .tuple(ascii, fc.constantFrom("slice", "substring"), position, fc.option(position))
        .map(([r, m, a, b]) => str(`${r.code}.${m}(${a}${b === null ? "" : `, ${b}`})`, [r])),
      fc.tuple(ascii, position).map(([r, i]) => str(`${r.code}.charAt(${i})`, [r])),
      fc.tuple(ascii, position).map(([r, i]) => str(`(${r.code}.at(${i}) ?? "-")`, [r])),
      fc.tuple(sub, fc.integer({ min: 0, max: 3 })).map(([r, k]) => str(`${r.code}.repeat(${k})`, [r])),
      replaceAll(scope, depth, asciiOnly),
      fc.tuple(sub, sub, sub).map(([r, a, b]) => str(`${r.code}.concat(${a.code}, ${b.code})`, [r, a, b])),
      fc
        .tuple(sub, separator(asciiOnly), separator(asciiOnly))
        .map(([r, s, j]) => str(`${r.code}.split(${s}).join(${j})`, [r], [])),
      smallInts(scope).map((n): StrTerm => ({
        code: `String(${n.code})`,
        decls: n.decls,
        ascii: true,
        astral: false,
        bf: false,
      })),
      boolTerm(scope, 1).map((b): StrTerm => ({
        code: `String(${b.code})`,
        decls: b.decls,
        ascii: true,
        astral: false,
        bf: false,
      })),
      any
        .filter((s) => !s.bf)
        .map((s): StrTerm => ({ ...str(`JSON.stringify(${s.code})`, [s]), ascii: s.ascii })),
      fc.tuple(boolTerm(scope, 1), sub, sub).map(([c, a, b]) => ({
        ...str(`(${c.code} ? ${a.code} : ${b.code})`, [a, b], [c]),
        literal: a.literal && b.literal,
      })),
    ];
    if (isClosed(scope)) {
      options.push(sub.map((t) => ({ ...t, ...hoist("s", t) })));
    }
    return fc.oneof({ arbitrary: leaves, weight: 2 }, { arbitrary: fc.oneof(...options), weight: 5 });
  });
}

const separator = (asciiOnly: boolean): fc.Arbitrary<string> =>
  (asciiOnly ? asciiWord : fc.oneof(asciiWord, fc.constantFrom("é", "😀", "中"))).chain(literalOf);

/** `` `a${x}b${y}c` `` with string, int, bool, null and undefined substitutions. */
function template(scope: Scope, depth: number, asciiOnly: boolean): fc.Arbitrary<StrTerm> {
  const text = asciiOnly ? asciiText(3) : fc.oneof(asciiText(3), unicodeText(3));
  const substitution: fc.Arbitrary<StrTerm> = fc.oneof(
    strTerm(scope, depth - 1, asciiOnly),
    smallInts(scope).map((n): StrTerm => ({ ...n, ascii: true, astral: false, bf: false })),
    boolTerm(scope, 1).map((b): StrTerm => ({ ...b, ascii: true, astral: false, bf: false })),
    fc
      .constantFrom("null", "undefined")
      .map((code): StrTerm => ({ ...leaf(code), ascii: true, astral: false, bf: false })),
    fc
      .tuple(boolTerm(scope, 1), strTerm(scope, depth - 1, asciiOnly))
      .map(([c, s]) => str(`(${c.code} ? ${s.code} : null)`, [s], [c])),
  );
  return fc
    .tuple(text, fc.array(fc.tuple(substitution, text), { minLength: 1, maxLength: 3 }))
    .map(([head, spans]) => {
      const code = `\`${templateText(head)}${spans.map(([s, t]) => `\${${s.code}}${templateText(t)}`).join("")}\``;
      const texts = [head, ...spans.map(([, t]) => t)];
      const parts = spans.map(([s]) => s);
      return {
        ...str(code, parts),
        ascii: parts.every((p) => p.ascii) && texts.every(isAscii),
        astral: parts.some((p) => p.astral) || texts.some(hasAstral),
        bf: parts.some((p) => p.bf) || texts.some((t) => /[\b\f]/.test(t)),
      };
    });
}

/** `1 + 2 + "a" + true`: unparenthesised, so that JS's left-to-right typing decides where numbers are added. */
function concatenationChain(scope: Scope, strings: fc.Arbitrary<StrTerm>): fc.Arbitrary<StrTerm> {
  const numberOperand = smallInts(scope).map((n) => ({ kind: "number" as const, term: n }));
  const stringOperand = strings.map((s) => ({ kind: "string" as const, term: s }));
  const boolOperand = boolTerm(scope, 0).map((b) => ({ kind: "bool" as const, term: b }));
  return fc
    .tuple(
      fc.array(numberOperand, { maxLength: 2 }),
      stringOperand,
      fc.array(fc.oneof(numberOperand, stringOperand, boolOperand), { maxLength: 3 }),
    )
    .map(([numbers, first, rest]) => {
      const operands = [...numbers, first, ...rest];
      const strs = operands.filter((o) => o.kind === "string").map((o) => o.term as StrTerm);
      const others = operands.filter((o) => o.kind !== "string").map((o) => o.term);
      return str(`(${operands.map((o) => o.term.code).join(" + ")})`, strs, others);
    });
}

/** replaceAll with a literal replacement (including `$$`, `$1`, `$<x>`, which JS reads specially or not). */
function replaceAll(scope: Scope, depth: number, asciiOnly: boolean): fc.Arbitrary<StrTerm> {
  const replacement = fc
    .oneof(asciiWord, fc.constantFrom("$$", "$1", "$<x>", "a$$b", "$", "", "é"))
    .filter((r) => !asciiOnly || isAscii(r));
  const receiver = strTerm(scope, depth - 1, asciiOnly);
  const ascii = strTerm(scope, depth - 1, true);
  return fc.oneof(
    fc.tuple(receiver, separator(asciiOnly), replacement.chain(literalOf)).map(([r, s, t]) => ({
      ...str(`${r.code}.replaceAll(${s}, ${t})`, [r]),
      ascii: r.ascii && isAscii(t),
    })),
    // An empty search string inserts between UTF-16 units in JS: only ASCII receivers mean the same in Nix.
    fc
      .tuple(ascii, replacement.filter(isAscii).chain(literalOf))
      .map(([r, t]) => str(`${r.code}.replaceAll("", ${t})`, [r])),
    // A search known only when evaluated (maybe empty) is checked then (issue 12, cause 3).
    fc
      .tuple(ascii, ascii, replacement.filter(isAscii).chain(literalOf))
      .map(([r, s, t]) => str(`${r.code}.replaceAll(${s.code}, ${t})`, [r, s])),
  );
}

/** Number-, boolean- and array-valued uses of strings, for output tuples. */
export function stringObservation(scope: Scope, depth: number): fc.Arbitrary<Code> {
  const any = strTerm(scope, depth);
  const ascii = strTerm(scope, depth, true);
  return fc.oneof(
    ascii.map((s) => ({ code: `${s.code}.length`, decls: s.decls })),
    fc
      .tuple(ascii, ascii, fc.constantFrom("indexOf", "lastIndexOf"))
      .map(([s, t, m]) => ({ code: `${s.code}.${m}(${t.code})`, decls: declsOf(s, t) })),
    fc
      .tuple(any, any, fc.constantFrom("startsWith", "endsWith", "includes"))
      .map(([s, t, m]) => ({ code: `${s.code}.${m}(${t.code})`, decls: declsOf(s, t) })),
    // Astral characters against U+E000–U+FFFF are where UTF-16 and byte order part: both are generated.
    fc.tuple(any, any, fc.constantFrom("<", "<=", ">", ">=", "===", "!==")).map(([s, t, op]) => ({
      // `===` between literal types (or unions of them, from `c ? "a" : "b"`) that cannot overlap is TS2367:
      // compare as plain strings.
      code: ordered(op === "===" || op === "!==" ? `(${s.code} as string)` : s.code, op, t.code),
      decls: declsOf(s, t),
    })),
    fc.tuple(any, separator(false)).map(([s, sep]) => ({ code: `${s.code}.split(${sep})`, decls: s.decls })),
    // Text holding a whole number back to a number: Number, parseInt with and without the radix.
    smallInts(scope).map((n) => ({ code: `Number(\` \${${n.code}} \`)`, decls: n.decls })),
    fc.tuple(smallInts(scope), fc.constantFrom("", ", 10"), asciiWord).map(([n, radix, rest]) => ({
      code: `parseInt(\`\${${n.code}}${templateText(rest)}\`${radix})`,
      decls: n.decls,
    })),
    fc
      .array(any, { minLength: 2, maxLength: 4 })
      .map((xs) => ({ code: `[${xs.map((x) => x.code).join(", ")}].toSorted()`, decls: declsOf(...xs) })),
    fc
      .tuple(any, separator(false))
      .map(([s, sep]) => ({ code: `${s.code}.split(${sep}).length`, decls: s.decls })),
  );
}
