// The whole-program generators of each property family (also mutated by the robustness tests).
import fc from "fast-check";
import { arrayObservation, intArray, stringArrayProgram } from "./arrays.js";
import { type Code, declsOf, moduleOf } from "./code.js";
import { statementFunctionProgram } from "./function-bodies.js";
import { imperativeProgram } from "./imperative.js";
import {
  closureProgram,
  curriedProgram,
  defaultsProgram,
  destructuringProgram,
  recursionProgram,
  shadowingProgram,
} from "./functions.js";
import { boolTerm, floatTerm, intTerm, TOP_SCOPE } from "./numbers.js";
import { entriesProgram, objectAccessProgram } from "./object-access.js";
import { objectLiteral } from "./objects.js";
import { stringObservation, strTerm } from "./strings.js";

/** `export default t` for one term, or for an array of 2–`max` terms. */
function singleOrTuple(term: fc.Arbitrary<Code>, max: number, tupleWeight = 1): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: term.map((t) => moduleOf(t)), weight: 3 },
    {
      arbitrary: fc
        .array(term, { minLength: 2, maxLength: max })
        .map((ts) => moduleOf({ code: `[${ts.map((t) => t.code).join(", ")}]`, decls: declsOf(...ts) })),
      weight: tupleWeight,
    },
  );
}

export const arithmeticPrograms: fc.Arbitrary<string> = singleOrTuple(
  fc.oneof(
    { arbitrary: intTerm(TOP_SCOPE, 3), weight: 4 },
    { arbitrary: floatTerm(TOP_SCOPE, 3), weight: 3 },
    { arbitrary: boolTerm(TOP_SCOPE, 3), weight: 2 },
  ),
  4,
);

export const stringPrograms: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: strTerm(TOP_SCOPE, 2).map((t) => moduleOf(t)), weight: 3 },
  {
    arbitrary: singleOrTuple(
      fc.oneof(
        { arbitrary: strTerm(TOP_SCOPE, 2), weight: 3 },
        { arbitrary: stringObservation(TOP_SCOPE, 1), weight: 2 },
      ),
      4,
      3,
    ),
    weight: 2,
  },
);

export const objectPrograms: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: objectLiteral(2).map((o) => moduleOf(o)), weight: 4 },
  { arbitrary: objectAccessProgram, weight: 3 },
  { arbitrary: entriesProgram, weight: 1 },
);

export const arrayPrograms: fc.Arbitrary<string> = singleOrTuple(
  fc.oneof(
    { arbitrary: intArray(2), weight: 3 },
    { arbitrary: arrayObservation(1), weight: 3 },
    { arbitrary: stringArrayProgram(1), weight: 1 },
  ),
  3,
);

export const functionPrograms: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: statementFunctionProgram, weight: 5 },
  { arbitrary: curriedProgram, weight: 2 },
  { arbitrary: destructuringProgram, weight: 2 },
  { arbitrary: defaultsProgram, weight: 2 },
  { arbitrary: closureProgram, weight: 2 },
  { arbitrary: shadowingProgram, weight: 2 },
  { arbitrary: recursionProgram, weight: 1 },
);

export const allPrograms: fc.Arbitrary<string> = fc.oneof(
  arithmeticPrograms,
  stringPrograms,
  objectPrograms,
  arrayPrograms,
  functionPrograms,
  imperativeProgram,
);
