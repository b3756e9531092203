// Refuses parseInt with a radix other than 10 (TSNIX1401).
export default { mode: parseInt("755", 8) };
