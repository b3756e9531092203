import { port } from "./base";
import * as base from "./base";
export { port, base };
export { host as hostName } from "./base";
export * as all from "./base";
export const url = `http://${base.host}:${port}`;
