// Blocking type inference from a position without TypeScript's `NoInfer`. TypeScript (6.0) wrongly rejects an
// object literal assigned to `NoInfer<A | B> | C` when C is another object type (`{ host: "x" }` against
// `NoInfer<{ host?: string } | null> | MkIf<…>`: "Type 'string' is not assignable to type 'undefined'"), and a
// `NoInfer` split per member keeps it from inferring the type mk* calls wrap. The older idiom below blocks
// inference just as well and is plainly T once T is known.

/** T, from which TypeScript infers nothing. */
export type Uninferred<T> = [T][T extends unknown ? 0 : never];
