// A script: no imports or exports, so its declarations are globals in TypeScript.
const defaultPort = 8080;
