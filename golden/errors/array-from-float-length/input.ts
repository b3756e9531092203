// Refuses a non-integer length in Array.from (TSNIX1212).
export default { xs: Array.from({ length: 2.5 }, (_, i) => i) };
