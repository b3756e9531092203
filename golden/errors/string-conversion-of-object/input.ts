// Refuses converting an object to a string in a template (TSNIX1205): JS prints "[object Object]".
const host = { name: "nas" };
export default { text: `host=${host}` };
