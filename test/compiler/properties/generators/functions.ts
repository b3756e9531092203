// Function programs: curried multi-parameter arrows and partial application, destructured parameters with
// defaults (Nix patterns and the `let` fallback), default and optional parameters, closures over outer consts,
// higher-order functions (with arity adaptation), shadowing with Nix-builtin-like names, and small recursion.
import fc from "fast-check";
import { numberLiteral } from "./code.js";
import { mentions } from "./function-bodies.js";
import { distinctNames, scopeOf } from "./names.js";
import { intTerm, type NumTerm } from "./numbers.js";

const MAX_VALUE = 2 ** 24;
const arg = fc.integer({ min: -1000, max: 1000 }).map(numberLiteral);
const small = fc.integer({ min: -20, max: 20 }).map(numberLiteral);

/** An int expression over the named variables (each |v| ≤ bound). */
function body(names: readonly string[], bound = 1024, depth = 2): fc.Arbitrary<NumTerm> {
  const scope = scopeOf(names.map((n) => [n, "int", bound] as const));
  return intTerm(scope, depth).filter((t) => t.bound <= MAX_VALUE && t.decls.length === 0);
}

/** A body that uses every one of `names` (so that renaming mistakes show). */
function bodyUsing(names: readonly string[], bound = 1024): fc.Arbitrary<NumTerm> {
  return body(names, bound).map((t) => {
    const unused = names.filter((n) => !mentions(t.code, n));
    return unused.length === 0
      ? t
      : {
          ...t,
          code: `(${t.code} + ${unused.map((n) => `(${n} % 7)`).join(" + ")})`,
          bound: t.bound + 7 * unused.length,
        };
  });
}

const program = (decls: readonly string[], results: readonly string[]) =>
  `${decls.join("\n")}\nexport default [${results.join(", ")}];\n`;

/** `(a, b, c) => …` called fully, and its curried twin called in steps and partially applied. */
export const curriedProgram: fc.Arbitrary<string> = fc
  .integer({ min: 2, max: 3 })
  .chain((arity) => distinctNames(arity + 3).map((names) => ({ arity, names })))
  .chain(({ arity, names }) => {
    const [f, g, h, ...params] = names as [string, string, string, ...string[]];
    const ps = params.slice(0, arity);
    const call = fc.array(arg, { minLength: arity, maxLength: arity });
    return fc
      .tuple(bodyUsing(ps), fc.array(call, { minLength: 1, maxLength: 3 }), arg)
      .map(([b, calls, first]) => {
        const typed = ps.map((p) => `${p}: number`).join(", ");
        const curried = ps.map((p) => `(${p}: number) =>`).join(" ");
        return program(
          [
            `const ${f} = (${typed}) => ${b.code};`,
            `const ${g} = ${curried} ${b.code};`,
            `const ${h} = ${g}(${first});`,
          ],
          calls.flatMap((c) => [
            `${f}(${c.join(", ")})`,
            `${g}${c.map((x) => `(${x})`).join("")}`,
            `${h}${c
              .slice(1)
              .map((x) => `(${x})`)
              .join("")}`,
          ]),
        );
      });
  });

/** Destructured parameters: Nix patterns, renamed and nested fields, arrays with defaults and rest elements. */
// A field named `toString` would clash with Object.prototype's in the argument's type: not a tsnix matter.
export const destructuringProgram: fc.Arbitrary<string> = distinctNames(4)
  .filter((names) => !names.includes("toString"))
  .chain(([f, a, b, c]) => {
    const withDefault = (d: string) =>
      [
        `const ${f} = ({ ${a}, ${b} = ${d} }: { ${a}: number; ${b}?: number | undefined }) => ${"BODY"};`,
        [`${f}({ ${a}: 1 })`, `${f}({ ${a}: 2, ${b}: 5 })`, `${f}({ ${a}: 3, ${b}: undefined })`],
      ] as const;
    return fc
      .tuple(bodyUsing([a!, b!]), small, body([a!], 1024, 1), fc.constantFrom(0, 1, 2, 3, 4))
      .map(([e, d, dependent, shape]) => {
        switch (shape) {
          case 0: {
            const [decl, calls] = withDefault(d);
            return program([decl.replace("BODY", () => e.code)], calls);
          }
          case 1: // a default that depends on an earlier field
            return program(
              [
                `const ${f} = ({ ${a}, ${b} = ${dependent.code} }: { ${a}: number; ${b}?: number | undefined }) => ${e.code};`,
              ],
              [`${f}({ ${a}: 4 })`, `${f}({ ${a}: -4, ${b}: 1 })`],
            );
          case 2: // renamed and nested fields: not a plain Nix pattern
            return program(
              [
                `const ${f} = ({ p: ${a}, q: { r: ${b} = ${d} } }: { p: number; q: { r?: number | undefined } }) => ${e.code};`,
              ],
              [`${f}({ p: 1, q: {} })`, `${f}({ p: 2, q: { r: 7 } })`],
            );
          case 3: // array destructuring with a default and a rest element
            return program(
              [`const ${f} = ([${a}, ${b} = ${d}, ...${c}]: number[]) => ${e.code} + ${c}.length;`],
              [`${f}([1])`, `${f}([1, 2])`, `${f}([3, 4, 5, 6])`],
            );
          default: // destructuring in a const
            return program(
              [
                `const { ${a}, q: [${b} = ${d}] } = { ${a}: 5, q: [] as number[] };`,
                `const ${f} = ${e.code};`,
              ],
              [f!],
            );
        }
      });
  });

/** Default and optional positional parameters, including `null` passed for a nullable defaulted parameter. */
export const defaultsProgram: fc.Arbitrary<string> = distinctNames(3).chain(([f, x, y]) =>
  fc
    .tuple(bodyUsing([x!, y!]), body([x!], 1024, 1), small, fc.constantFrom(0, 1, 2, 3))
    .map(([e, dflt, d, shape]) => {
      switch (shape) {
        case 0: // a default computed from an earlier parameter
          return program(
            [`const ${f} = (${x}: number, ${y}: number = ${dflt.code}) => ${e.code};`],
            [`${f}(1)`, `${f}(2, 3)`, `${f}(4, undefined)`],
          );
        case 1: // optional parameter read with ??
          return program(
            [`const ${f} = (${x}: number, ${y}?: number) => ${x} + (${y} ?? ${d});`],
            [`${f}(1)`, `${f}(1, 5)`, `${f}(2, undefined)`],
          );
        case 2: // JS applies a default only to undefined: an explicit null stays null
          return program(
            [`const ${f} = (${x}: number | null = ${d}) => ${x} ?? 999;`],
            [`${f}()`, `${f}(undefined)`, `${f}(null)`, `${f}(7)`],
          );
        default: // the default reads an outer const that the body shadows
          return program(
            [
              `const ${y} = ${d};`,
              `const ${f} = (${x}: number = ${y}) => {`,
              `  const ${y} = ${x} * 2;`,
              `  return ${x} + ${y};`,
              "};",
            ],
            [`${f}()`, `${f}(10)`],
          );
      }
    }),
);

/** Closures over outer consts, functions returning functions, and higher-order functions with adapted arity. */
export const closureProgram: fc.Arbitrary<string> = distinctNames(6).chain(([k, mk, add, n, x, twice]) =>
  fc
    .tuple(fc.integer({ min: -50, max: 50 }), body([x!, n!, k!], 64, 2), arg, arg, fc.constantFrom(0, 1, 2))
    .map(([kv, e, a1, a2, shape]) => {
      const base = [
        `const ${k} = ${numberLiteral(kv)};`,
        `const ${mk} = (${n}: number) => (${x}: number) => ${e.code};`,
        `const ${add} = ${mk}(3);`,
      ];
      const ns = [`${add}(${a1})`, `${add}(${a2})`, `${mk}(-2)(5)`];
      if (shape === 0)
        return program(
          base,
          ns.map((c) => `(${c} % 100000)`),
        );
      if (shape === 1) {
        return program(
          [...base, `const ${twice} = (g: (v: number) => number) => (v: number) => g(g(v) % 1000);`],
          [
            ...ns.map((c) => `(${c} % 100000)`),
            `(${twice}(${mk}(1))(2) % 100000)`,
            `${twice}((v) => v * 2 - ${k})(3)`,
          ],
        );
      }
      return program(
        [
          `const ${k} = ${numberLiteral(kv)};`,
          `const ${twice} = (g: (p: number, q: number) => number) => g(3, 4) + ${k};`,
        ],
        [`${twice}((p) => p * 2)`, `${twice}((p, q) => p - q)`, `${twice}(() => 1)`],
      );
    }),
);

/** Shadowing: an outer const, a parameter with the same name, an inner const in a nested arrow. */
export const shadowingProgram: fc.Arbitrary<string> = distinctNames(4).chain(([v, f, g, h]) =>
  fc
    .tuple(fc.integer({ min: -99, max: 99 }), body([v!], 128, 2), small)
    .map(([outer, e, d]) =>
      program(
        [
          `const ${v} = ${numberLiteral(outer)};`,
          `const ${f} = (${v}: number) => ${e.code};`,
          `const ${g} = (w: number) => { const ${v} = w + ${d}; return ${e.code}; };`,
          `const ${h} = () => [1, 2, 3].map((${v}) => ${v} + 1).map((w) => w * ${v});`,
        ],
        [v!, `${f}(${d})`, `${g}(5)`, `${h}()`, `${f}(${v})`],
      ),
    ),
);

/** Small recursion: factorial, fibonacci, gcd with %, digits, mutual recursion, a named function expression. */
export const recursionProgram: fc.Arbitrary<string> = distinctNames(2).chain(([r, s]) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 12 }),
      fc.integer({ min: -500, max: 500 }),
      fc.integer({ min: 1, max: 500 }),
      fc.constantFrom(0, 1, 2, 3, 4, 5),
    )
    .map(([n, a, b, shape]) => {
      switch (shape) {
        case 0:
          return program(
            [`const ${r} = (k: number): number => (k <= 1 ? 1 : k * ${r}(k - 1));`],
            [`${r}(${n})`],
          );
        case 1:
          return program(
            [
              `function ${r}(k: number): number {`,
              "  if (k < 2) return k;",
              `  return ${r}(k - 1) + ${r}(k - 2);`,
              "}",
            ],
            [`${r}(${n})`],
          );
        case 2:
          return program(
            [`const ${r} = (p: number, q: number): number => (q === 0 ? p : ${r}(q, p % q));`],
            [`${r}(${numberLiteral(a)}, ${b})`, `${r}(${b}, ${numberLiteral(a)})`],
          );
        case 3:
          return program(
            [`const ${r} = (k: number): number[] => (k < 10 ? [k] : [...${r}(Math.floor(k / 10)), k % 10]);`],
            [`${r}(${Math.abs(a) * 997})`],
          );
        case 4:
          return program(
            [
              `function ${r}(k: number): boolean { return k === 0 ? true : ${s}(k - 1); }`,
              `function ${s}(k: number): boolean { return k === 0 ? false : ${r}(k - 1); }`,
            ],
            [`${r}(${n})`, `${s}(${n})`],
          );
        default:
          return program(
            [`const ${r} = function ${s}(k: number): number { return k <= 0 ? 0 : k + ${s}(k - 1); };`],
            [`${r}(${n})`],
          );
      }
    }),
);
