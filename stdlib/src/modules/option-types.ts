// `types.*`: the module system's option types (lib/types.nix) as typed values. Each type carries two TypeScript
// types: V, what reading the option gives (`config.x.y`), and D, what a module may write as a definition (partial
// submodules, mk* wrappers inside attrsOf). The compiler lowers every member to the `lib.types` value of the same
// name; the JavaScript values below only describe the type, for tools and tests.
import type { Definition, Unordered } from "../definitions.js";
import type { ConfigOf, DefinitionsOf, OptionTree } from "./options.js";
import type { SecretPath } from "../flakes/secrets.js";
import type { NixAttrs, NixValue, Package, PackageValue, PathValue } from "../typings/value-types.js";

declare const valueType: unique symbol;
declare const definitionType: unique symbol;

/** An option type of the module system (`lib.types.*`): V is what the option reads as, D what a module writes. */
export interface OptionType<V, D = V> {
  readonly _type: "option-type";
  readonly name: string;
  readonly [valueType]?: V;
  readonly [definitionType]?: D;
}

/** The value type of an option type. */
export type ValueOf<T> = T extends OptionType<infer V, unknown> ? V : never;
/** The definition type of an option type. */
export type DefinitionOf<T> = T extends OptionType<unknown, infer D> ? D : never;

/** A submodule: its own options (and config), read as one nested object. */
export interface SubmoduleSpec<O extends OptionTree> {
  readonly options: O;
  /**
   * Definitions the submodule sets on its own options, as a value or computed from the submodule's own config and
   * its attribute name under `attrsOf` (`({ config, name }) => ({ url: \`https://${name}:${config.port}\` })`).
   */
  readonly config?: DefinitionsOf<O> | ((args: SubmoduleConfigArgs<O>) => DefinitionsOf<O>);
}

/** What a submodule's `config` function receives. */
export interface SubmoduleConfigArgs<O extends OptionTree> {
  /** The attribute name of this submodule under `attrsOf` (or `<name>` in documentation). */
  readonly name: string;
  readonly config: ConfigOf<O>;
}

/** What a function-form submodule receives (`types.submodule(({ name }) => ({ options: … }))`). */
export interface SubmoduleArgs {
  /** The attribute name of this submodule under `attrsOf`, usable in option defaults. */
  readonly name: string;
}

/** The JavaScript description of a type (what `types.*` return at run time); never read by the compiler. */
function described<V, D = V>(name: string, parameters: readonly unknown[] = []): OptionType<V, D> {
  return { _type: "option-type", name, ...(parameters.length > 0 ? { parameters } : {}) } as OptionType<V, D>;
}

type Scalar = string | number | boolean | null;

export const types = {
  bool: described<boolean>("bool"),
  str: described<string>("str"),
  nonEmptyStr: described<string>("nonEmptyStr"),
  singleLineStr: described<string>("singleLineStr"),
  /** Strings joined with newlines when several modules define them. */
  lines: described<string>("lines"),
  /** Strings joined with commas when several modules define them. */
  commas: described<string>("commas"),
  int: described<number>("int"),
  float: described<number>("float"),
  number: described<number>("number"),
  port: described<number>("port"),
  path: described<PathValue>("path"),
  /**
   * The run-time path of a decrypted secret (`sopsSecret("x")`, `ageSecret("x")`): `lib.types.str` in Nix, but a
   * plain string is a type error, so a secret's value can never be written where its file belongs.
   */
  secretPath: described<SecretPath>("str"),
  package: described<Package, PackageValue>("package"),
  /** Any value; definitions of attribute sets are merged recursively. */
  anything: described<NixValue>("anything"),
  /** Any value, never merged: a single definition only. */
  raw: described<NixValue>("raw"),
  /** An attribute set whose definitions are merged shallowly. */
  attrs: described<NixAttrs>("attrs"),
  ints: {
    unsigned: described<number>("ints.unsigned"),
    positive: described<number>("ints.positive"),
    u8: described<number>("ints.u8"),
    u16: described<number>("ints.u16"),
    u32: described<number>("ints.u32"),
    s8: described<number>("ints.s8"),
    s16: described<number>("ints.s16"),
    s32: described<number>("ints.s32"),
    /** Integers from `lowest` to `highest`, both included. */
    between: (lowest: number, highest: number) => described<number>("ints.between", [lowest, highest]),
  },
  /** Strings joined with `separator` when several modules define them. */
  separatedString: (separator: string) => described<string>("separatedString", [separator]),
  /** Strings matching a POSIX extended regular expression (as Nix's `builtins.match` reads it). */
  strMatching: (pattern: string) => described<string>("strMatching", [pattern]),
  /** One of the given values. */
  enum: <const T extends readonly Scalar[]>(values: T) => described<T[number]>("enum", [values]),
  nullOr: <V, D>(type: OptionType<V, D>) => described<V | null, D | null>("nullOr", [type]),
  listOf: <V, D>(type: OptionType<V, D>) => described<readonly V[], readonly D[]>("listOf", [type]),
  nonEmptyListOf: <V, D>(type: OptionType<V, D>) =>
    described<readonly V[], readonly D[]>("nonEmptyListOf", [type]),
  attrsOf: <V, D>(type: OptionType<V, D>) =>
    described<{ readonly [name: string]: V }, { readonly [name: string]: Definition<D> }>("attrsOf", [type]),
  lazyAttrsOf: <V, D>(type: OptionType<V, D>) =>
    described<{ readonly [name: string]: V }, { readonly [name: string]: Definition<D> }>("lazyAttrsOf", [
      type,
    ]),
  either: <V1, D1, V2, D2>(left: OptionType<V1, D1>, right: OptionType<V2, D2>) =>
    described<V1 | V2, D1 | D2>("either", [left, right]),
  oneOf: <const T extends readonly OptionType<unknown, unknown>[]>(alternatives: T) =>
    described<ValueOf<T[number]>, DefinitionOf<T[number]>>("oneOf", [alternatives]),
  /** A single definition only (several modules may not define it, even with equal values). */
  uniq: <V, D>(type: OptionType<V, D>) => described<V, D>("uniq", [type]),
  /** Like `uniq`, with the error message to show when several modules define it. */
  unique: <V, D>(options: { readonly message: string }, type: OptionType<V, D>) =>
    described<V, D>("unique", [options, type]),
  /**
   * A function returning values of `type`. The module system does not type its argument: a definition annotates
   * its parameter, and reading the option gives a function that takes any argument (pass what the option's
   * documentation says).
   */
  functionTo: <V, D>(type: OptionType<V, D>) =>
    described<(argument: unknown) => V, (argument: never) => D>("functionTo", [type]),
  /** Values of `to`, or of `from` converted by `convert`. */
  coercedTo: <FV, FD, TV, TD>(from: OptionType<FV, FD>, convert: (value: FV) => TD, to: OptionType<TV, TD>) =>
    described<TV, FD | TD>("coercedTo", [from, convert, to]),
  /** Options grouped into a nested object: `{ options }`, or a function of `{ name, config }` returning it. */
  submodule: <const O extends OptionTree>(
    spec: SubmoduleSpec<O> | ((args: SubmoduleArgs) => SubmoduleSpec<O>),
  ) => described<ConfigOf<O>, DefinitionsOf<O> & Unordered>("submodule", [spec]),
};
