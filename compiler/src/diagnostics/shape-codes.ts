// The diagnostics of values whose shape their type does not pin (issue 13: function arity seen through function
// types, arrays and strings seen as objects, destructuring that does not fit the value): codes 1250–1259 and
// 1310–1319, spread into `Diagnostics` in codes.ts.
import type { DiagnosticTemplate } from "./diagnostic.js";

const error = (code: number, message: string): DiagnosticTemplate => ({ code, message });

export const shapeDiagnostics = {
  nestedArityView: (path: string, own: number, seen: number) =>
    error(
      1250,
      `The function at '${path}' takes ${own} parameter(s), but this place sees it as a function of ${seen}: a call through that view would pass ${seen} argument(s), and Nix functions cannot tell how many they were given. Give the function the parameters of the type it is seen as, or pass it on its own (a function value is adapted where it flows).`,
    ),
  untypedFunctionView: (type: string) =>
    error(
      1251,
      `A value of type '${type}' is seen here as holding functions: tsnix cannot know how many parameters they take. Keep the function's own type up to this point.`,
    ),
  kindDependentMember: (name: string, kinds: string) =>
    error(
      1252,
      `'${name}' is read from a value whose type also admits ${kinds}: JavaScript reads it from their prototype, with a meaning tsnix cannot reproduce for every value. Give the value a narrower type.`,
    ),
  patternKind: (what: string) =>
    error(1253, `This pattern reads ${what}; give the value a type whose kind the pattern fits.`),
} as const;
