// Options that take the file of a secret (`passwordFile`, `environmentFile`, `services.x.tokenFile`, …): their
// string and path types become `SecretPath`, which only `sopsSecret`, `ageSecret` and `secretFile` return, so a
// literal string — a secret pasted in, or a path typed by hand without saying it holds a secret — is a type error at
// its line. Which options these are is decided by name; the default rule below covers the names NixOS,
// home-manager and the secret tools use (measured on the NixOS options of December 2024: 107 passwordFile,
// 64 environmentFile, 47 basicAuthFile, 23 keyFile, …), and `tsnix types --secret-options REGEX` replaces it.
import { library, unionOf, type TypeModel } from "./type-model.js";

export interface SecretOptionRule {
  /** Whether the option at `loc` takes a secret's file. */
  readonly matches: (loc: readonly string[]) => boolean;
  /** How the rule reads, for the JSDoc and the report. */
  readonly description: string;
}

/** `passwordFile`, `password_file`, `environmentFiles`, `tlsKeyFile`, `client_secret_file`, `secretKeyBaseFile`, … */
const FILE_NAME = /_?files?$/i;
const SECRET_WORD = /password|passwd|secret|token|credential/i;
const SECRET_STEM = /(key|auth|environment)$/i;
/** Names that match the pattern but hold public material: keys others may read, lists of authorized keys. */
const PUBLIC_FILE_NAME = /(public_?key|authorized_?keys?|authorized_?principals?|known_?hosts?)_?files?$/i;
/**
 * The secret tools' own settings (`sops.age.keyFile`, `age.identityPaths`): where they find their keys on the
 * machine, put there by hand at install time — not secrets the configuration hands out.
 */
const SECRET_TOOL_NAMESPACES = new Set(["sops", "age"]);

export const DEFAULT_SECRET_OPTIONS: SecretOptionRule = {
  matches: (loc) => {
    const name = loc[loc.length - 1] ?? "";
    if (loc.length > 1 && SECRET_TOOL_NAMESPACES.has(loc[0]!)) return false;
    if (!FILE_NAME.test(name) || PUBLIC_FILE_NAME.test(name)) return false;
    const stem = name.replace(FILE_NAME, "");
    return SECRET_WORD.test(stem) || SECRET_STEM.test(stem);
  },
  description: "options named like passwordFile, environmentFile, keyFile, tokenFile, credentialsFile",
};

/** A rule from `--secret-options REGEX`: the option's name (its last path word) matches REGEX. */
export function secretOptionsMatching(pattern: RegExp): SecretOptionRule {
  return {
    matches: (loc) => pattern.test(loc[loc.length - 1] ?? ""),
    description: `options whose name matches /${pattern.source}/${pattern.flags}`,
  };
}

/** No option demands a secret reference (`--no-secret-options`). */
export const NO_SECRET_OPTIONS: SecretOptionRule = { matches: () => false, description: "none" };

/**
 * The type with every string-like leaf (`string`, `PathValue`) replaced by `SecretPath`, through nullOr, listOf,
 * attrsOf and unions; undefined when the type has no such leaf (a boolean `generateKeyFile` stays as it is).
 * References to declared types are left alone: a submodule's own options are judged by their own names.
 */
export function demandSecret(type: TypeModel): TypeModel | undefined {
  switch (type.kind) {
    case "keyword":
      return type.keyword === "string" ? secretPath : undefined;
    case "library":
      if (type.name === "PathValue") return secretPath;
      if (type.name === "Definition") return rewrap(type.args[0], (inner) => library("Definition", inner));
      return undefined;
    case "list":
      return rewrap(type.element, (element) => ({ kind: "list", element }));
    case "record":
      return rewrap(type.value, (value) => ({ kind: "record", value }));
    case "union": {
      const members = type.members.map((member) => demandSecret(member));
      if (members.every((m) => m === undefined)) return undefined;
      return unionOf(members.map((m, i) => m ?? type.members[i]!));
    }
    default:
      return undefined;
  }
}

const secretPath = library("SecretPath");

function rewrap(inner: TypeModel | undefined, wrap: (inner: TypeModel) => TypeModel): TypeModel | undefined {
  const replaced = inner && demandSecret(inner);
  return replaced && wrap(replaced);
}
