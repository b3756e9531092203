// Refuses assigning to an object's property (TSNIX1102).
const host = { name: "nas", port: 22 };
host.port = 2222;
export default host;
