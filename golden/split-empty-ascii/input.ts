// `.split("")` cuts ASCII text into characters (checked when evaluated: other text would split differently).
const letters = (s: string) => s.split("");
export default { known: "nas".split(""), unknown: letters("a b"), none: letters("") };
