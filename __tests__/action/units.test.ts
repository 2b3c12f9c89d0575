// The pure parts of the Action: options, PR scope, diff ranges.
import { describe, expect, it } from "vitest";
import { parseOptions, OptionsError } from "../../src/action/options.js";
import { scopeOfChange, underRoots } from "../../src/action/scope.js";
import { hunkRanges } from "../../src/github/changed-files.js";

describe("parseOptions", () => {
  it("gives defaults, and leaves fail-on to the policy when not given", () => {
    expect(parseOptions({})).toEqual({ paths: ["."], comment: "on-findings", "inline-comments": false });
  });

  it("splits paths on commas and lines", () => {
    expect(parseOptions({ paths: "models, data\nother" }).paths).toEqual(["models", "data", "other"]);
  });

  it("lets a manual run's form override the step's inputs", () => {
    const o = parseOptions({ paths: "models", "fail-on": "error" }, { paths: "models/a", "fail-on": "never", comment: "always" });
    expect(o.paths).toEqual(["models/a"]);
    expect(o["fail-on"]).toBe("never");
    expect(o.comment).toBe("on-findings"); // not a dispatch input
  });

  it("rejects paths outside the repository, unknown values and two outputs to one file, naming the input", () => {
    expect(() => parseOptions({ paths: "/etc" })).toThrow(/input 'paths'/);
    expect(() => parseOptions({ paths: "a/../../b" })).toThrow(OptionsError);
    expect(() => parseOptions({ "inline-comments": "yes" })).toThrow(/input 'inline-comments': must be true or false/);
    expect(() => parseOptions({ sarif: "out/r.json", "json-report": "out/./r.json" })).toThrow(/input 'sarif': writes to the same file as json-report/);
  });
});

describe("scopeOfChange", () => {
  const present = ["a/README.md", "a/LICENSE", "b/README.md", "datasets/x/README.md"];
  it("picks the models whose card or license changed, removed files included", () => {
    expect(scopeOfChange(["a/LICENSE", "src/x.py"], present, ".github/model-provenance.yml", ["."])).toEqual({ kind: "models", dirs: ["a"] });
    expect(scopeOfChange(["b/LICENSE.old"], present, ".github/model-provenance.yml", ["."])).toEqual({ kind: "models", dirs: ["b"] });
  });

  it("takes every model when the policy or a dataset card changed", () => {
    expect(scopeOfChange([".github/model-provenance.yml"], present, ".github/model-provenance.yml", ["."]).kind).toBe("all");
    expect(scopeOfChange(["datasets/x/README.md"], present, ".github/model-provenance.yml", ["."]).kind).toBe("all");
  });

  it("ignores changes outside the scanned paths", () => {
    expect(scopeOfChange(["b/README.md"], present, ".github/model-provenance.yml", ["a"])).toEqual({ kind: "none" });
    expect(underRoots(["models/"], "models/x/README.md")).toBe(true);
    expect(underRoots(["models"], "models-old/README.md")).toBe(false);
  });
});

describe("hunkRanges", () => {
  it("reads the new side of each hunk", () => {
    expect(hunkRanges("@@ -1,3 +1,4 @@\n a\n+b\n@@ -20 +21,2 @@ heading\n c")).toEqual([[1, 4], [21, 22]]);
    expect(hunkRanges("@@ -5,2 +4,0 @@\n-x\n-y")).toEqual([]);
    expect(hunkRanges(undefined)).toEqual([]);
  });
});
