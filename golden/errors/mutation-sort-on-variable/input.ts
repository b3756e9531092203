// Refuses the in-place `.sort` on an array that is also read elsewhere (TSNIX1210): JavaScript would show the
// sorted order there too. Use toSorted.
const ports = [443, 22, 80];
export default { sorted: ports.sort((a, b) => a - b), original: ports };
