// Refuses using the result of an in-place `.sort` on an array that is also read elsewhere (TSNIX1138): JavaScript
// would show the sorted order there too. Sort it as a statement of its own, or use toSorted.
const ports = [443, 22, 80];
export default { sorted: ports.sort((a, b) => a - b), original: ports };
