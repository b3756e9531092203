// The `tsnix` library: what configuration code imports.
export * from "./definitions.js";
export * from "./option-sets.js";
export * from "./typings/value-types.js";
