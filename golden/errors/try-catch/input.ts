// Refuses try/catch (TSNIX1106).
const parse = (s: string): number => {
  try {
    return JSON.parse(s) as number;
  } catch {
    return 0;
  }
};
export default { n: parse("1") };
