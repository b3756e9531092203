import { defineModule } from "tsnix";

export default defineModule({
  config: {
    coll: {
      matrix: [[3]],
      some: ["second"],
      tags: { web: ["https"], cache: ["redis"] },
      lazy: { b: 2 },
      nested: { x: { off: false }, y: {} },
      shallow: { a: { replaced: 2 } },
      deep: { settings: { b: 2 }, same: true, same2: ["x"] },
    },
  },
});
