// Pins flatMap, flat and join (default separator, numbers converted like JS, nullable elements as "").
const vhosts = [
  { name: "cloud", aliases: ["nextcloud", "files"] },
  { name: "git", aliases: [] as string[] },
];
const maybe: (string | null)[] = ["a", null, "c"];
export default {
  names: vhosts.flatMap((v) => [v.name, ...v.aliases]),
  flat: [[1, 2], [3], []].flat(),
  csv: ["a", "b", "c"].join(),
  ports: [22, 80, -1].join(" "),
  nullable: maybe.join("|"),
  empty: ([] as string[]).join(", "),
};
