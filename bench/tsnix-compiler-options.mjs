// The compiler options tsnix checks a project with when it has no tsconfig (compiler/src/program/load-program.ts):
// the benchmarks give tsc the same ones, so that its baseline checks what tsnix checks.
export const TSNIX_COMPILER_OPTIONS = {
  strict: true,
  target: "ES2022",
  module: "ESNext",
  moduleResolution: "Bundler",
  lib: ["ES2023"],
  types: [],
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  isolatedModules: true,
  noEmit: true,
  exactOptionalPropertyTypes: true,
};
