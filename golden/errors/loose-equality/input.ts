// Refuses `==` between values that JS would coerce (TSNIX1202).
const port = (n: number | string) => n == 22;
export default { ssh: port("22") };
