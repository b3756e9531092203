// String escaping, attribute-name quoting and number literals: exact text, and the value Nix reads back.
import { describe, expect, it } from "vitest";
import type { Expr } from "../../../compiler/src/nix/ast.js";
import {
  float,
  ident,
  int,
  letIn,
  bind,
  list,
  path,
  select,
  staticKey,
  str,
  attrs,
} from "../../../compiler/src/nix/ast.js";
import { formatNixFloat } from "../../../compiler/src/printer/numbers.js";
import { printNixExpression } from "../../../compiler/src/printer/print-nix.js";
import { escapeNixString, printAttrName } from "../../../compiler/src/printer/strings.js";
import { evalJson } from "../../support/nix.js";

const escapes: [string, string][] = [
  ["", ""],
  ["plain", "plain"],
  ['"', '\\"'],
  ["\\", "\\\\"],
  ["\\n", "\\\\n"],
  ["a\nb", "a\\nb"],
  ["a\r\nb", "a\\r\\nb"],
  ["\t", "\\t"],
  ["${x}", "\\${x}"],
  ["$${x}", "$\\${x}"],
  ["$", "$"],
  ["$$", "$$"],
  ["a$b", "a$b"],
  ["{", "{"],
  ["}", "}"],
  ["$}", "$}"],
  ["''", "''"],
  ["''${", "''\\${"],
  ["é ünï 😀 中文", "é ünï 😀 中文"],
  ["\u0001\u007f\u00a0", "\u0001\u007f\u00a0"],
];

describe("escapeNixString", () => {
  it.each(escapes)("%j", (input, expected) => {
    expect(escapeNixString(input)).toBe(expected);
  });
  it("refuses NUL, which Nix strings cannot hold", () => {
    expect(() => escapeNixString("a\0b")).toThrow(/NUL/);
  });
  it("refuses lone surrogates, which UTF-8 cannot encode", () => {
    expect(() => escapeNixString("a\uD800b")).toThrow(/surrogate/);
  });
  it("evaluates back to the original in Nix", () => {
    const inputs = escapes.map(([input]) => input);
    const result = evalJson(`[ ${inputs.map((s) => `"${escapeNixString(s)}"`).join(" ")} ]`);
    expect(result).toEqual({ ok: true, value: inputs });
  });
});

const x = ident("x");
const interpolations: [string, Expr, string, string][] = [
  ["plain interpolation", str("a", x, "b"), '"a${x}b"', "aXb"],
  ["literal ${ before interpolation", str("${", x), '"\\${${x}"', "${X"],
  // `"$${x}"` would be the literal text `$${x}` in Nix.
  ["$ right before interpolation", str("$", x), '"\\$${x}"', "$X"],
  ["$$ right before interpolation", str("$$", x), '"$\\$${x}"', "$$X"],
  ["\\ right before interpolation", str("\\", x), '"\\\\${x}"', "\\X"],
  ["$ right after interpolation", str(x, "$"), '"${x}$"', "X$"],
  ["{ right after interpolation", str(x, "{"), '"${x}{"', "X{"],
  ["$ between interpolations", str(x, "$", x), '"${x}\\$${x}"', "X$X"],
  ["only interpolation", str(x), '"${x}"', "X"],
  ["nested string", str("<", str("$", x), ">"), '"<\\$${x}>"', "<$X>"],
];

describe("string literals with interpolations", () => {
  it.each(interpolations)("%s", (_name, expr, expected) => {
    expect(printNixExpression(expr)).toBe(expected);
  });
  it("evaluate to the intended text", () => {
    const texts = interpolations.map(([, expr]) => printNixExpression(expr));
    const result = evalJson(`let x = "X"; in [ ${texts.map((t) => `(${t})`).join(" ")} ]`);
    expect(result).toEqual({ ok: true, value: interpolations.map(([, , , value]) => value) });
  });
});

const names: [string, string][] = [
  ["a", "a"],
  ["a-b", "a-b"],
  ["a'", "a'"],
  ["_x", "_x"],
  ["if", '"if"'],
  ["or", '"or"'],
  ["inherit", '"inherit"'],
  ["true", "true"],
  ["a.b", '"a.b"'],
  ["", '""'],
  ["1a", '"1a"'],
  ["a b", '"a b"'],
  ["${x}", '"\\${x}"'],
  ['"q"', '"\\"q\\""'],
  ["é", '"é"'],
];

describe("attribute names", () => {
  it.each(names)("%j", (name, expected) => {
    expect(printAttrName(name)).toBe(expected);
  });
  it("select and define the intended attributes in Nix", () => {
    const set = attrs(names.map(([name], i) => bind([staticKey(name)], int(i))));
    const selections = names.map(([name]) => select(ident("s"), [staticKey(name)]));
    const text = printNixExpression(letIn([bind("s", set)], list(selections)));
    expect(evalJson(text)).toEqual({ ok: true, value: names.map((_, i) => i) });
  });
});

const floats: [number, string][] = [
  [0, "0.0"],
  [1, "1.0"],
  [0.5, "0.5"],
  [0.1, "0.1"],
  [123.456, "123.456"],
  [1e21, "1.0e21"],
  [1.5e21, "1.5e21"],
  [1e-7, "1.0e-7"],
  [2.5e-300, "2.5e-300"],
  [Number.MAX_VALUE, "1.7976931348623157e308"],
  [Number.MIN_VALUE, "(9.113902524445497e-305 * 5.421010862427522e-20)"],
  [-2, "-2.0"],
];

describe("numbers", () => {
  it.each(floats)("float %d", (value, expected) => {
    expect(formatNixFloat(value)).toBe(expected);
    expect(printNixExpression(float(value))).toBe(expected);
  });
  it("floats read back as the same double (compared in Nix with builtins.fromJSON)", () => {
    const checks = floats.map(([v]) => `(${formatNixFloat(v)} == builtins.fromJSON "${v.toExponential()}")`);
    expect(evalJson(`[ ${checks.join(" ")} ]`)).toEqual({ ok: true, value: floats.map(() => true) });
  });
  it("prints ints in decimal, negatives as negation", () => {
    expect(printNixExpression(int(9007199254740993n))).toBe("9007199254740993");
    expect(printNixExpression(int(-3))).toBe("-3");
    expect(printNixExpression(list([int(-3), float(-1)]))).toBe("[\n  (-3)\n  (-1.0)\n]");
  });
  it("prints paths as written", () => {
    expect(printNixExpression(path("./hardware-configuration.nix"))).toBe("./hardware-configuration.nix");
  });
});
