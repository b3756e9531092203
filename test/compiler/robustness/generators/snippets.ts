// Arbitrary TypeScript snippets, valid and invalid: token soup, supported code mixed with unsupported syntax
// (classes, loops, async, regexes, labels, getters, enums, namespaces, JSX-like text, decorators), broken
// lexemes (unterminated strings, templates, comments), deep nesting, huge numbers, odd unicode identifiers and
// `export default` of random expressions; and supported programs with a few characters mutated.
import fc from "fast-check";

const TOKENS = [
  "export",
  "default",
  "const",
  "let",
  "var",
  "function",
  "return",
  "if",
  "else",
  "for",
  "while",
  "do",
  "switch",
  "case",
  "break",
  "continue",
  "class",
  "extends",
  "new",
  "this",
  "super",
  "async",
  "await",
  "yield",
  "import",
  "from",
  "as",
  "type",
  "interface",
  "enum",
  "namespace",
  "declare",
  "abstract",
  "readonly",
  "static",
  "get",
  "set",
  "typeof",
  "instanceof",
  "in",
  "of",
  "delete",
  "void",
  "try",
  "catch",
  "finally",
  "throw",
  "debugger",
  "with",
  "satisfies",
  "keyof",
  "infer",
  "never",
  // Imperative pieces (issue 11): changes, loop exits, in-place array and object changes.
  "++",
  "--",
  " += ",
  " ??= ",
  " ||= ",
  " &&= ",
  ".push(",
  ".pop()",
  "break;",
  "continue;",
  "return;",
  "[a, b] = [b, a];",
  "delete o.k;",
  "case 0:",
  "default:",
  "for (const q of xs) ",
  "while (true) ",
  "unknown",
  "any",
  "null",
  "undefined",
  "true",
  "false",
  "NaN",
  "Infinity",
  "x",
  "y",
  "map",
  "builtins",
  "toString",
  "$",
  "_",
  "ñ",
  "𝑥",
  "\\u0061",
  "Math",
  "Object",
  "JSON",
  "Array",
  "String",
  "Number",
  "0",
  "1",
  "-1",
  "1.5",
  "1e400",
  "0x",
  "1_",
  "1n",
  "9007199254740993",
  ".5",
  "0b2",
  '"a"',
  "'b'",
  "`c`",
  "`${",
  "}`",
  '"unterminated',
  "'\\",
  "/re/g",
  "/[/",
  "//",
  "/*",
  "*/",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ",",
  ";",
  ":",
  "?",
  "?.",
  "??",
  "...",
  "=>",
  "=",
  "==",
  "===",
  "!=",
  "!==",
  "+",
  "-",
  "*",
  "/",
  "%",
  "**",
  "++",
  "--",
  "<",
  ">",
  "<=",
  ">=",
  "<<",
  ">>",
  ">>>",
  "&",
  "|",
  "^",
  "~",
  "!",
  "&&",
  "||",
  "&&=",
  "||=",
  "??=",
  "+=",
  "@",
  "#x",
  ".",
  "<div>",
  "</div>",
  "<T,>",
  "\n",
  "\r\n",
  "\t",
  " ",
  "\u2028",
  "\ufeff",
  "\\",
  "\u0000",
  "\uD800",
] as const;

/** Random tokens glued with spaces or nothing. */
const tokenSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(" ", "", "\n")), { maxLength: 40 })
  .map((parts) => parts.map(([t, sep]) => t + sep).join(""));

/** Whole statements and expressions tsnix refuses (or TypeScript rejects), each mostly well-formed. */
const UNSUPPORTED = [
  "class A { x = 1; get y() { return 2; } }\nexport default new A();",
  "export default class { }",
  "let s = 0;\nfor (let i = 0; i < 3; i++) { s += i; }\nexport default s;",
  "const xs = [1, 2];\nfor (const x of xs) { }\nwhile (true) { break; }\nexport default xs;",
  "do { } while (false);\nexport default 1;",
  "export default async () => await Promise.resolve(1);",
  "function* g() { yield 1; }\nexport default g;",
  'export default "a-b".replace(/-/g, "+");',
  "outer: for (;;) { break outer; }\nexport default 0;",
  "export default { get x() { return 1; }, set x(v: number) { } };",
  "enum Color { Red, Green }\nexport default Color.Red;",
  "namespace N { export const a = 1; }\nexport default N.a;",
  "const e = <div>hello</div>;\nexport default e;",
  "function dec(t: unknown) { return t; }\n@dec\nclass C { }\nexport default 1;",
  'export default "unterminated;',
  "export default `template ${1",
  "/* never closed\nexport default 1;",
  "export default 1e400;",
  "export default 123456789012345678901234567890;",
  "export default 10n;",
  "export default 0.1 + 0.2;",
  "export default NaN;",
  "export default Infinity;",
  "export default -0;",
  "const ℮ = 1; const ᚠ = 2; const \\u0061b = 3;\nexport default ℮ + ᚠ + ab;",
  "const a\u200d = 1;\nexport default a\u200d;",
  'export default "\\0";',
  'export default "a\\uD800b";',
  'export default ["\\uDFFF", `\\uD83D`];',
  "export default { __proto__: null };",
  "export default { __functor: (s: unknown) => s };",
  "export default { outPath: 1, type: 'derivation' };",
  "var v = 1;\nexport default v;",
  "let m = 1;\nm = 2;\nexport default m;",
  "const o = { a: 1 };\ndelete (o as { a?: number }).a;\nexport default o;",
  "export default this;",
  "switch (1 as number) { case 1: break; }\nexport default 1;",
  "try { throw 1; } catch (e) { }\nexport default 1;",
  "debugger;\nexport default 1;",
  "export default typeof 1 === 'number' ? void 0 : 1;",
  "const f = (...xs: number[]) => xs.length;\nexport default f(1, 2);",
  "const f = (x?: () => number) => x?.();\nexport default f();",
  "export default String.raw`a${1}b`;",
  "export default import('./x');",
  'import x from "./does-not-exist";\nexport default x;',
  "export = 1;",
  'export * from "./y";',
  "declare const d: number;\nexport default d;",
  "interface I { a: number }\ntype T = I;",
  "",
  "// only a comment",
  "\ufeffexport default 1;",
  "#!/usr/bin/env node\nexport default 1;",
  "export default 1;\r\nexport default 2;\r\n",
  "export default [1, , 3];",
  "export default [1, 2].sort();",
  "export default 'é'.length;",
  "export default ({} as any).x;",
  "export default (1 as unknown as string).length;",
  "const x: number = 'a';\nexport default x;",
  "export default 1 & 2 | 3 ^ 4 << 1 >> 1 >>> 1;",
  "export default new Date();",
  "export default [1, 2].forEach((x) => x);",
  "export default Object.keys({ b: 1, a: 2 });",
  "export default JSON.stringify({ b: 1, a: 2 });",
  "export default 'x'.replace('x', 'y');",
  "export default 'a' < 'b' ? 1 : 'x';",
  "export default 1 ? 2 : 3;",
  "export default '' || 'b';",
  "export default [1] === [1];",
  "export default Math.random();",
  "export default { 'a': 1, a: 2 };",
  "const f = function (this: number) { return this; };\nexport default f;",
  "export default <T,>(x: T) => x;",
  "export default (x: number) => x satisfies number;",
  "export default 'a'.at(0);",
  "export default [1, 2].at(1.5);",
  "export default 1 / 0;",
  "export default 7 % 2.5;",
  "export default `${0.5}`;",
] as const;

const unsupported: fc.Arbitrary<string> = fc.constantFrom(...UNSUPPORTED);

/** Nesting far deeper than anyone writes: parentheses, arrays, objects, ternaries, arrows, template literals. */
const deepNesting: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 50, max: 400 }),
    fc.constantFrom("paren", "array", "object", "ternary", "arrow", "template", "call", "negation"),
  )
  .map(([n, kind]) => {
    switch (kind) {
      case "paren":
        return `export default ${"(".repeat(n)}1${")".repeat(n)};`;
      case "array":
        return `export default ${"[".repeat(n)}1${"]".repeat(n)};`;
      case "object":
        return `export default ${"{ a: ".repeat(n)}1${" }".repeat(n)};`;
      case "ternary":
        return `export default ${"true ? 1 : ".repeat(n)}0;`;
      case "arrow":
        return `export default ${"(a: number) => ".repeat(n)}1;`;
      case "template":
        return `export default ${"`${".repeat(Math.min(n, 100))}1${"}`".repeat(Math.min(n, 100))};`;
      case "call":
        return `const f = (x: number) => x + 1;\nexport default ${"f(".repeat(n)}0${")".repeat(n)};`;
      default:
        return `export default ${"!".repeat(n)}true;`;
    }
  });

/** `export default` of a random expression assembled from fragments, supported or not. */
const EXPRESSION_PARTS = [
  "1",
  "-2",
  "3.5",
  "'s'",
  "`t${1}`",
  "true",
  "null",
  "undefined",
  "[1, 2]",
  "{ a: 1 }",
  "(x: number) => x",
  "Math.floor(2.5)",
  "[1, 2].map((x) => x * 2)",
  "'abc'.toUpperCase()",
  "Object.keys({ a: 1 }).sort()",
  "x",
  "y",
  "/re/",
  "new Set()",
  "this",
  "await 1",
  "yield",
  "super.x",
  "import.meta",
  "#p",
  "a!",
  "a as number",
  "<number>a",
] as const;

const randomExpression: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...EXPRESSION_PARTS),
      fc.constantFrom(
        " + ",
        " - ",
        " * ",
        " / ",
        " % ",
        " ** ",
        " === ",
        " && ",
        " || ",
        " ?? ",
        " ? 1 : ",
        ", ",
        ".",
      ),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((parts) => parts.map(([e, op]) => e + op).join("") + "0");

const exportDefault = fc
  .tuple(
    fc.array(fc.constantFrom("const x = 1;", "const y = 'a';", "let z = [1];", "var w = 2;"), {
      maxLength: 2,
    }),
    randomExpression,
  )
  .map(([decls, e]) => `${decls.join("\n")}\nexport default ${e};`);

/** `source` with a few characters replaced, inserted or deleted. */
function mutated(source: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.constantFrom("delete", "insert", "replace"), fc.constantFrom(...TOKENS));
  return fc.tuple(source, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([text, edits]) => {
    let out = text;
    for (const [at, op, token] of edits) {
      const i = out.length === 0 ? 0 : at % out.length;
      if (op === "delete") out = out.slice(0, i) + out.slice(i + 1);
      else if (op === "insert") out = out.slice(0, i) + token + out.slice(i);
      else out = out.slice(0, i) + token + out.slice(i + token.length);
    }
    return out;
  });
}

/** Unsupported pieces spliced into each other and into random expressions. */
const mixed = fc
  .array(fc.oneof(unsupported, exportDefault), { minLength: 2, maxLength: 3 })
  .map((parts) => parts.join("\n"));

/** All kinds of snippets; `supported` adds generators of valid programs to mutate. */
export function snippets(supported: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: tokenSoup, weight: 3 },
    { arbitrary: unsupported, weight: 2 },
    { arbitrary: mixed, weight: 2 },
    { arbitrary: deepNesting, weight: 1 },
    { arbitrary: exportDefault, weight: 2 },
    { arbitrary: mutated(fc.oneof(unsupported, exportDefault)), weight: 2 },
    { arbitrary: supported, weight: 2 },
    { arbitrary: mutated(supported), weight: 3 },
  );
}
