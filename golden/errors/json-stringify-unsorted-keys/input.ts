// Refuses JSON.stringify of an object literal whose keys are not in sorted order (TSNIX1222).
export default { json: JSON.stringify({ port: 22, host: "nas" }) };
