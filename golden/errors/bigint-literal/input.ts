// Refuses BigInt (TSNIX1120).
const big = 10n;
export default { isBig: typeof big === "bigint" };
