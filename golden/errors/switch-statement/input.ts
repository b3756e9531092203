// Refuses `switch` (TSNIX1117).
const portOf = (service: string): number => {
  switch (service) {
    case "ssh":
      return 22;
    default:
      return 0;
  }
};
export default { ssh: portOf("ssh") };
