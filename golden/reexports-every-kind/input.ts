// Re-exports of every kind: an imported binding exported again, `export { a as b } from`, `export *` (a local
// export wins over a star), `export * as ns from`, and `export { default } from`.
import * as via from "./via";
import * as star from "./star";
import settings from "./settings";

export default { via, star, settings };
