// The bottom of the import chain.
export const prefix = "10.0";
