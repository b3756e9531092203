// Refuses padStart on a const bound to a non-ASCII string (TSNIX1207).
const label = "café";
export default { padded: label.padStart(8, ".") };
