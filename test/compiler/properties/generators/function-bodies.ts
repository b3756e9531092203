// Function bodies with statements: `const` declarations, `if` with and without `else`, early returns, branches that
// may fall through to the rest of the body, and nested blocks whose first `const` shadows an outer name (a
// parameter or an enclosing const) — the shapes that lower to nested `let … in` and `if … then … else`.
import fc from "fast-check";
import { scopeOf, trickyName } from "./names.js";
import { boolTerm, intTerm, type NumTerm, type NumVar } from "./numbers.js";

const MAX_VALUE = 2 ** 24;

type Vars = readonly NumVar[];

function scopeFor(vars: Vars) {
  return scopeOf(vars.map((v) => [v.name, v.kind, v.bound] as const));
}

function valueIn(vars: Vars, depth: number): fc.Arbitrary<NumTerm> {
  // Hoisted subterms (possible once no variable is in scope) would need top-level declarations: none here.
  return intTerm(scopeFor(vars), depth).filter((t) => t.bound <= MAX_VALUE && t.decls.length === 0);
}

/** Declare `name` in a scope, replacing any variable it shadows. */
const declare = (vars: Vars, name: string, bound: number): Vars => [
  ...vars.filter((v) => v.name !== name),
  { name, kind: "int", bound: 2 ** Math.ceil(Math.log2(Math.max(1, bound))) },
];

export interface Block {
  readonly lines: readonly string[];
  /** Every path through the block returns. */
  readonly returns: boolean;
}

/**
 * Statements for a block: `declared` are names already declared in this very block (they cannot be redeclared);
 * `mustReturn` asks for a block that returns on every path. `fresh` allows a shadowing const first.
 */
export function block(vars: Vars, depth: number, mustReturn: boolean, fresh: boolean): fc.Arbitrary<Block> {
  return statements(vars, new Set(), depth, mustReturn, fresh, 0);
}

function statements(
  vars: Vars,
  declared: ReadonlySet<string>,
  depth: number,
  mustReturn: boolean,
  first: boolean,
  length: number,
): fc.Arbitrary<Block> {
  const finish = valueIn(vars, 2).map((e): Block => ({ lines: [`return ${e.code};`], returns: true }));
  const stop = mustReturn ? finish : fc.oneof(finish, fc.constant<Block>({ lines: [], returns: false }));
  if (length >= 4) return stop;
  const names = trickyName.filter((n) => !declared.has(n) && (first || !vars.some((v) => v.name === n)));
  const declaration = fc.tuple(names, valueIn(vars, 2)).chain(([name, value]) => {
    // The initializer must not mention a variable the new const shadows (that would be its own TDZ).
    const shadows = vars.some((v) => v.name === name) && mentions(value.code, name);
    const init = shadows
      ? valueIn(
          vars.filter((v) => v.name !== name),
          1,
        )
      : fc.constant(value);
    return init.chain((e) =>
      statements(
        declare(vars, name, e.bound),
        new Set([...declared, name]),
        depth,
        mustReturn,
        false,
        length + 1,
      ).map((rest): Block => ({
        lines: [`const ${name} = ${e.code};`, ...rest.lines],
        returns: rest.returns,
      })),
    );
  });
  const options: fc.Arbitrary<Block>[] = [stop, declaration];
  if (depth > 0) {
    const condition = boolTerm(scopeFor(vars), 1);
    const inner = (returns: boolean) => block(vars, depth - 1, returns, true);
    options.push(
      // if (c) { … } — the branch may or may not return; the rest follows.
      fc.tuple(condition, fc.boolean()).chain(([c, branchReturns]) =>
        inner(branchReturns).chain((then) =>
          statements(vars, declared, depth, mustReturn, false, length + 1).map((rest): Block => ({
            lines: [`if (${c.code}) {`, ...indent(then.lines), "}", ...rest.lines],
            returns: rest.returns,
          })),
        ),
      ),
      // if (c) return e; — unbraced.
      fc.tuple(condition, valueIn(vars, 1)).chain(([c, e]) =>
        statements(vars, declared, depth, mustReturn, false, length + 1).map((rest): Block => ({
          lines: [`if (${c.code}) return ${e.code};`, ...rest.lines],
          returns: rest.returns,
        })),
      ),
      // if (c) { … } else { … } returning on both paths ends the block.
      fc.tuple(condition, inner(true), inner(true)).map(([c, then, otherwise]): Block => ({
        lines: [`if (${c.code}) {`, ...indent(then.lines), "} else {", ...indent(otherwise.lines), "}"],
        returns: true,
      })),
    );
  }
  return fc.oneof(...options);
}

const indent = (lines: readonly string[]) => lines.map((l) => `  ${l}`);

/** Does `code` use identifier `name`? */
export function mentions(code: string, name: string): boolean {
  const escaped = name.replace(/[$]/g, "\\$");
  return new RegExp(`(?<![\\w$\\u0080-\\uffff.])${escaped}(?![\\w$\\u0080-\\uffff])`, "u").test(code);
}

/** A function declaration or arrow with a statement body over `params`, called with several argument tuples. */
export const statementFunctionProgram: fc.Arbitrary<string> = fc
  .tuple(
    fc.uniqueArray(trickyName, { minLength: 2, maxLength: 4 }),
    fc.integer({ min: 1, max: 3 }),
    fc.boolean(),
  )
  .chain(([names, arity, declaration]) => {
    const [fnName, ...rest] = names as [string, ...string[]];
    const params = rest.slice(0, arity);
    const vars: Vars = params.map((name) => ({ name, kind: "int", bound: 1024 }));
    const args = fc.array(fc.integer({ min: -1000, max: 1000 }), {
      minLength: params.length,
      maxLength: params.length,
    });
    return fc
      .tuple(block(vars, 2, true, false), fc.array(args, { minLength: 1, maxLength: 4 }))
      .map(([body, calls]) => {
        const signature = `(${params.map((p) => `${p}: number`).join(", ")}): number`;
        const head = declaration ? `function ${fnName}${signature} {` : `const ${fnName} = ${signature} => {`;
        const text = [head, ...indent(body.lines), declaration ? "}" : "};"];
        const results = calls.map(
          (c) => `${fnName}(${c.map((n) => (n < 0 ? `(${n})` : String(n))).join(", ")})`,
        );
        return `${text.join("\n")}\nexport default [${results.join(", ")}];\n`;
      });
  });
