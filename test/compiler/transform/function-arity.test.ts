// Arity seen through function types (issue 13 cause 1, issue 12 cause 24): a function type's parameter list says
// nothing about how many parameters the function value takes — overloads, call signatures, unions of function
// types and wider/narrower views of a member all let a call pass fewer arguments than the function declares.
import { describeEvalCases } from "../../support/eval-cases.js";

describeEvalCases("function arity", [
  {
    name: "an overload with fewer parameters than the implementation",
    source:
      "function f(a: number): number;\nfunction f(a: number, b: number): number;\nfunction f(a: number, b?: number) { return a + (b ?? 100); }\nexport default [f(1), f(1, 2)];",
    expect: "same",
  },
  {
    name: "a member function seen through a narrower type",
    source:
      "type H = { run: (a: number) => number };\nconst impl = { run: (a: number, b?: number) => a + (b ?? 100) };\nconst h: H = impl;\nexport default h.run(1);",
    expect: "TSNIX1250",
  },
  {
    name: "a call signature in an interface",
    source:
      "interface F { (a: number): number }\nconst g = (a: number, b?: number) => a + (b ?? 7);\nconst f: F = g;\nexport default f(1);",
    expect: "same",
  },
  {
    name: "a union of function types",
    source:
      "type U = ((a: number) => number) | ((a: number, b: number) => number);\nconst g = (a: number, b?: number) => a + (b ?? 7);\nconst pick = (u: U) => u;\nconst f = pick(g) as (a: number) => number;\nexport default f(1);",
    expect: "same",
  },
  {
    name: "a parameter of function type receiving a wider function",
    source:
      "const apply = (f: (a: number) => number) => f(2);\nexport default apply((a: number, b?: number) => a * (b ?? 10));",
    expect: "same",
  },
  {
    name: "a function with defaults passed where fewer parameters are typed",
    source:
      "const apply = (f: (a: number) => number) => [f(2), f(3)];\nfunction g(a: number, b = 5) { return a + b; }\nexport default apply(g);",
    expect: "same",
  },
  {
    name: "a function called with more arguments than it takes",
    source:
      "const apply = (f: (a: number, b: number) => number) => f(2, 3);\nexport default apply((a) => a * 10);",
    expect: "same",
  },
  {
    name: "a function value stored in an array and called",
    source:
      "const fs: ((a: number) => number)[] = [(a: number, b?: number) => a + (b ?? 1), (a) => a];\nexport default fs.map((f) => f(5));",
    expect: "same",
  },
  {
    name: "a method with a rest parameter",
    source:
      "type H = { run: (a: number) => number };\nconst h: H = { run: (...xs: number[]) => xs.length };\nexport default h.run(4);",
    expect: "TSNIX1109",
  },
  {
    name: "overloads declared on a function called through a variable",
    source:
      "function f(a: string): string;\nfunction f(a: string, b: string): string;\nfunction f(a: string, b?: string) { return a + (b ?? '!'); }\nconst g = f;\nexport default [g('x'), g('x', 'y')];",
    expect: "same",
  },
  {
    name: "a generic function type view",
    source:
      "const wrap = <T,>(f: (x: T) => T, x: T) => f(x);\nexport default wrap((x: number, y?: number) => x + (y ?? 3), 1);",
    expect: "same",
  },
  {
    name: "a method written in an object literal typed with fewer parameters",
    source:
      "type H = { run(a: number): number };\nconst h: H = { run(a: number, b?: number) { return a + (b ?? 100); } };\nexport default h.run(1);",
    expect: "same",
  },
  {
    name: "an arrow member written in an object literal typed with more parameters",
    source:
      "type H = { run: (a: number, b: number) => number };\nconst h: H = { run: (a) => a * 2 };\nexport default h.run(1, 2);",
    expect: "same",
  },
  {
    name: "a member function passed through a generic constraint",
    source:
      "type H = { run: (a: number) => number };\nconst call = <T extends H>(t: T) => t.run(1);\nconst impl = { run: (a: number, b?: number) => a + (b ?? 100) };\nexport default call(impl);",
    expect: "TSNIX1250",
  },
  {
    name: "a member function passed as a parameter of a narrower type",
    source:
      "type H = { run: (a: number) => number };\nconst call = (h: H) => h.run(1);\nconst impl = { run: (a: number, b?: number) => a + (b ?? 100) };\nexport default call(impl);",
    expect: "TSNIX1250",
  },
  {
    name: "an array of objects with functions seen through a narrower type",
    source:
      "type H = { run: (a: number) => number };\nconst impls = [{ run: (a: number, b?: number) => a + (b ?? 100) }];\nconst hs: H[] = impls;\nexport default hs[0]!.run(1);",
    expect: "TSNIX1250",
  },
  {
    name: "a function returned by a function seen through a narrower type",
    source:
      "type Mk = () => (a: number) => number;\nconst mk = () => (a: number, b?: number) => a + (b ?? 100);\nconst m: Mk = mk;\nexport default m()(1);",
    expect: "TSNIX1250",
  },
  {
    name: "an overloaded interface implemented by a declared function",
    source:
      "interface F { (a: number): number; (a: number, b: number): number }\nfunction impl(a: number, b?: number) { return a * (b ?? 3); }\nconst f: F = impl;\nexport default [f(2), f(2, 5)];",
    expect: "same",
  },
  {
    name: "an overloaded function with more overload parameters than the implementation",
    source:
      "function f(a: number): number;\nfunction f(a: number, b: number, c: number): number;\nfunction f(a: number, b?: number) { return a + (b ?? 1); }\nexport default [f(1), f(1, 2, 3)];",
    expect: "same",
  },
  {
    name: "a member function with the same parameters through a view",
    source:
      "type H = { run: (a: number) => number; name: string };\nconst impl = { run: (a: number) => a + 1, name: 'x', extra: true };\nconst h: H = impl;\nexport default h.run(1);",
    expect: "same",
  },
  {
    name: "a callback passed to map that takes an optional second parameter",
    source: "const f = (a: number, b?: number) => a + (b ?? 100);\nexport default [1, 2].map((x) => f(x));",
    expect: "same",
  },
]);
