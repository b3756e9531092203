// Names in the generated typings: PascalCase, singular element names, and unique, deterministic registries.
import { describe, expect, it } from "vitest";
import {
  FileNameRegistry,
  fileNameFor,
  joinNameWords,
  NameRegistry,
  nameCandidates,
  pascalCase,
  singular,
} from "../../../stdlib/src/typings/naming.js";

describe("naming", () => {
  it.each([
    ["virtualHosts", "virtualHost"],
    ["users", "user"],
    ["proxies", "proxy"],
    ["addresses", "address"],
    ["aliases", "alias"],
    ["status", "status"],
    ["ss", "ss"],
  ])("singular(%s) = %s", (plural, expected) => {
    expect(singular(plural)).toBe(expected);
  });

  it("makes PascalCase identifiers from option names", () => {
    expect(pascalCase("home-manager")).toBe("HomeManager");
    expect(pascalCase("virtualHosts")).toBe("VirtualHosts");
    expect(pascalCase("dontAssertNotificationDaemons ")).toBe("DontAssertNotificationDaemons");
    expect(joinNameWords(["services", "3proxy"])).toBe("Services3proxy");
    expect(joinNameWords(["3proxy"])).toBe("_3proxy");
    expect(joinNameWords(["users", "user"])).toBe("User");
  });

  it("prefers the last two words and falls back to longer paths", () => {
    expect(nameCandidates("", ["services", "nginx", "virtualHost"])).toEqual([
      "NginxVirtualHost",
      "ServicesNginxVirtualHost",
    ]);
    expect(nameCandidates("NginxVirtualHost", ["location"])).toEqual(["NginxVirtualHostLocation"]);
    expect(nameCandidates("", ["fileSystem"])).toEqual(["FileSystem"]);
  });

  it("never hands out a name twice", () => {
    const names = new NameRegistry(["Definition"]);
    expect(names.claim(["Definition", "Definition"])).toBe("Definition2");
    expect(names.claim(["A", "B"])).toBe("A");
    expect(names.claim(["A", "B"])).toBe("B");
    expect(names.claim(["A", "B"])).toBe("B2");
  });

  it("makes file names safe and unique on case-insensitive file systems", () => {
    const files = new FileNameRegistry(["index"]);
    expect(files.claim(fileNameFor("Index"))).toBe("Index-2");
    expect(files.claim(fileNameFor("a/b c"))).toBe("a_b_c");
    expect(files.claim(fileNameFor("..x"))).toBe("_x");
  });
});
