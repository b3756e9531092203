// Refuses reading a value that is only declared (TSNIX1308): `declare` promises a value tsnix cannot see.
declare const hostName: string;
declare function port(): number;
export default { hostName, port: port() };
