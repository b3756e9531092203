// flake.ts must export a defineFlake(…) call.
export default { inputs: {} };
