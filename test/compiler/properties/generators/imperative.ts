// Imperative function bodies (issue 11): `let` variables changed by `=`, `+=`, `-=`, `++`, `--`, `??=`, `||=`,
// `&&=`; `if`/`else`; `for … of` over a parameter array, counted `for`, `while` and `do … while` with `break`,
// `continue` and `return` inside, nested; `switch` with fallthrough groups and `default`; `push` onto a local
// array; truthiness of numbers, strings and arrays in conditions, `!`, `||` and `&&`. The program runs one function
// over several argument tuples, so nothing is folded away. Locals take names that collide with what the lowering
// generates (`state`, `done`, `value`, `returned`, `loop`, `rest`) or with Nix builtins (`map`, `toString`).
import fc from "fast-check";

const LOCAL_NAMES = ["p", "done", "value", "state", "map", "rest", "total", "loop", "returned", "toString"];

interface Scope {
  /** Int variables that may be read: parameters, locals, loop variables, block constants. */
  readonly ints: readonly string[];
  /** Int locals that may be changed. */
  readonly mutable: readonly string[];
  readonly loopDepth: number;
  /** Directly inside a switch (a `break` there leaves the switch). */
  readonly inSwitch: boolean;
  /** Statement nesting left. */
  readonly depth: number;
  /** A counter for names declared inside blocks, unique per program. */
  readonly prefix: string;
  /** s, flag, n and out are declared (not so in the locals' initializers). */
  readonly locals: boolean;
  /** What the function returns: every local's value, at an early return as at the end. */
  readonly result: string;
}

const smallInt = fc.integer({ min: -9, max: 9 });
const lit = (n: number) => (n < 0 ? `(${n})` : String(n));

/** An int term whose magnitude stays small when its variables are small. */
function intTerm(scope: Scope, depth: number): fc.Arbitrary<string> {
  const leaf = fc.oneof(smallInt.map(lit), fc.constantFrom(...scope.ints));
  if (depth <= 0) return leaf;
  const sub = intTerm(scope, depth - 1);
  return fc.oneof(
    { arbitrary: leaf, weight: 4 },
    {
      arbitrary: fc.tuple(sub, fc.constantFrom("+", "-"), sub).map(([a, op, b]) => `${a} ${op} ${b}`),
      weight: 2,
    },
    { arbitrary: fc.tuple(sub, fc.integer({ min: 2, max: 7 })).map(([a, m]) => `(${a}) % ${m}`), weight: 1 },
    { arbitrary: sub.map((a) => `Math.abs(${a})`), weight: 1 },
    // Truthiness of ints: `||` / `&&` return an operand.
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...scope.ints), sub, fc.constantFrom("||", "&&"))
        .map(([a, b, op]) => `(${a} ${op} ${b})`),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(condition(scope, 0), sub, sub).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
      weight: 1,
    },
    { arbitrary: fc.constantFrom("out.length", "s.length", "(n ?? -1)"), weight: scope.locals ? 2 : 0 },
  );
}

function condition(scope: Scope, depth: number): fc.Arbitrary<string> {
  const term = intTerm(scope, 0);
  // A variable on the left: TypeScript rejects conditions it can decide (`!6`, `-1 === 2`).
  const variable = fc.constantFrom(...scope.ints);
  const base = fc.oneof(
    fc.tuple(variable, fc.constantFrom("<", "<=", ">", ">="), term).map(([a, op, b]) => `${a} ${op} ${b}`),
    // Equality against a sum: TypeScript narrows a variable compared with a bare literal, and then rejects a
    // later comparison with another literal as always false.
    fc
      .tuple(variable, fc.constantFrom("===", "!=="), variable, smallInt)
      .map(([a, op, b, k]) => `${a} ${op} ${b} + ${lit(k)}`),
    fc.tuple(variable, fc.integer({ min: 2, max: 4 })).map(([a, m]) => `${a} % ${m} === 0`),
    variable, // an int's truthiness
    variable.map((a) => `!${a}`),
    ...(scope.locals
      ? [fc.constantFrom("flag", "!flag", "s", "!s", 's === "ab"', "out.length", "!out.length", "n === null")]
      : []),
  );
  if (depth <= 0) return base;
  const sub = condition(scope, depth - 1);
  return fc.oneof(
    { arbitrary: base, weight: 3 },
    {
      arbitrary: fc.tuple(sub, fc.constantFrom("&&", "||"), sub).map(([a, op, b]) => `(${a} ${op} ${b})`),
      weight: 1,
    },
  );
}

function strTerm(scope: Scope): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('"a"', '"b"', '""', '"ab"', '"-"'),
    intTerm(scope, 0).map((t) => `String(${t})`),
    fc.constant('(s || "none")'),
    fc.tuple(condition(scope, 0), fc.constantFrom('"x"', '""')).map(([c, a]) => `(${c} ? ${a} : s)`),
  );
}

const indent = (lines: readonly string[]) => lines.map((l) => `  ${l}`);

/** One statement (as lines) in `scope`. */
function statement(scope: Scope): fc.Arbitrary<string[]> {
  const term = intTerm(scope, 1);
  const simple: fc.WeightedArbitrary<string[]>[] = [
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...scope.mutable), fc.constantFrom("=", "+=", "-="), term)
        .map(([v, op, t]) => [`${v} ${op} ${t};`]),
      weight: 6,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...scope.mutable), fc.constantFrom("++", "--"))
        .map(([v, op]) => [`${v}${op};`]),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...scope.mutable), fc.integer({ min: 2, max: 3 }))
        .map(([v, m]) => [`${v} = (${v} * ${m}) % 1000;`]),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom("+=", "=", "||="), strTerm(scope))
        .map(([op, t]) => [`s ${op} ${t};`]),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom("=", "&&=", "||="), condition(scope, 1))
        .map(([op, c]) => [`flag ${op} !!(${c});`]),
      weight: 2,
    },
    {
      arbitrary: fc.oneof(
        term.map((t) => [`n ??= ${t};`]),
        fc.constant(["n = null;"]),
        term.map((t) => [`n = ${t};`]),
      ),
      weight: 2,
    },
    { arbitrary: term.map((t) => [`out.push(${t});`]), weight: 3 },
  ];
  if (scope.loopDepth > 0) {
    const leave = scope.inSwitch ? ["continue"] : ["break", "continue"];
    simple.push({
      arbitrary: fc
        .tuple(condition(scope, 1), fc.constantFrom(...leave))
        .map(([c, word]) => [`if (${c}) ${word};`]),
      weight: 3,
    });
  }
  simple.push({
    arbitrary: condition(scope, 1).map((c) => [`if (${c}) return ${scope.result};`]),
    weight: scope.loopDepth > 0 ? 2 : 1,
  });
  if (scope.depth <= 0) return fc.oneof(...simple);
  const inner = (changes: Partial<Scope>) => ({ ...scope, depth: scope.depth - 1, ...changes });
  const compound: fc.WeightedArbitrary<string[]>[] = [
    {
      // for … of over Object.entries of a record written out of byte order: accepted only because nothing the
      // body does depends on the order of the turns (int counters, a flag set to true, keys set at the loop key).
      arbitrary: fc
        .tuple(
          fc.option(fc.integer({ min: -3, max: 9 }), { nil: undefined }),
          fc.array(
            fc.constantFrom(
              "hits++;",
              "hits += key.length;",
              "hits -= 2;",
              "flag = true;",
              "seen[key] = val + a;",
              "if (val > b) seen[key] = val;",
            ),
            { minLength: 1, maxLength: 3 },
          ),
        )
        .map(([skipAbove, body]) => [
          "for (const [key, val] of Object.entries(rec)) {",
          ...(skipAbove === undefined ? [] : [`  if (val > ${lit(skipAbove)}) continue;`]),
          ...indent(body),
          "}",
        ]),
      weight: scope.loopDepth === 0 && !scope.inSwitch ? 1 : 0,
    },
    {
      arbitrary: fc
        .tuple(
          condition(scope, 1),
          block(inner({}), 1, 3),
          fc.option(block(inner({}), 1, 2), { nil: undefined }),
        )
        .map(([c, then, otherwise]) => [
          `if (${c}) {`,
          ...indent(then),
          ...(otherwise ? ["} else {", ...indent(otherwise)] : []),
          "}",
        ]),
      weight: 3,
    },
    {
      // for … of over the parameter array or a literal.
      arbitrary: fc
        .tuple(fc.constantFrom("xs", "[3, -1, 4]", "xs.slice(1)"), fc.constant(`x${scope.loopDepth}`))
        .chain(([list, name]) =>
          block(
            inner({ ints: [...scope.ints, name], loopDepth: scope.loopDepth + 1, inSwitch: false }),
            1,
            3,
          ).map((body) => [`for (const ${name} of ${list}) {`, ...indent(body), "}"]),
        ),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 5 }), fc.constant(`i${scope.loopDepth}`))
        .chain(([bound, name]) =>
          block(
            inner({ ints: [...scope.ints, name], loopDepth: scope.loopDepth + 1, inSwitch: false }),
            1,
            3,
          ).map((body) => [`for (let ${name} = 0; ${name} < ${bound}; ${name}++) {`, ...indent(body), "}"]),
        ),
      weight: 2,
    },
    {
      // while / do … while over a counter only the loop's first statement changes.
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 5 }), fc.boolean(), fc.nat(999))
        .chain(([bound, isDo, tag]) => {
          const name = `k${scope.prefix}_${tag}`;
          return block(
            inner({ ints: [...scope.ints, name], loopDepth: scope.loopDepth + 1, inSwitch: false }),
            1,
            3,
          ).map((body) => {
            const loop = isDo
              ? ["do {", `  ${name}++;`, ...indent(body), `} while (${name} < ${bound});`]
              : [`while (${name} < ${bound}) {`, `  ${name}++;`, ...indent(body), "}"];
            // A block of its own, so that two loops of one block never declare the same counter.
            return ["{", `  let ${name} = 0;`, ...indent(loop), "}"];
          });
        }),
      weight: 2,
    },
    {
      arbitrary: fc
        .tuple(
          intTerm(scope, 1),
          fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.boolean()), {
            minLength: 1,
            maxLength: 3,
          }),
          fc.boolean(),
        )
        .chain(([subject, cases, withDefault]) => {
          const labels = [...new Set(cases.map(([label]) => label))];
          const bodies = fc.tuple(
            ...labels.map(() => block(inner({ inSwitch: true }), 0, 2)),
            block(inner({ inSwitch: true }), 0, 2),
          );
          return bodies.map((blocks) => {
            const lines = [`switch ((${subject}) % 4) {`];
            labels.forEach((label, index) => {
              const [, grouped, breaks] = cases.find(([l]) => l === label)!;
              lines.push(`  case ${label}:`);
              if (grouped) return; // an empty case falls into the next one
              lines.push(...indent(indent(blocks[index]!)));
              if (breaks) lines.push("    break;");
            });
            if (withDefault) lines.push("  default:", ...indent(indent(blocks[labels.length]!)));
            lines.push("}");
            return lines;
          });
        }),
      weight: 2,
    },
  ];
  return fc.oneof(...simple, ...compound);
}

function block(scope: Scope, min: number, max: number): fc.Arbitrary<string[]> {
  return fc
    .tuple(fc.array(fc.constant(null), { minLength: min, maxLength: max }), fc.nat(1000))
    .chain(([slots, tag]) => {
      // An optional block constant first, readable by what follows.
      const name = `c${scope.prefix}${tag}`;
      const withConst = intTerm(scope, 1).chain((init) =>
        fc
          .tuple(
            ...slots.map(() =>
              statement({ ...scope, ints: [...scope.ints, name], prefix: `${scope.prefix}${tag}` }),
            ),
          )
          .map((stmts) => [`const ${name} = ${init};`, ...stmts.flat()]),
      );
      const plain = fc
        .tuple(...slots.map(() => statement({ ...scope, prefix: `${scope.prefix}${tag}` })))
        .map((s) => s.flat());
      return slots.length === 0
        ? fc.constant<string[]>([])
        : fc.oneof({ arbitrary: plain, weight: 3 }, { arbitrary: withConst, weight: 1 });
    });
}

/** A whole module: one function with an imperative body, run over 2–3 argument tuples. */
export const imperativeProgram: fc.Arbitrary<string> = fc
  .tuple(
    fc.shuffledSubarray(LOCAL_NAMES, { minLength: 2, maxLength: 3 }),
    fc.array(fc.tuple(smallInt, smallInt, fc.array(smallInt, { maxLength: 5 })), {
      minLength: 2,
      maxLength: 3,
    }),
    fc.boolean(),
  )
  .chain(([locals, calls, declaration]) => {
    const result = `[${locals.join(", ")}, s, flag, out, n, hits, seen]`;
    const scope: Scope = {
      ints: ["a", "b", ...locals],
      mutable: locals,
      loopDepth: 0,
      inSwitch: false,
      depth: 2,
      prefix: "",
      result,
    };
    return fc
      .tuple(
        fc.array(intTerm({ ...scope, ints: ["a", "b"], locals: false }, 1), {
          minLength: locals.length,
          maxLength: locals.length,
        }),
        block(scope, 2, 5),
      )
      .map(([inits, body]) => {
        const lines = [
          ...locals.map((name, i) => `let ${name} = ${inits[i]};`),
          'let s = "";',
          "let flag = false;",
          "let n: number | null = null;",
          "const out: number[] = [];",
          "let hits = 0;",
          "const seen: Record<string, number> = {};",
          "const rec: Record<string, number> = { zeta: a, alpha: 2, mid: b, beta: a - b };",
          ...body,
          `return ${result};`,
        ];
        const signature =
          "(a: number, b: number, xs: number[]): (number | string | boolean | number[] | null | Record<string, number>)[]";
        const head = declaration ? `function run${signature} {` : `const run = ${signature} => {`;
        const text = [head, ...indent(lines), declaration ? "}" : "};"];
        const runs = calls.map(([a, b, xs]) => `run(${lit(a)}, ${lit(b)}, [${xs.map(lit).join(", ")}])`);
        return `${text.join("\n")}\nexport default [${runs.join(", ")}];\n`;
      });
  });
