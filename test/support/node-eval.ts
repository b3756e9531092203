// Runs TypeScript sources in Node (transpiled to CommonJS, in a fresh vm context) to get the value JS computes:
// the reference side of the Node-vs-Nix oracle.
import * as path from "node:path";
import * as vm from "node:vm";
import { ts } from "ts-morph";
import * as tsnix from "../../stdlib/src/index.js";

export interface SourceSet {
  readonly [absolutePath: string]: string;
}

/** The module exports of `entry`; relative imports resolve within `files`, "tsnix" to the stdlib runtime. */
export function runTsModule(files: SourceSet, entry: string): Record<string, unknown> {
  const cache = new Map<string, Record<string, unknown>>();
  const load = (file: string): Record<string, unknown> => {
    const cached = cache.get(file);
    if (cached) return cached;
    const source = files[file];
    if (source === undefined) throw new Error(`no source for ${file}`);
    const js = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
    }).outputText;
    const module = { exports: {} as Record<string, unknown> };
    cache.set(file, module.exports);
    const require = (specifier: string) => {
      if (specifier === "tsnix") return tsnix;
      const base = path.resolve(path.dirname(file), specifier).replace(/\.(js|ts)$/, "");
      // `./dir` names `./dir/index.ts` when there is no `./dir.ts` (TypeScript's bundler resolution).
      return load(
        files[`${base}.ts`] === undefined && files[`${base}/index.ts`] !== undefined
          ? `${base}/index.ts`
          : `${base}.ts`,
      );
    };
    const context = vm.createContext({ module, exports: module.exports, require });
    vm.runInContext(js, context, { filename: file, timeout: 5000 });
    cache.set(file, module.exports);
    return module.exports;
  };
  return load(entry);
}
