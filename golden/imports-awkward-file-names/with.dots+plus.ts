export const port = 22;
