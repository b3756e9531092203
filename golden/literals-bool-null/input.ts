// Pins booleans and null as values, in lists and attribute sets.
const flags = { enable: true, debug: false, proxy: null };
export default { flags, list: [true, false, null], nested: { value: null, on: true } };
