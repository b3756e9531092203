export * from "./base";
export const port = 443;
