// Builds the type model of a whole option set: the root interface, one interface per namespace and per submodule
// (structurally identical submodules share one), a type alias per recursive value type, each placed in a file.
import { createHash } from "node:crypto";
import { isSubmodule, mapType, type MappingContext, type NameHint } from "./map-type.js";
import { joinNameWords, NameRegistry, nameCandidates, singular } from "./naming.js";
import { optionDoc, optionStatus } from "./option-docs.js";
import {
  buildOptionTree,
  countAllOptions,
  FileLayout,
  sortedChildren,
  type OptionTree,
  type TypingsLayout,
} from "./option-tree.js";
import { demandSecret, type SecretOptionRule } from "./secret-options.js";
import { findRecursion, rootPseudoType, type RecursionInfo } from "./recursion.js";
import type { OptionsSchema, SchemaOption, SchemaType } from "./schema.js";
import {
  library,
  neverType,
  recordOf,
  reference,
  undefinedType,
  unionOf,
  type DeclarationModel,
  type LibraryTypeName,
  type OptionDoc,
  type TypeModel,
} from "./type-model.js";

export interface ModelOptions {
  /** The key in `OptionSets` (nixos, home-manager, nix-darwin, sops-nix, …). */
  readonly setKey: string;
  /** The root interface's name (NixosOptions, …). */
  readonly rootName: string;
  /** How declarations are spread over files (see FileLayout). */
  readonly layout: TypingsLayout;
  /**
   * With layout `per-namespace`: top-level namespaces with more options than this get one file per second-level
   * name.
   */
  readonly splitThreshold: number;
  /** Which options take a secret's file, and so demand a `SecretPath` (see secret-options.ts). */
  readonly secretOptions: SecretOptionRule;
}

export interface TypingsModel {
  readonly setKey: string;
  readonly rootName: string;
  readonly rootId: number;
  readonly source: string;
  /** In declaration order (ids ascending). */
  readonly declarations: readonly DeclarationModel[];
  /** Options in the schema, submodule fields included. */
  readonly schemaOptions: number;
  /** Read-only options left out of the input types (occurrences in the schema). */
  readonly readOnlyOmitted: number;
  /** Submodule occurrences that reuse an identical interface declared before. */
  readonly deduplicatedSubmodules: number;
  /** Options whose string and path types became `SecretPath` (occurrences in the schema). */
  readonly secretOptions: number;
}

/** Names the generated files import from `tsnix`; generated declarations never take them. */
const LIBRARY_NAMES: readonly LibraryTypeName[] = [
  "Definition",
  "AttrsDefinition",
  "Package",
  "PackageValue",
  "PathValue",
  "NixFunction",
  "NixValue",
  "NixAttrs",
  "Unspecified",
  "Unmapped",
  "DagEntry",
  "SecretPath",
  "HomeManagerConfig",
];

type ShapeMember =
  | { readonly kind: "option"; readonly name: string; readonly type: TypeModel; readonly doc: OptionDoc }
  | { readonly kind: "namespace"; readonly name: string; readonly shape: Shape };

/** An interface's content before it has a name: compared whole to deduplicate submodules. `null`: left out. */
interface Shape {
  readonly members: readonly (ShapeMember | null)[];
  readonly index?: TypeModel;
}

/** Where options are being mapped: the names that derive from it, and (at the root) the file per path. */
interface Scope {
  readonly prefix: string;
  readonly segments: readonly string[];
  readonly rootPath: boolean;
}

export function buildTypingsModel(schema: OptionsSchema, options: ModelOptions): TypingsModel {
  return new ModelBuilder(schema, options).build();
}

class ModelBuilder implements MappingContext {
  readonly recursion: RecursionInfo;
  readonly rootNode: SchemaType;
  readonly rootReference: TypeModel;
  readonly setKey: string;
  private readonly names: NameRegistry;
  private readonly declarations = new Map<number, DeclarationModel>();
  private readonly submodulesByKey = new Map<string, number>();
  private readonly targetIds = new Map<SchemaType, number>();
  private readonly tree: OptionTree;
  private readonly layout: FileLayout;
  private readonly rootId: number;
  private nextId = 0;
  private file = "index";
  private readonly deferred: (() => void)[] = [];
  private readOnlyOmitted = 0;
  private secretOptions = 0;
  private deduplicatedSubmodules = 0;

  constructor(
    private readonly schema: OptionsSchema,
    private readonly options: ModelOptions,
  ) {
    this.setKey = options.setKey;
    this.names = new NameRegistry([...LIBRARY_NAMES, options.rootName]);
    this.rootNode = rootPseudoType(schema.options);
    this.recursion = findRecursion(this.rootNode);
    this.rootId = this.nextId++;
    this.targetIds.set(this.rootNode, this.rootId);
    this.rootReference = reference(this.rootId);
    this.tree = buildOptionTree(schema.options);
    this.layout = new FileLayout(this.tree, options.layout, options.splitThreshold);
  }

  build(): TypingsModel {
    const shape = this.mapShape(this.tree, { prefix: "", segments: [], rootPath: true });
    for (const job of this.deferred.splice(0)) job();
    const doc = `The options of ${this.schema.set} (${this.schema.source}), as a configuration sets them.`;
    this.declareShape(shape, this.rootId, this.options.rootName, doc, {
      words: [],
      atRoot: true,
      file: "index",
    });
    return {
      setKey: this.setKey,
      rootName: this.options.rootName,
      rootId: this.rootId,
      source: this.schema.source,
      declarations: [...this.declarations.values()].sort((a, b) => a.id - b.id),
      schemaOptions: countAllOptions(this.schema.options),
      readOnlyOmitted: this.readOnlyOmitted,
      secretOptions: this.secretOptions,
      deduplicatedSubmodules: this.deduplicatedSubmodules,
    };
  }

  submodule(node: SchemaType, hint: NameHint): TypeModel {
    const known = this.targetIds.get(node);
    if (known !== undefined) return reference(known);
    const freeform = node.nested?.["freeformType"];
    if ((node.options?.length ?? 0) === 0 && !freeform) return library("NixAttrs");
    const candidates = submoduleNameCandidates(hint);
    const isTarget = this.recursion.targets.has(node);
    const id = isTarget ? this.nextId++ : undefined;
    if (id !== undefined) this.targetIds.set(node, id);
    const scope: Scope = { prefix: candidates[0]!, segments: [], rootPath: false };
    const members = this.mapShape(buildOptionTree(node.options ?? []), scope).members;
    const shape: Shape = freeform ? { members, index: this.freeformIndex(freeform, scope) } : { members };
    if (id !== undefined) return reference(this.declareSubmodule(shape, id, candidates));
    const key = createHash("sha256").update(JSON.stringify(shape)).digest("base64");
    const existing = this.submodulesByKey.get(key);
    if (existing !== undefined) {
      this.deduplicatedSubmodules++;
      return reference(existing);
    }
    const declared = this.declareSubmodule(shape, this.nextId++, candidates);
    this.submodulesByKey.set(key, declared);
    return reference(declared);
  }

  recursiveTarget(node: SchemaType, hint: NameHint, body: () => TypeModel): TypeModel {
    const known = this.targetIds.get(node);
    if (known !== undefined) return reference(known);
    const id = this.nextId++;
    this.targetIds.set(node, id);
    const type = body();
    const name = this.names.claim(nameCandidates(hint.prefix, hint.segments, "Value"));
    const doc = `A recursive value type (it contains itself), first met at \`${hint.segments.join(".")}\`.`;
    this.declarations.set(id, { kind: "alias", id, name, doc, type, file: this.file });
    return reference(id);
  }

  /**
   * The members of a namespace tree; at the root, each path's declarations go to that path's file. Hidden options
   * and aliases (`users.extraUsers`) are mapped last (at the root: after the whole tree), so that the interfaces
   * they share with the options they stand for are named after those (`User`, not `ExtraUser`).
   */
  private mapShape(tree: OptionTree, scope: Scope): Shape {
    const members: (ShapeMember | null)[] = [];
    const deferred = scope.rootPath ? this.deferred : [];
    for (const [key, child] of sortedChildren(tree)) {
      const childScope = { ...scope, segments: [...scope.segments, key] };
      const file = scope.rootPath ? this.layout.fileOf(childScope.segments) : this.file;
      const option = child.option;
      if (option && (option.visible === false || optionStatus(option).kind !== "normal")) {
        const slot = members.push(null) - 1;
        deferred.push(
          () => (members[slot] = this.inFile(file, () => this.optionMember(key, option, childScope))),
        );
      } else if (option) {
        members.push(this.inFile(file, () => this.optionMember(key, option, childScope)));
      } else {
        members.push({
          kind: "namespace",
          name: key,
          shape: this.inFile(file, () => this.mapShape(child, childScope)),
        });
      }
    }
    if (!scope.rootPath) for (const job of deferred) job();
    return { members };
  }

  private inFile<T>(file: string, run: () => T): T {
    const saved = this.file;
    this.file = file;
    try {
      return run();
    } finally {
      this.file = saved;
    }
  }

  private optionMember(key: string, option: SchemaOption, scope: Scope): ShapeMember | null {
    if (option.readOnly === true) {
      this.readOnlyOmitted++;
      return null;
    }
    const status = optionStatus(option);
    const hint: NameHint = { prefix: scope.prefix, segments: scope.segments, element: false };
    const mapped =
      status.kind === "removed" ? neverType : (wholeSetOption(option) ?? mapType(option.type, hint, this));
    const secret = this.options.secretOptions.matches(option.loc) ? demandSecret(mapped) : undefined;
    if (secret) this.secretOptions++;
    const type = status.kind === "removed" ? neverType : library("Definition", secret ?? mapped);
    const doc = optionDoc(option, status);
    return {
      kind: "option",
      name: key,
      type,
      doc: secret ? { ...doc, body: `${doc.body}\n${SECRET_NOTE}` } : doc,
    };
  }

  /** A freeform submodule's index signature value: the element of its `attrsOf`, else any Nix value. */
  private freeformIndex(freeform: SchemaType, scope: Scope): TypeModel {
    const element = freeform.nested?.["elemType"];
    const isAttrs = freeform.name === "attrsOf" || freeform.name === "lazyAttrsOf";
    const hint: NameHint = { prefix: scope.prefix, segments: ["freeform"], element: true };
    return library("Definition", isAttrs && element ? mapType(element, hint, this) : library("NixValue"));
  }

  private declareSubmodule(shape: Shape, id: number, candidates: readonly string[]): number {
    const name = this.names.claim(candidates);
    return this.declareShape(shape, id, name, undefined, { words: [name], atRoot: false, file: this.file });
  }

  /** Declares the interface of a shape (and one interface per namespace inside it); returns its id. */
  private declareShape(
    shape: Shape,
    id: number,
    name: string,
    doc: string | undefined,
    place: Place,
  ): number {
    const present = shape.members.filter((member): member is ShapeMember => member !== null);
    const members = present.map((member) => {
      if (member.kind === "option") return { name: member.name, type: member.type, doc: member.doc };
      const words = [...place.words, member.name];
      const file = place.atRoot ? this.layout.fileOf(words) : place.file;
      const childName = this.names.claim([joinNameWords(words)]);
      const childId = this.declareShape(member.shape, this.nextId++, childName, undefined, {
        ...place,
        words,
        file,
      });
      return { name: member.name, type: library("AttrsDefinition", reference(childId)), doc: undefined };
    });
    const index = shape.index && unionOf([shape.index, ...members.map((m) => m.type), undefinedType]);
    this.declarations.set(id, { kind: "interface", id, name, doc, members, index, file: place.file });
    return id;
  }
}

/** Where a declared interface goes: the words its namespaces are named from, and its file. */
interface Place {
  readonly words: readonly string[];
  /** Namespaces of the set's root get files by path; those inside a submodule stay with it. */
  readonly atRoot: boolean;
  readonly file: string;
}

function submoduleNameCandidates(hint: NameHint): string[] {
  const segments = [...hint.segments];
  if (hint.element && segments.length > 0)
    segments[segments.length - 1] = singular(segments[segments.length - 1]!);
  return nameCandidates(hint.prefix, segments);
}

const SECRET_NOTE =
  'Takes a secret\'s file: `sopsSecret("name")`, `ageSecret("name")`, or `secretFile("/path")` for one you put on ' +
  "the machine yourself; a plain string is refused, so no secret is ever written into the configuration.";

/**
 * Options whose values are whole configurations of another set, which the schema shows only as an opaque module
 * type: home-manager's NixOS and nix-darwin modules take each user's home configuration in `home-manager.users`.
 */
function wholeSetOption(option: SchemaOption): TypeModel | undefined {
  const isUsers = option.loc.length === 2 && option.loc[0] === "home-manager" && option.loc[1] === "users";
  if (!isUsers || option.type.name !== "attrsOf") return undefined;
  return recordOf(library("Definition", library("HomeManagerConfig")));
}
