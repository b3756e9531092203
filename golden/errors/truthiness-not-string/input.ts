// Refuses `!` applied to a string (TSNIX1200).
const isEmpty = (s: string) => !s;
export default { empty: isEmpty("") };
