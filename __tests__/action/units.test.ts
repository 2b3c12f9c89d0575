// The pure parts of the Action: options, PR scope, diff ranges.
import { describe, expect, it } from "vitest";
import { defaultBranchOf, notPublishing, rawUrl, shieldsUrl } from "../../src/action/badges.js";
import { parseOptions, OptionsError } from "../../src/action/options.js";
import { scopeOfChange, underRoots } from "../../src/action/scope.js";
import { gitBlobSha } from "../../src/github/badge-branch.js";
import { hunkRanges } from "../../src/github/changed-files.js";
import { conclusionOf, hiddenAnnotations, toAnnotation } from "../../src/github/check-run.js";
import { cappedNote } from "../../src/render/action.js";
import type { Finding } from "../../src/domain.js";
import type { Report } from "../../src/report.js";

describe("parseOptions", () => {
  it("gives defaults, and leaves fail-on to the policy when not given", () => {
    expect(parseOptions({})).toEqual({ paths: ["."], comment: "on-findings", "inline-comments": false, "publish-badges": false, "badge-branch": "model-provenance-badges", hub: false });
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

  it("takes a badge branch name git accepts, and nothing else", () => {
    expect(parseOptions({ "publish-badges": "true", "badge-branch": "badges/provenance" })).toMatchObject({ "publish-badges": true, "badge-branch": "badges/provenance" });
    for (const bad of ["refs/heads/badges", "a..b", "-x", "a b", "x.lock", "a/", ".hidden", "a:b", "a~1"]) {
      expect(() => parseOptions({ "badge-branch": bad }), bad).toThrow(/input 'badge-branch': must be a branch name/);
    }
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

describe("badge publishing (pure parts)", () => {
  it("computes git's blob id", () => {
    expect(gitBlobSha("hello\n")).toBe("ce013625030ba8dba906f756967f9e9ca394464a"); // git hash-object
    expect(gitBlobSha("")).toBe("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391");
  });

  it("publishes on push to the default branch, schedule and a manual run on the default branch only", () => {
    const at = (eventName: string, ref?: string, defaultBranch?: string) => notPublishing({ eventName, ref, defaultBranch });
    expect(at("push", "refs/heads/main", "main")).toBeUndefined();
    expect(at("push", "refs/heads/feature", "main")).toMatch(/not to the default branch/);
    expect(at("push", "refs/tags/v1", "main")).toMatch(/not to the default branch/);
    expect(at("push", "refs/heads/main")).toMatch(/not to the default branch/); // default branch unknown
    expect(at("schedule", "refs/heads/main")).toBeUndefined();
    expect(at("workflow_dispatch", "refs/heads/main", "main")).toBeUndefined();
    expect(at("workflow_dispatch", "refs/heads/feature", "main")).toMatch(/not on the default branch/);
    expect(at("pull_request", "refs/pull/7/merge", "main")).toMatch(/not on pull_request/);
    expect(at("merge_group")).toMatch(/not on merge_group/);
    expect(defaultBranchOf({ eventName: "schedule", ref: "refs/heads/trunk" })).toBe("trunk");
  });

  it("links the raw files on github.com and on GitHub Enterprise Server", () => {
    expect(rawUrl({ serverUrl: "https://github.com", owner: "o", repo: "r" }, "badges/x", "models/a b.svg")).toBe("https://raw.githubusercontent.com/o/r/badges/x/models/a%20b.svg");
    expect(rawUrl({ serverUrl: "https://ghe.example.com/", owner: "o", repo: "r" }, "b", "provenance.svg")).toBe("https://ghe.example.com/o/r/raw/b/provenance.svg");
    expect(shieldsUrl("https://raw.githubusercontent.com/o/r/b/provenance.json")).toBe("https://img.shields.io/endpoint?url=https%3A%2F%2Fraw.githubusercontent.com%2Fo%2Fr%2Fb%2Fprovenance.json");
  });
});

describe("check run of all findings", () => {
  const report = (counts: Report["counts"], verdict: Report["verdict"]) => ({ counts, verdict }) as Report;

  it("counts the annotations past the runner's 10 per level", () => {
    expect(hiddenAnnotations(report({ error: 10, warning: 10, note: 10 }, "fail"))).toBe(0);
    expect(hiddenAnnotations(report({ error: 12, warning: 3, note: 15 }, "fail"))).toBe(7);
  });

  it("maps the verdict and the exit status to a conclusion, deciding neither", () => {
    expect(conclusionOf(report({ error: 11, warning: 0, note: 0 }, "fail"), true)).toBe("failure");
    expect(conclusionOf(report({ error: 11, warning: 0, note: 0 }, "fail"), false)).toBe("neutral");
    expect(conclusionOf(report({ error: 0, warning: 11, note: 0 }, "warn"), false)).toBe("neutral");
    expect(conclusionOf(report({ error: 0, warning: 0, note: 11 }, "pass"), false)).toBe("success");
  });

  it("keeps an annotation within GitHub's limits", () => {
    const f: Finding = {
      checkId: "x".repeat(300),
      messageId: "m",
      severity: "note",
      message: "é".repeat(40_000),
      location: { file: "m/README.md", line: 3, column: 1 },
      evidence: [{ about: "card", statement: "says MIT", location: { file: "m/README.md", line: 2, column: 1 } }],
      fix: "fix it",
    };
    const a = toAnnotation(f);
    expect(a).toMatchObject({ path: "m/README.md", start_line: 3, end_line: 3, annotation_level: "notice", raw_details: "card: says MIT (m/README.md:2)" });
    expect(Buffer.byteLength(a.message)).toBeLessThanOrEqual(64 * 1024);
    expect(a.message).toMatch(/é \[…\]$/);
    expect(a.title.length).toBe(255);
  });

  it("says where the dropped annotations are", () => {
    expect(cappedNote({ hidden: 0 })).toEqual([]);
    expect(cappedNote({ hidden: 5 })[0]).toMatch(/5 more are in this summary's table\.$/);
    expect(cappedNote({ hidden: 5, checkRun: { name: "N", url: "https://x/runs/1" } })[0]).toMatch(/5 more are in the check run \[N\]\(https:\/\/x\/runs\/1\)\.$/);
  });
});
