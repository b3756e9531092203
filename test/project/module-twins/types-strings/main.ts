// String types and how several definitions merge: lines (newlines), commas, separatedString, and the checked
// string types nonEmptyStr, singleLineStr, strMatching.
import { defineModule, mkOption, types } from "tsnix";
import more from "./more";

export default defineModule({
  imports: [more],
  options: {
    strings: {
      lines: mkOption({ type: types.lines, default: "" }),
      commas: mkOption({ type: types.commas, default: "" }),
      path: mkOption({ type: types.separatedString(":"), default: "" }),
      joined: mkOption({ type: types.separatedString(""), default: "" }),
      name: mkOption({ type: types.nonEmptyStr, default: "x" }),
      title: mkOption({ type: types.singleLineStr, default: "Title" }),
      slug: mkOption({ type: types.strMatching("[a-z][a-z0-9-]*"), default: "slug" }),
      version: mkOption({ type: types.strMatching("[0-9]+\\.[0-9]+"), default: "1.0" }),
    },
  },
  config: {
    strings: {
      lines: "first line",
      commas: "a,b",
      path: "/bin",
      joined: "x",
      name: "named",
      slug: "my-site-2",
      version: "24.11",
    },
  },
});
