export const port = 8080;
export const host = "atlas";
export const tags = ["web", "lan"];
