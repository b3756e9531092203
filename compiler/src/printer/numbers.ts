// Number literals in the forms Nix 2.8's lexer reads back as the same value.

export function formatNixInt(value: bigint): string {
  return value.toString();
}

const SMALLEST_NORMAL = 2 ** -1022;
// Nix rejects subnormal literals ("invalid float": strtod reports ERANGE), so they are written as an exact product.
const SUBNORMAL_SCALE = 64;

/**
 * A finite double as a Nix float literal: always with a dot (`1e3` is `1` applied to `e3` in Nix) and with the
 * shortest digits that round-trip (Nix reads literals with strtod, which rounds correctly).
 */
export function formatNixFloat(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`internal: non-finite float literal ${value}`);
  if (value < 0 || Object.is(value, -0)) return `-${formatNixFloat(-value)}`;
  const factors = subnormalFactors(value);
  return factors === undefined ? formatNormalFloat(value) : `(${factors[0]} * ${factors[1]})`;
}

/**
 * A non-negative subnormal float as two normal literals whose product it is (scaling by a power of two is exact
 * both ways, and the product rounds to exactly `value`); undefined for a normal float.
 */
export function subnormalFactors(value: number): readonly [string, string] | undefined {
  if (value === 0 || value >= SMALLEST_NORMAL) return undefined;
  return [formatNormalFloat(value * 2 ** SUBNORMAL_SCALE), formatNormalFloat(2 ** -SUBNORMAL_SCALE)];
}

/** A non-negative normal float (or zero) as a literal. */
export function formatNormalFloat(value: number): string {
  const text = String(value);
  const exponentAt = text.indexOf("e");
  if (exponentAt < 0) return text.includes(".") ? text : `${text}.0`;
  const mantissa = text.slice(0, exponentAt);
  const exponent = text.slice(exponentAt + 1).replace("+", "");
  return `${mantissa.includes(".") ? mantissa : `${mantissa}.0`}e${exponent}`;
}
