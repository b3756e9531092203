// Property: every string printed with escapeNixString evaluates, in the real Nix, back to exactly itself.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeNixString } from "../../../compiler/src/printer/strings.js";
import { evalFileJson, nixAvailable } from "../../support/nix.js";

const BATCH = 20_000;
const RUNS = 5;

// Nix strings are NUL-terminated C strings, so NUL cannot be represented (escapeNixString refuses it); the
// generators below exclude it. fast-check's units never produce lone surrogates, which UTF-8 cannot encode.
const withoutNul = (s: string) => s.replaceAll("\0", "");
const syntaxUnit = fc.constantFrom(
  "$",
  "{",
  "}",
  "\\",
  '"',
  "'",
  "\n",
  "\t",
  "\r",
  "${",
  "$${",
  "''",
  "#",
  "a",
);
const stringArb = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }).map(withoutNul),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: "binary-ascii", maxLength: 12 }).map(withoutNul),
  fc.string({ unit: syntaxUnit, maxLength: 16 }),
  fc.string({
    unit: fc.oneof(syntaxUnit, fc.string({ unit: "binary", minLength: 1, maxLength: 1 }).map(withoutNul)),
    maxLength: 16,
  }),
);

describe.skipIf(!nixAvailable())("escapeNixString round trip (checked with nix-instantiate)", () => {
  it(`reproduces ${BATCH * RUNS} generated strings exactly`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tsnix-escape-"));
    const file = path.join(dir, "strings.nix");
    try {
      fc.assert(
        fc.property(fc.array(stringArb, { minLength: BATCH, maxLength: BATCH }), (strings) => {
          // One literal per line: a file, not argv, because of argument length limits.
          fs.writeFileSync(file, `[\n${strings.map((s) => `"${escapeNixString(s)}"`).join("\n")}\n]\n`);
          const result = evalFileJson(file);
          if (!result.ok) throw new Error(result.error);
          const values = result.value as string[];
          const mismatches = strings.flatMap((s, i) =>
            values[i] === s ? [] : [{ input: s, nix: values[i] }],
          );
          expect(mismatches.slice(0, 5)).toEqual([]);
          expect(values).toHaveLength(strings.length);
        }),
        // Shrinking a 20,000-string batch would take one nix run per step; the message shows the mismatches.
        { numRuns: RUNS, endOnFailure: true },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
