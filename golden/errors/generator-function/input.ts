// Refuses generators (TSNIX1108).
function* ports(): Generator<number> {
  yield 22;
}
export default { ports: typeof ports };
