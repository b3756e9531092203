// some/every/find/findIndex/flatMap callbacks may read the index and the array too, as in JS: they run over the
// indices of the list.
const disks = ["sda", "sdb", "nvme0n1", "sdc"];
export default {
  laterNvme: disks.some((d, i) => i > 0 && d.startsWith("nvme")),
  ordered: disks.every((d, i, all) => i === 0 || all[i - 1]! !== d),
  secondSd: disks.find((d, i) => i > 0 && d.startsWith("sd")) ?? "none",
  lastSdIndex: disks.findLastIndex((d, i) => d.startsWith("sd") && i < 3),
  numbered: disks.flatMap((d, i) => [`${i}:${d}`]),
};
