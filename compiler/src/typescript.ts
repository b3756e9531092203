// TypeScript's compiler API (the copy ts-morph bundles) and ts-morph's Project, for every module of tsnix, loaded
// with require: an ES module that imports the CommonJS ts-morph makes Node scan ts-morph's whole source for its
// export names before running it, a third of a second of every tsnix run (bench/build).
import tsMorph = require("ts-morph");

export import ts = tsMorph.ts;
export import Project = tsMorph.Project;
