// Refuses a name that only a script file declares globally (TSNIX1307): compiled files share nothing but imports.
export default { port: defaultPort };
