// Collection types and how definitions from two modules merge: listOf (concatenated), nonEmptyListOf, attrsOf and
// lazyAttrsOf (merged by name, values by their own type), attrs (shallow: later wins), anything (deep merge of
// sets, equal values elsewhere), raw (a single definition).
import { defineModule, mkOption, types } from "tsnix";
import second from "./second";

export default defineModule({
  imports: [second],
  options: {
    coll: {
      matrix: mkOption({ type: types.listOf(types.listOf(types.int)), default: [] }),
      some: mkOption({ type: types.nonEmptyListOf(types.str), default: ["x"] }),
      tags: mkOption({ type: types.attrsOf(types.listOf(types.str)), default: {} }),
      lazy: mkOption({ type: types.lazyAttrsOf(types.int), default: {} }),
      nested: mkOption({ type: types.attrsOf(types.attrsOf(types.bool)), default: {} }),
      shallow: mkOption({ type: types.attrs, default: {} }),
      deep: mkOption({ type: types.anything, default: {} }),
      raw: mkOption({ type: types.raw }),
    },
  },
  config: {
    coll: {
      matrix: [[1, 2], []],
      some: ["first"],
      tags: { web: ["http"], db: [] },
      lazy: { a: 1 },
      nested: { x: { on: true } },
      shallow: { a: { keep: 1 }, b: 1 },
      deep: { settings: { a: 1, list: [1] }, name: "n", same: true, same2: ["x"] },
      raw: { anything: ["goes", 1, null, { here: true }] },
    },
  },
});
