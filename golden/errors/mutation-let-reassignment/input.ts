// Refuses reassigning a `let` binding (TSNIX1102).
let port = 80;
port = 8080;
export default { port };
