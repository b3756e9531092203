// `NoInfer` applied to each member of a union. TypeScript (6.0) wrongly rejects an object literal assigned to
// `NoInfer<A | B> | C` when C is another object type (`{ host: "x" }` against `NoInfer<{ host?: string } | null> |
// MkIf<…>`: "Type 'string' is not assignable to type 'undefined'"); `NoInfer<A> | NoInfer<B> | C` is checked right.

/** `NoInfer<A> | NoInfer<B>` for `A | B`: blocks inference like `NoInfer<A | B>`. */
export type NoInferEach<T> = T extends unknown ? NoInfer<T> : never;
