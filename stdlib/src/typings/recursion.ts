// Recursive option types (a JSON-like `valueType` that contains itself, home-manager's `specialisation` whose
// `configuration` is the whole home-manager tree) reach the schema unrolled until the walker cut them. This finds,
// for each such repetition, the enclosing type it repeats, so the generator declares that type once, by name, and
// refers to it instead of unrolling.
import { isCompoundName } from "./map-type.js";
import type { SchemaType } from "./schema.js";

export interface RecursionInfo {
  /** A type node → the enclosing node it repeats (possibly the root pseudo-type: the whole option set). */
  readonly redirects: ReadonlyMap<SchemaType, SchemaType>;
  /** The nodes some redirect points to: declared once, by name. */
  readonly targets: ReadonlySet<SchemaType>;
}

/** The root of an option set seen as a submodule, so that a submodule repeating the whole set can refer to it. */
export function rootPseudoType(options: SchemaType["options"]): SchemaType {
  return { name: "submodule", options: options ?? [] };
}

export function findRecursion(root: SchemaType): RecursionInfo {
  const redirects = new Map<SchemaType, SchemaType>();
  const targets = new Set<SchemaType>();
  // ancestors[i] and whether the step from it towards the current node goes through a container (list, attribute
  // set, function, submodule option): a type may only refer to an ancestor across one, or it would be its own union.
  const ancestors: SchemaType[] = [];
  const containerSteps: boolean[] = [];
  const visit = (node: SchemaType): void => {
    if (isRedirectCandidate(node)) {
      const index = ancestors.findIndex((a, i) => containerSteps.indexOf(true, i) !== -1 && repeats(node, a));
      if (index !== -1) {
        redirects.set(node, ancestors[index]!);
        targets.add(ancestors[index]!);
        return;
      }
    }
    if (node.recursive) return;
    ancestors.push(node);
    for (const [child, throughContainer] of childSteps(node)) {
      containerSteps.push(throughContainer);
      visit(child);
      containerSteps.pop();
    }
    ancestors.pop();
  };
  visit(root);
  return { redirects, targets };
}

const UNION_LIKE = new Set(["nullOr", "either", "oneOf", "uniq", "unique", "coercedTo"]);

function childSteps(node: SchemaType): [SchemaType, boolean][] {
  const container = !UNION_LIKE.has(node.name);
  return [
    ...Object.values(node.nested ?? {}).map((child): [SchemaType, boolean] => [child, container]),
    ...(node.options ?? []).map((o): [SchemaType, boolean] => [o.type, true]),
  ];
}

/**
 * Compound nodes with content. A node the walker cut is no candidate: with nothing known below it, matching it by
 * name alone could pick the wrong enclosing type (a deep but finite type is cut too), and a wrong type rejects
 * valid configs; it stays a counted `Unmapped` that accepts anything.
 */
function isRedirectCandidate(node: SchemaType): boolean {
  return !node.recursive && (Object.keys(node.nested ?? {}).length > 0 || (node.options?.length ?? 0) > 0);
}

/** A submodule whose options the walker did not list (depth limit): it matches any submodule where it repeats. */
function isUnlistedSubmodule(node: SchemaType): boolean {
  return (node.name === "submodule" || node.name === "submoduleWith") && (node.options?.length ?? 0) === 0;
}

/**
 * Whether `inner` (found inside `outer`) is `outer` again: same names all the way down, as far as `inner` is known.
 * A finite type cannot contain an exact copy of itself, so a match always goes through a cut node of `inner`.
 */
export function repeats(inner: SchemaType, outer: SchemaType): boolean {
  return inner.name === outer.name && hasConcreteLeaf(inner) && compatible(inner, outer);
}

/**
 * Whether a type shows at least one concrete leaf (str, int, an enum, …): a match made of containers and cut or
 * unlisted parts alone says nothing (a deep `nullOr (listOf (submodule …))` whose options the walker did not list
 * would match any enclosing type of that shape).
 */
function hasConcreteLeaf(type: SchemaType): boolean {
  if (type.name === "unknown" || isUnlistedSubmodule(type)) return false;
  // the walker marks leaves past its depth limit as cut too, but a cut `str` is still a whole `str`
  if (type.recursive === true) return !isCompoundName(type.name);
  const children = [...Object.values(type.nested ?? {}), ...(type.options ?? []).map((o) => o.type)];
  return children.length === 0 || children.some(hasConcreteLeaf);
}

/**
 * Same structure as far as `inner` is known. Where the walker could not evaluate the outer type (`unknown`, e.g. it
 * needed pkgs at the top level but not inside a submodule), anything matches.
 */
function compatible(inner: SchemaType, outer: SchemaType): boolean {
  if (outer.name === "unknown") return true;
  if (inner.name !== outer.name) return false;
  if (inner.recursive === true) return true;
  if (outer.recursive === true) return false;
  if (isUnlistedSubmodule(inner)) return true;
  if (JSON.stringify(inner.values ?? null) !== JSON.stringify(outer.values ?? null)) return false;
  const innerRoles = Object.keys(inner.nested ?? {});
  const outerRoles = Object.keys(outer.nested ?? {});
  if (innerRoles.length !== outerRoles.length) return false;
  for (const role of innerRoles) {
    const outerChild = outer.nested?.[role];
    if (!outerChild || !compatible(inner.nested![role]!, outerChild)) return false;
  }
  return sameOptions(inner, outer);
}

function sameOptions(inner: SchemaType, outer: SchemaType): boolean {
  const innerOptions = inner.options ?? [];
  const outerOptions = outer.options ?? [];
  if (innerOptions.length !== outerOptions.length) return false;
  const byLoc = new Map(outerOptions.map((o) => [o.loc.join("\u0000"), o]));
  for (const option of innerOptions) {
    const counterpart = byLoc.get(option.loc.join("\u0000"));
    if (!counterpart || !compatible(option.type, counterpart.type)) return false;
  }
  return true;
}
