// Refuses regular expression literals (TSNIX1112).
const digits = /[0-9]+/;
export default { ok: digits.source.length };
