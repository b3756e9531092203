// Refuses tagged templates other than tsnix's own (TSNIX1119).
const tag = (parts: TemplateStringsArray, n: number) => parts.length + n;
export default { n: tag`x${1}y` };
