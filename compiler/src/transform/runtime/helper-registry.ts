// Runtime helpers: small Nix functions that give JavaScript semantics where no builtin does (slice with negative
// indices, JS number-to-string, …). A file's output binds exactly the helpers it uses, in a `let` at its top.
import type { Expr } from "../../nix/ast.js";
import { ident } from "../../nix/ast.js";

export interface RuntimeHelper {
  /** The Nix name the helper is bound to; reserved in every file so user bindings never take it. */
  readonly name: string;
  /** Other helpers its definition refers to. */
  readonly uses: readonly string[];
  /** The definition, usually a lambda, built from builtins only. */
  readonly definition: () => Expr;
}

const catalogue = new Map<string, RuntimeHelper>();

/** Registers helpers; called once by each helper-defining file at import time. */
export function defineHelpers(...helpers: readonly RuntimeHelper[]): void {
  for (const helper of helpers) {
    if (catalogue.has(helper.name)) throw new Error(`internal: runtime helper ${helper.name} defined twice`);
    catalogue.set(helper.name, helper);
  }
}

export function allHelperNames(): ReadonlySet<string> {
  return new Set(catalogue.keys());
}

/** The helpers one file uses, collected during its lowering. */
export class HelperUsage {
  private readonly used = new Set<string>();

  /** A reference to the helper, recording its use (and that of the helpers it needs). */
  use(name: string): Expr {
    this.require(name);
    return ident(name);
  }

  private require(name: string): void {
    if (this.used.has(name)) return;
    const helper = catalogue.get(name);
    if (!helper) throw new Error(`internal: unknown runtime helper ${name}`);
    this.used.add(name);
    for (const dependency of helper.uses) this.require(dependency);
  }

  /** The used helpers in a stable (alphabetical) order, with their definitions. */
  definitions(): readonly { readonly name: string; readonly value: Expr }[] {
    return [...this.used].sort().map((name) => ({ name, value: catalogue.get(name)!.definition() }));
  }
}
