// Every diagnostic tsnix reports, as named factories with stable codes. Tests assert on codes, never on messages.
// Ranges: 1000–1099 command line and project, 1100–1199 unsupported syntax, 1200–1299 JS semantics Nix cannot
// reproduce, 1300–1399 names, modules and imports, 1400–1499 library members, 1500–1599 option typings.
import type { DiagnosticTemplate } from "./diagnostic.js";

const error = (code: number, message: string): DiagnosticTemplate => ({ code, message });

export const Diagnostics = {
  // --- command line and project -----------------------------------------------------------------------------
  fileNotFound: (file: string) => error(1001, `File not found: ${file}`),
  notATypeScriptFile: (file: string) => error(1002, `Expected a .ts file, got '${file}'.`),
  noDefaultExport: () =>
    error(1003, "This file has no default export; write `export default <expression>` for tsnix to compile."),
  outputNotWritable: (file: string, reason: string) => error(1004, `Cannot write '${file}': ${reason}`),

  // --- unsupported syntax -------------------------------------------------------------------------------------
  unsupportedSyntax: (what: string) => error(1100, `${what} is not supported by tsnix.`),
  classNotSupported: () => error(1101, "Classes are not supported: use object literals and functions."),
  mutationNotSupported: (what: string) =>
    error(1102, `${what} is mutation, which Nix cannot express; use a new \`const\` instead.`),
  varNotSupported: () =>
    error(
      1103,
      "`var` declarations are not supported: declare values with `const` (or `let` without reassignment).",
    ),
  loopNotSupported: () =>
    error(1104, "Loops are not supported: use .map, .filter, .reduce or Array.from({ length: n }, f)."),
  thisNotSupported: () => error(1105, "`this` is not supported."),
  tryCatchNotSupported: () =>
    error(1106, "try/catch is not supported: Nix can only catch `throw` shallowly and loses the message."),
  asyncNotSupported: () => error(1107, "async functions and `await` are not supported."),
  generatorNotSupported: () => error(1108, "Generators and `yield` are not supported."),
  restParameterNotSupported: () => error(1109, "Rest parameters are not supported: pass an array instead."),
  statementNotSupported: (what: string) =>
    error(
      1110,
      `${what} is not supported in a function body; use \`const\`, \`if\`, \`return\` and \`throw\`.`,
    ),
  regexNotSupported: () => error(1112, "Regular expressions are not supported."),
  newNotSupported: (what: string) => error(1113, `\`new ${what}\` is not supported.`),
  deleteNotSupported: () => error(1114, "`delete` is mutation; build a new object without the key instead."),
  voidNotSupported: () => error(1115, "`void` is not supported."),
  labelNotSupported: () => error(1116, "Labels, `break` and `continue` are not supported."),
  switchNotSupported: () =>
    error(1117, "`switch` is not supported; use `if`/`return` or a ternary, or an object lookup."),
  commaNotSupported: () => error(1118, "The comma operator is not supported."),
  taggedTemplateNotSupported: () =>
    error(1119, "Tagged templates are not supported, except tsnix's own `nix`."),
  bigintNotSupported: () => error(1120, "BigInt is not supported."),
  getterSetterNotSupported: () => error(1121, "Getters and setters are not supported in object literals."),
  throwValueNotSupported: () =>
    error(1122, "Only `throw new Error(message)` or `throw message` with a string message can be compiled."),
  destructuringNotSupported: (what: string) => error(1123, `This destructuring (${what}) is not supported.`),
  optionalCallNotSupported: () => error(1124, "Optional calls `f?.()` are not supported."),
  spreadArgumentNotSupported: () => error(1125, "Spread arguments in calls are not supported."),
  declarationNotSupported: (what: string) => error(1126, `${what} declarations are not supported.`),
  exportNotSupported: (what: string) => error(1127, `${what} is not supported.`),

  // --- JS semantics Nix cannot reproduce ----------------------------------------------------------------------
  truthiness: (type: string) =>
    error(
      1200,
      `Nix conditions must be booleans, but this is '${type}'. Compare explicitly (e.g. \`x !== null\`, \`s !== ""\`, \`n !== 0\`).`,
    ),
  referenceEquality: (type: string) =>
    error(
      1201,
      `\`===\`/\`!==\` on '${type}' compares identity in JavaScript but structure in Nix. Compare primitive fields instead.`,
    ),
  looseEquality: () =>
    error(
      1202,
      "`==`/`!=` coerce operands in JavaScript; use `===`/`!==` (or `== null` to test for null/undefined).",
    ),
  mixedAddition: (left: string, right: string) =>
    error(1203, `\`+\` between '${left}' and '${right}' has no exact Nix equivalent.`),
  floatToString: () =>
    error(
      1204,
      "A non-integer number cannot be turned into text exactly (Nix prints 6 digits, JavaScript the shortest round trip). Round it first with Math.round/floor/ceil/trunc.",
    ),
  stringConversion: (type: string) =>
    error(1205, `'${type}' cannot be converted to a string exactly in Nix.`),
  insertionOrder: (what: string) =>
    error(
      1206,
      `${what} lists keys in insertion order in JavaScript but sorted by byte order in Nix. Sort the result (\`Object.keys(o).sort()\`) or consume it where order does not matter (Object.fromEntries, .length, .includes, .some, .every).`,
    ),
  utf16Length: () =>
    error(
      1207,
      "This string contains non-ASCII characters: JavaScript measures it in UTF-16 units, Nix in bytes, so lengths and positions differ.",
    ),
  nullUndefinedAmbiguous: (type: string) =>
    error(
      1208,
      `'${type}' may be both null and undefined; tsnix represents both as Nix null, so this distinction cannot be made.`,
    ),
  defaultSort: (type: string) =>
    error(
      1209,
      `\`sort()\` without a comparator sorts '${type}' as strings in JavaScript; pass a comparator.`,
    ),
  mutatingMethod: (method: string, instead: string) =>
    error(1210, `\`.${method}()\` mutates its array; use \`.${instead}()\` or call it on a fresh array.`),
  operatorNotSupported: (operator: string, why: string) => error(1211, `The operator \`${operator}\` ${why}`),
  integerRequired: (what: string) =>
    error(1212, `${what} must be an integer in Nix; round it with Math.floor/ceil/round/trunc.`),
  magicAttribute: (name: string) =>
    error(1213, `The key '${name}' has a special meaning to Nix (it changes what the attribute set is).`),
  numberOutOfRange: (text: string) =>
    error(
      1214,
      `The number ${text} cannot be represented exactly (not finite, or beyond Nix's 64-bit integers).`,
    ),
  unknownTypeof: () => error(1215, "`typeof` can only be compared with a string literal here."),
  callbackArity: (method: string) =>
    error(1216, `The callback of .${method} uses parameters Nix cannot provide (the array itself).`),
  replaceFirst: () =>
    error(
      1218,
      "`.replace` with a string replaces only the first match in JavaScript; Nix can only replace all. Use `.replaceAll`.",
    ),
  emptySplit: () =>
    error(
      1219,
      "`.split` needs a non-empty string separator (an empty one splits UTF-16 units in JavaScript).",
    ),
  unrepresentableText: () =>
    error(
      1223,
      "This text contains a NUL character or a lone UTF-16 surrogate, which a Nix string cannot hold.",
    ),
  undefinedMember: (what: string) =>
    error(
      1224,
      `${what} may hold members set to undefined: JavaScript lists them as keys, but tsnix leaves them out of the attribute set. Test values instead (\`o.k !== undefined\`).`,
    ),
  spreadMayEraseWithUndefined: (what: string, key: string) =>
    error(
      1225,
      `Spreading ${what} may set '${key}' to undefined: in JavaScript that erases the '${key}' set before it, but tsnix leaves undefined members out, so Nix would keep the earlier value. Write the member explicitly (\`${key}: o.${key} ?? earlier\`) or give '${key}' a type without undefined.`,
    ),
  jsonKeyOrder: (what: string) =>
    error(
      1222,
      `JSON.stringify writes keys in insertion order in JavaScript but sorted in Nix, and the order of ${what} cannot be proven sorted. Build the object with its keys in sorted order.`,
    ),

  // --- names, modules, imports --------------------------------------------------------------------------------
  unresolvedName: (name: string) =>
    error(1300, `Cannot resolve '${name}' to a declaration tsnix can compile.`),
  unsupportedImport: (specifier: string) =>
    error(
      1301,
      `Cannot import '${specifier}': only relative .ts files and the 'tsnix' library can be imported.`,
    ),
  namedImportFromDefaultModule: (name: string, file: string) =>
    error(
      1302,
      `'${name}' is imported by name from '${file}', which also has a default export; a compiled file has one value. Move '${name}' to its own file or drop the default export.`,
    ),
  globalNotSupported: (name: string) => error(1303, `The global '${name}' is not supported.`),
  untypedCall: () =>
    error(
      1304,
      "This call's target cannot be resolved (it is typed `any`); tsnix needs to know what it calls.",
    ),
  namespaceImportNotSupported: () =>
    error(1305, "`import * as` is only supported for the 'tsnix' library and files with named exports."),
  sideEffectImport: (specifier: string) =>
    error(1306, `Import of '${specifier}' for side effects has no meaning in Nix.`),
  ambientValue: (name: string) =>
    error(
      1308,
      `'${name}' is only declared (\`declare\`), so it has no value to compile; give it one, or import it from the file that defines it.`,
    ),
  globalFromOtherFile: (name: string, file: string) =>
    error(
      1307,
      `'${name}' is a global declared by the script '${file}'; compiled files share nothing but imports. Export it from that file and import it here.`,
    ),

  // --- library members ----------------------------------------------------------------------------------------
  unsupportedMember: (owner: string, member: string) =>
    error(1400, `\`${owner}.${member}\` has no exact Nix equivalent and is not supported.`),
  unsupportedArgument: (member: string, why: string) => error(1401, `\`${member}\`: ${why}`),

  // --- option typings -----------------------------------------------------------------------------------------
  schemaNotFound: (file: string) => error(1500, `Options schema not found: ${file}`),
  schemaUnreadable: (file: string, reason: string) =>
    error(1501, `Cannot read the options schema '${file}': ${reason}`),
  schemaWrongFormat: (file: string, reason: string) =>
    error(1502, `'${file}' is not an options schema in the tsnix-options-schema/1 format: ${reason}`),
  optionExtractionFailed: (message: string) => error(1503, `Cannot extract the option schema: ${message}`),
  typingsDirectoryNotOurs: (dir: string) =>
    error(
      1504,
      `Refusing to write typings into '${dir}': it exists and was not created by \`tsnix types\` (no .tsnix-generated marker). Choose another directory with -o, or remove it.`,
    ),
  typingsNotWritable: (dir: string, reason: string) =>
    error(1505, `Cannot write typings to '${dir}': ${reason}`),
} as const;

export type DiagnosticName = keyof typeof Diagnostics;
