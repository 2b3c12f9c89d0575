// pickGoverningLicense: which of a model folder's license files governs the weights.
import { describe, expect, it } from "vitest";
import { identifyLicense, NAME_RANKS, pickGoverningLicense } from "../../src/identify/index.js";
import type { Identification } from "../../src/identify/index.js";

const id = (key: string | null): Identification =>
  key === null
    ? { outcome: "other", id: null, spdx: null, name: null, confidence: 0, matcher: "none", runnersUp: [], status: "unrecognized" }
    : { outcome: "known", id: key, spdx: null, name: key, confidence: 100, matcher: "exact", runnersUp: [], status: "identified" };
const file = (path: string, key: string | null) => ({ path, identification: id(key) });

describe("pickGoverningLicense", () => {
  it("a model license beats a code license, whatever the names", () => {
    const r = pickGoverningLicense([file("LICENSE", "apache-2.0"), file("LICENSE.md", "creativeml-openrail-m")]);
    expect(r.governing.path).toBe("LICENSE.md");
    expect(r.others.map((f) => f.path)).toEqual(["LICENSE"]);
    expect(r.reason).toMatch(/model license \(creativeml-openrail-m\)/);
  });

  it("among model licenses, the file named for the weights", () => {
    const r = pickGoverningLicense([file("LICENSE", "llama3.1"), file("LICENSE-MODEL", "openrail++"), file("LICENSE-CODE", "mit")]);
    expect(r.governing.path).toBe("LICENSE-MODEL");
  });

  it.each([
    [["LICENSE", "MODEL_LICENSE"], "MODEL_LICENSE"],
    [["LICENSE", "LICENSE_WEIGHTS"], "LICENSE_WEIGHTS"],
    [["LICENSE.txt", "LICENSE-WEIGHTS.md"], "LICENSE-WEIGHTS.md"],
    [["LICENSE", "LLAMA_MODEL_LICENSE.txt"], "LLAMA_MODEL_LICENSE.txt"],
    [["LICENSE.md", "LICENSE"], "LICENSE"],
    [["COPYING", "NOTICE"], "COPYING"],
    [["NOTICE", "README.license"], "README.license"],
    [["LICENSE", "weights.license"], "weights.license"],
    [["LICENSE-CODE", "LICENSE.md"], "LICENSE.md"],
    [["sub/LICENSE", "LICENSE"], "LICENSE"],
  ])("names %j → %s (same kind of license)", (paths, expected) => {
    expect(pickGoverningLicense(paths.map((p) => file(p, "apache-2.0"))).governing.path).toBe(expected);
  });

  it("an identified file beats an unrecognized one", () => {
    expect(pickGoverningLicense([file("LICENSE-MODEL", null), file("LICENSE", "mit")]).governing.path).toBe("LICENSE");
  });

  it("when nothing is recognized, the name decides, and the reason says so", () => {
    const r = pickGoverningLicense([file("LICENSE", null), file("MODEL_LICENSE", null)]);
    expect(r.governing.path).toBe("MODEL_LICENSE");
    expect(r.reason).toMatch(/no license file was recognized/);
  });

  it("a single file", () => {
    expect(pickGoverningLicense([file("LICENSE", "mit")]).reason).toBe("the only license file");
  });

  it("needs at least one file", () => {
    expect(() => pickGoverningLicense([])).toThrow(RangeError);
  });

  it("keeps the caller's own file type", () => {
    const files = [{ path: "LICENSE", identification: identifyLicense("Licensed under the Apache License, Version 2.0"), size: 1 }];
    expect(pickGoverningLicense(files).governing.size).toBe(1);
  });

  it("documents its name ranks", () => {
    expect(NAME_RANKS[0]!.test.test("LICENSE-MODEL")).toBe(true);
  });
});
