// Names in the generated typings: PascalCase identifiers from option paths, singular names for the elements of
// collections (`users.users.<name>` → `User`), and a registry that keeps every name unique and deterministic.

const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = {
  aliases: "alias",
  statuses: "status",
  indices: "index",
  indexes: "index",
  children: "child",
  people: "person",
  caches: "cache",
  bases: "base",
  databases: "database",
  devices: "device",
  services: "service",
  interfaces: "interface",
  virtualHosts: "virtualHost",
};

/** The singular of an English plural as found in option names (`virtualHosts` → `virtualHost`). */
export function singular(word: string): string {
  const irregular = IRREGULAR_SINGULARS[word];
  if (irregular) return irregular;
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/i.test(word)) return word.slice(0, -2);
  if (/[^su]s$/i.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** `home-manager` → `HomeManager`, `3proxy` → `3proxy`, `virtualHosts` → `VirtualHosts`. */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

/** Joins name words into one identifier, dropping a word the next one repeats (`Users` + `User` → `User`). */
export function joinNameWords(words: readonly string[]): string {
  const parts = words.map(pascalCase).filter((w) => w !== "");
  const kept = parts.filter((word, i) => {
    const next = parts[i + 1];
    return next === undefined || (singular(word) !== next && word !== next);
  });
  const name = kept.join("");
  if (name === "") return "Anonymous";
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** Hands out unique identifiers: the first free candidate, else the last candidate with a numeric suffix. */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  claim(candidates: readonly string[]): string {
    for (const candidate of candidates) {
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
    const base = candidates[candidates.length - 1] ?? "Anonymous";
    for (let n = 2; ; n++) {
      const candidate = `${base}${n}`;
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
  }
}

/**
 * Candidate names for a declaration reached through `segments` (option names, without `<name>` placeholders):
 * the last two words first, then longer suffixes of the path, so that names stay short but never collide.
 */
export function nameCandidates(prefix: string, segments: readonly string[], suffix = ""): string[] {
  const candidates: string[] = [];
  for (let take = Math.min(2, segments.length); take <= segments.length; take++) {
    const words = take === 0 ? [] : segments.slice(segments.length - take);
    const name = joinNameWords([prefix, ...words]) + suffix;
    if (!candidates.includes(name)) candidates.push(name);
  }
  if (candidates.length === 0) candidates.push(joinNameWords([prefix]) + suffix);
  return candidates;
}

/** A file name (without extension) for an option path segment: safe on every file system. */
export function fileNameFor(segment: string): string {
  const safe = segment
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/^\.+/, "_");
  return safe === "" ? "_" : safe;
}

/** Hands out file names that stay unique even on case-insensitive file systems. */
export class FileNameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  claim(wanted: string): string {
    let candidate = wanted;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${wanted}-${n}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
