// A file with named exports only.
export const x = 1;
