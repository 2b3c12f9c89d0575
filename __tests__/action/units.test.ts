// The pure parts of the Action: options, PR scope, diff ranges.
import { describe, expect, it } from "vitest";
import { defaultBranchOf, notPublishing, rawUrl, shieldsUrl } from "../../src/action/badges.js";
import { dispatchOverrides, parseOptions, OptionsError } from "../../src/action/options.js";
import { scopeOfChange, underRoots } from "../../src/action/scope.js";
import { hubCacheDir } from "../../src/action/hub.js";
import { gitBlobSha } from "../../src/github/badge-branch.js";
import { proxyFor } from "../../src/github/proxy.js";
import { hunkRanges, incompleteness } from "../../src/github/changed-files.js";
import { conclusionOf, hiddenAnnotations, toAnnotation } from "../../src/github/check-run.js";
import { cappedNote } from "../../src/render/action.js";
import type { Finding } from "../../src/domain.js";
import type { Report } from "../../src/report.js";

describe("parseOptions", () => {
  it("gives defaults, and leaves fail-on to the policy when not given", () => {
    expect(parseOptions({})).toEqual({
      paths: ["."],
      exclude: [],
      comment: "on-findings",
      "inline-comments": false,
      "publish-badges": false,
      "badge-branch": "model-provenance-badges",
      hub: true,
      "api-timeout": 300,
    });
  });

  it("takes comment: on-failure, dependency-review-action's spelling, as on-findings", () => {
    expect(parseOptions({ comment: "on-failure" }).comment).toBe("on-findings");
    expect(parseOptions({ comment: "on-findings" }).comment).toBe("on-findings");
    expect(() => parseOptions({ comment: "on-error" })).toThrow(/input 'comment'/);
  });

  it("reads a policy in this repository or in another one (owner/repo/path@ref)", () => {
    expect(parseOptions({ policy: ".github/p.yml" }).policy).toEqual({ kind: "local", path: ".github/p.yml" });
    expect(parseOptions({ policy: "acme/policies/model-provenance/org.yml@v2" }).policy).toEqual({ kind: "remote", owner: "acme", repo: "policies", path: "model-provenance/org.yml", ref: "v2" });
    expect(() => parseOptions({ policy: "acme/policies/../../etc/passwd@main" })).toThrow(/input 'policy': must be a path inside the repository, or owner\/repo\/path@ref/);
    expect(() => parseOptions({ policy: "/etc/passwd" })).toThrow(/input 'policy'/);
  });

  it("checks comment-header, api-timeout, base-ref and head-ref", () => {
    expect(parseOptions({ "comment-header": "gpu-matrix.a_1" })["comment-header"]).toBe("gpu-matrix.a_1");
    expect(() => parseOptions({ "comment-header": "a b" })).toThrow(/input 'comment-header'/);
    expect(() => parseOptions({ "comment-header": "--> <img>" })).toThrow(/input 'comment-header'/);
    expect(parseOptions({ "api-timeout": "45" })["api-timeout"]).toBe(45);
    expect(() => parseOptions({ "api-timeout": "5" })).toThrow(/input 'api-timeout': must be at least 10 seconds/);
    expect(() => parseOptions({ "api-timeout": "1m" })).toThrow(/input 'api-timeout': must be a whole number/);
    expect(parseOptions({ "base-ref": "main", "head-ref": "v1.2" })).toMatchObject({ "base-ref": "main", "head-ref": "v1.2" });
    expect(() => parseOptions({ "head-ref": "main" })).toThrow(/input 'head-ref': needs base-ref/);
    expect(() => parseOptions({ "base-ref": "--upload-pack=x" })).toThrow(/input 'base-ref'/);
  });

  it("splits paths on commas and lines", () => {
    expect(parseOptions({ paths: "models, data\nother" }).paths).toEqual(["models", "data", "other"]);
  });

  it("lets a manual run's form override the step's inputs, and says which it replaced", () => {
    const inputs = { paths: "models", "fail-on": "error" };
    const form = { paths: "models/a", "fail-on": "never", comment: "always", "base-ref": "main" };
    const o = parseOptions(inputs, form);
    expect(o.paths).toEqual(["models/a"]);
    expect(o["fail-on"]).toBe("never");
    expect(o["base-ref"]).toBe("main");
    expect(o.comment).toBe("on-findings"); // not a dispatch input
    expect(dispatchOverrides(inputs, form)).toEqual([
      "input 'paths': the workflow_dispatch form's value 'models/a' replaces the step's 'models' (form fields win over with:).",
      "input 'fail-on': the workflow_dispatch form's value 'never' replaces the step's 'error' (form fields win over with:).",
    ]);
    expect(dispatchOverrides(inputs, { paths: "models", "fail-on": "" })).toEqual([]);
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
  const scope = (changed: string[], roots = ["."], more: Partial<Parameters<typeof scopeOfChange>[0]> = {}) =>
    scopeOfChange({ changed, present, policyFile: ".github/model-provenance.yml", roots, allCardsAtHand: true, ...more });
  it("picks the models whose card or license changed, removed files included", () => {
    expect(scope(["a/LICENSE", "src/x.py"])).toEqual({ kind: "models", dirs: ["a"], fineTunes: true });
    expect(scope(["b/LICENSE.old"])).toEqual({ kind: "models", dirs: ["b"], fineTunes: true });
    // Without every card at hand (files read through the API), fine-tunes cannot be found.
    expect(scope(["a/LICENSE"], ["."], { allCardsAtHand: false })).toEqual({ kind: "models", dirs: ["a"], fineTunes: false });
  });

  it("takes every model when the policy or a dataset card changed, or the list of changes is cut off", () => {
    expect(scope([".github/model-provenance.yml"])).toEqual({ kind: "all", reason: "the pull request changes the policy" });
    expect(scope(["datasets/x/README.md"])).toEqual({ kind: "all", reason: "the pull request changes a dataset card" });
    expect(scope(["src/a.py"], ["."], { incomplete: "GitHub lists at most 3,000 files" })).toEqual({ kind: "all", reason: "GitHub lists at most 3,000 files: every model is checked" });
  });

  it("ignores changes outside the scanned paths", () => {
    expect(scope(["b/README.md"], ["a"]).kind).toBe("none");
    expect(underRoots(["models/"], "models/x/README.md")).toBe(true);
    expect(underRoots(["models"], "models-old/README.md")).toBe(false);
  });
});

describe("completeness of a PR's file list", () => {
  it("is cut off at GitHub's 3,000 files, or when fewer are listed than the PR changes", () => {
    expect(incompleteness(3000, 4211)).toBe("GitHub lists at most 3,000 files of a pull request, and this one changes 4,211");
    expect(incompleteness(3000, undefined)).toBe("GitHub lists at most 3,000 files of a pull request, and this one changes at least that many");
    expect(incompleteness(40, 41)).toBe("GitHub listed 40 of the 41 files this pull request changes");
    expect(incompleteness(2999, 2999)).toBeUndefined();
    expect(incompleteness(3, undefined)).toBeUndefined();
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

describe("proxy selection (HTTPS_PROXY, HTTP_PROXY, NO_PROXY as curl reads them)", () => {
  const env = { HTTPS_PROXY: "http://proxy:3128", http_proxy: "http://plain:8080", NO_PROXY: "ghe.internal, .corp.example,*.svc, 10.0.0.5:8443 ,localhost" };
  const via = (url: string, e: NodeJS.ProcessEnv = env) => proxyFor(new URL(url), e);
  it("picks the proxy by scheme, and goes direct for what NO_PROXY names", () => {
    expect(via("https://api.github.com/repos")).toBe("http://proxy:3128");
    expect(via("http://mirror.example/x")).toBe("http://plain:8080");
    expect(via("https://ghe.internal/api/v3")).toBeUndefined();
    expect(via("https://api.ghe.internal/api/v3")).toBeUndefined(); // a name covers its subdomains
    expect(via("https://corp.example/")).toBe("http://proxy:3128"); // `.name`: only the subdomains
    expect(via("https://git.corp.example/")).toBeUndefined();
    expect(via("https://a.b.svc/")).toBeUndefined();
    expect(via("https://10.0.0.5:8443/")).toBeUndefined();
    expect(via("https://10.0.0.5/")).toBe("http://proxy:3128"); // another port
    expect(via("http://localhost:3000/")).toBeUndefined();
    expect(via("https://api.github.com/", { HTTPS_PROXY: "http://p:1", NO_PROXY: "*" })).toBeUndefined();
    expect(via("https://api.github.com/", {})).toBeUndefined();
  });
});

describe("hubCacheDir", () => {
  it("keeps the Hub cache outside the repository: under RUNNER_TEMP by default, and refuses a folder inside", () => {
    expect(hubCacheDir(undefined, { workspace: "/w/repo" }, { RUNNER_TEMP: "/w/_temp" })).toBe("/w/_temp/model-provenance-hub");
    expect(hubCacheDir("/cache/hub", { workspace: "/w/repo" }, {})).toBe("/cache/hub");
    expect(hubCacheDir("../hub-cache", { workspace: "/w/repo" }, {})).toBe("/w/hub-cache");
    expect(() => hubCacheDir(".hub", { workspace: "/w/repo" }, {})).toThrow(/input 'hub-cache': \.hub is inside the repository/);
    expect(() => hubCacheDir("/w/repo/x", { workspace: "/w/repo" }, {})).toThrow(OptionsError);
  });
});
