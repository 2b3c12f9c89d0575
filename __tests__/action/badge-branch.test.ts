// `publish-badges: true`: the badges are committed to their own branch through the Git Data API,
// on pushes to the default branch, schedules and manual runs. The branch is created when missing,
// other files on it are kept, an unchanged verdict writes nothing, and no other ref is written.
import { readFileSync } from "node:fs";
import type * as Sarif from "sarif";
import { describe, expect, it } from "vitest";
import { gitBlobSha } from "../../src/github/badge-branch.js";
import { FINGERPRINT_KEY, toSarif } from "../../src/render/sarif.js";
import { analyze } from "../../src/pipeline.js";
import { kb } from "../helpers.js";
import type { FakeGitHub } from "./fake-github.js";
import { payload, runDist, workspace, type DistOptions } from "./run-dist.js";
import { CLEAN_CARD, FAILING_CARD, OWNER, REPO, commands, fakeGitHub, prPayload } from "./scenario.js";

const repository = `${OWNER}/${REPO}`;
const BRANCH = "model-provenance-badges";
/** The push example's repository has default branch `master`; this push is to it. */
const pushToDefault = () => payload("push", (e) => e.ref === "refs/heads/master");
const BADGE_FILES = ["models/a.json", "models/a.svg", "models/b.json", "models/b.svg", "provenance.json", "provenance.svg"];

const writes = (gh: FakeGitHub) => gh.requests.filter((r) => r.method !== "GET");

async function setUp(): Promise<{ gh: FakeGitHub; mainHead: string }> {
  const gh = await fakeGitHub();
  // The default branch exists in the fake too, so a write to it would show.
  const mainHead = gh.seedBranch("master", { "README.md": "# Hello\n" });
  return { gh, mainHead };
}

function run(gh: FakeGitHub, ws: string, o: Partial<DistOptions> = {}) {
  return runDist({ event: "push", payload: pushToDefault(), repository, apiUrl: gh.url, workspace: ws, ...o, inputs: { "publish-badges": "true", "fail-on": "never", ...o.inputs } });
}

/** Only our branch's ref is ever written, and the default branch still points where it did. */
function expectOnlyBadgeRefWritten(gh: FakeGitHub, mainHead: string): void {
  const refWrites = gh.requests.filter((r) => r.method !== "GET" && /\/git\/refs/.test(r.path));
  for (const r of refWrites) expect(decodeURIComponent(r.path) + JSON.stringify(r.body ?? {})).toContain(BRANCH);
  expect(gh.state.refs?.master).toBe(mainHead);
  expect(Object.keys(gh.state.refs ?? {}).sort()).toEqual([BRANCH, "master"].sort());
}

describe("publishing the badges to a branch", () => {
  it("creates the missing branch as one parentless commit holding only the badge files, and prints the README snippet", async () => {
    const { gh, mainHead } = await setUp();
    const ws = workspace({ "a/README.md": CLEAN_CARD, "b/README.md": FAILING_CARD });
    const r = await run(gh, ws);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(gh.problems).toEqual([]);
    expect(gh.calls()).toEqual(["GET git/get-ref", "POST git/create-tree", "POST git/create-commit", "POST git/create-ref"]);
    expect(gh.requests.map((q) => q.status)).toEqual([404, 201, 201, 201]);
    // The tree was made from scratch (no base_tree), the commit has no parents.
    expect(gh.requests[1]!.body).not.toHaveProperty("base_tree");
    expect(gh.requests[2]!.body).toMatchObject({ parents: [] });
    expect(gh.requests[3]!.body).toMatchObject({ ref: `refs/heads/${BRANCH}` });

    const files = gh.branchFiles(BRANCH)!;
    expect(Object.keys(files).sort()).toEqual(BADGE_FILES);
    const overall = JSON.parse(files["provenance.json"]!) as { message: string };
    expect(overall).toMatchObject({ schemaVersion: 1, label: "provenance", message: expect.stringMatching(/^\d+ conflicts?$/), color: "red" });
    expect(files["provenance.svg"]).toContain(`provenance: ${overall.message}`);
    expect(JSON.parse(files["models/a.json"]!)).toMatchObject({ message: "verified", color: "green" });
    expect(files["models/b.svg"]).toContain("<svg");
    expect(gh.history(BRANCH)).toHaveLength(1);
    expectOnlyBadgeRefWritten(gh, mainHead);

    const raw = `https://raw.githubusercontent.com/${OWNER}/${REPO}/${BRANCH}`;
    expect(r.summary).toContain(`![provenance](${raw}/provenance.svg)`);
    expect(r.summary).toContain(`![provenance](https://img.shields.io/endpoint?url=${encodeURIComponent(`${raw}/provenance.json`)})`);
    expect(r.summary).toContain(`${raw}/models/a.svg`);
    expect(r.summary).toContain(`Created the branch \`${BRANCH}\``);
  });

  it("writes nothing when run again on an unchanged repository (3 reads), and keeps the SARIF fingerprints", async () => {
    const { gh, mainHead } = await setUp();
    const ws = workspace({ "a/README.md": CLEAN_CARD, "b/README.md": FAILING_CARD });
    const first = await run(gh, ws, { inputs: { sarif: "out/provenance.sarif" } });
    expect(first.code, first.stdout).toBe(0);
    const head = gh.state.refs![BRANCH];
    const sarif1 = readFileSync(first.outputs["sarif-path"]!, "utf8");
    gh.reset();

    const second = await run(gh, ws, { inputs: { sarif: "out/provenance.sarif" } });
    expect(second.code, second.stdout).toBe(0);
    expect(gh.problems).toEqual([]);
    expect(gh.calls()).toEqual(["GET git/get-ref", "GET git/get-commit", "GET git/get-tree"]);
    expect(writes(gh)).toEqual([]);
    expect(gh.state.refs![BRANCH]).toBe(head);
    expect(second.summary).toContain("up to date; nothing was committed");
    expectOnlyBadgeRefWritten(gh, mainHead);

    const prints = (text: string) => (JSON.parse(text) as Sarif.Log).runs[0]!.results!.map((x) => [x.ruleId, x.partialFingerprints?.[FINGERPRINT_KEY]]);
    const sarif2 = readFileSync(second.outputs["sarif-path"]!, "utf8");
    expect(prints(sarif1).length).toBeGreaterThan(0);
    expect(prints(sarif2)).toEqual(prints(sarif1));
  });

  it("commits only the changed files on top of the branch, keeping its other files, when the verdict changes", async () => {
    const { gh, mainHead } = await setUp();
    // The badge branch already exists, with a file of someone else's and an old badge.
    const before = gh.seedBranch(BRANCH, { "README.md": "Badges live here.\n", "provenance.svg": "<svg>old</svg>", "models/old.json": "{}\n" });
    const ws = workspace({ "a/README.md": CLEAN_CARD, "b/README.md": FAILING_CARD });
    const first = await run(gh, ws);
    expect(first.code, first.stdout).toBe(0);
    expect(gh.calls()).toEqual(["GET git/get-ref", "GET git/get-commit", "GET git/get-tree", "POST git/create-tree", "POST git/create-commit", "PATCH git/update-ref"]);
    expect(gh.problems).toEqual([]);
    expect(gh.requests[3]!.body).toMatchObject({ base_tree: expect.any(String) });
    expect(gh.requests[5]!.body).toMatchObject({ force: false });
    expect(gh.history(BRANCH).map((c) => c.sha).slice(1)).toEqual([before]);

    // The failing model is fixed: only its badge and the overall one change.
    gh.reset();
    const fixed = workspace({ "a/README.md": CLEAN_CARD, "b/README.md": CLEAN_CARD });
    const r = await run(gh, fixed);
    expect(r.code, r.stdout).toBe(0);
    expect(gh.problems).toEqual([]);
    expect(gh.calls()).toEqual(["GET git/get-ref", "GET git/get-commit", "GET git/get-tree", "POST git/create-tree", "POST git/create-commit", "PATCH git/update-ref"]);
    const tree = gh.requests[3]!.body as { tree: { path: string }[] };
    expect(tree.tree.map((e) => e.path).sort()).toEqual(["models/b.json", "models/b.svg", "provenance.json", "provenance.svg"]);
    const history = gh.history(BRANCH);
    expect(history).toHaveLength(3);
    expect(history[0]!.parents).toEqual([history[1]!.sha]);

    const files = gh.branchFiles(BRANCH)!;
    expect(files["README.md"]).toBe("Badges live here.\n");
    expect(files["models/old.json"]).toBe("{}\n");
    expect(JSON.parse(files["provenance.json"]!)).toMatchObject({ message: "verified", color: "green" });
    expect(gitBlobSha(files["provenance.svg"]!)).toBe([...gh.git.blobs].find(([, t]) => t === files["provenance.svg"])![0]);
    expect(r.summary).toContain(`Committed 4 changed badge file(s) to \`${BRANCH}\``);
    expectOnlyBadgeRefWritten(gh, mainHead);
  });

  it("publishes on schedule and on a manual run from the default branch", async () => {
    const { gh, mainHead } = await setUp();
    const ws = workspace({ "m/README.md": CLEAN_CARD });
    const scheduled = await run(gh, ws, { event: "schedule", payload: { schedule: "17 3 * * *" } });
    expect(scheduled.code, scheduled.stdout).toBe(0);
    expect(gh.calls().at(-1)).toBe("POST git/create-ref");
    gh.reset();
    const manual = await run(gh, ws, { event: "workflow_dispatch", payload: { ...payload("workflow_dispatch"), ref: "refs/heads/master", repository: { default_branch: "master" } } });
    expect(manual.code, manual.stdout).toBe(0);
    expect(gh.calls()).toEqual(["GET git/get-ref", "GET git/get-commit", "GET git/get-tree"]);
    expect(gh.problems).toEqual([]);
    expectOnlyBadgeRefWritten(gh, mainHead);
  });

  it("publishes nothing on other branches, tags and pull requests, or when the input is off", async () => {
    const { gh } = await setUp();
    const ws = workspace({ "m/README.md": CLEAN_CARD });
    const tag = await run(gh, ws, { payload: payload("push", (e) => e.ref === "refs/tags/simple-tag") });
    expect(tag.code, tag.stdout).toBe(0);
    expect(tag.summary).not.toContain("README badge");
    const feature = await run(gh, ws, { event: "workflow_dispatch", payload: { ...payload("workflow_dispatch"), ref: "refs/heads/feature" } });
    expect(feature.code, feature.stdout).toBe(0);
    const off = await run(gh, ws, { inputs: { "publish-badges": "false" } });
    expect(off.code).toBe(0);
    expect(gh.requests).toEqual([]);
    // A pull request run reads the PR as usual, and touches no ref.
    const pr = await run(gh, ws, { event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40), changedFiles: 0 }) });
    expect(pr.code, pr.stdout).toBe(0);
    expect(gh.calls().length).toBeGreaterThan(0);
    expect(gh.requests.filter((r) => r.path.includes("/git/"))).toEqual([]);
    expect(gh.problems).toEqual([]);
  });

  it("refuses to commit to the default branch", async () => {
    const { gh, mainHead } = await setUp();
    const r = await run(gh, workspace({ "m/README.md": CLEAN_CARD }), { inputs: { "badge-branch": "master" } });
    expect(r.code).toBe(0);
    expect(commands(r.stdout, "warning").join("\n")).toContain("is the default branch");
    expect(gh.requests).toEqual([]);
    expect(gh.state.refs?.master).toBe(mainHead);
  });

  it("warns and keeps the verdict's exit status when the token is read-only", async () => {
    const { gh, mainHead } = await setUp();
    gh.state.faults.push({ method: "POST", path: /\/git\/trees$/, status: 403, times: 1 });
    const r = await run(gh, workspace({ "m/README.md": FAILING_CARD }), { inputs: { "fail-on": "error" } });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe("fail");
    expect(commands(r.stdout, "warning").join("\n")).toMatch(/Could not commit the badges to 'model-provenance-badges' \(HTTP 403\).*contents: write/);
    expect(gh.calls()).toEqual(["GET git/get-ref", "POST git/create-tree"]);
    expect(gh.state.refs?.[BRANCH]).toBeUndefined();
    expect(gh.state.refs?.master).toBe(mainHead);
    expect(r.summary).toContain("the token is read-only");
  });

  it("re-reads the branch and tries once more when another run moved it meanwhile (422)", async () => {
    const { gh, mainHead } = await setUp();
    gh.seedBranch(BRANCH, { "provenance.svg": "<svg>old</svg>" });
    gh.state.faults.push({ method: "PATCH", path: /\/git\/refs\//, status: 422, times: 1 });
    const r = await run(gh, workspace({ "m/README.md": CLEAN_CARD }));
    expect(r.code, r.stdout).toBe(0);
    expect(gh.problems).toEqual([]);
    const once = ["GET git/get-ref", "GET git/get-commit", "GET git/get-tree", "POST git/create-tree", "POST git/create-commit", "PATCH git/update-ref"];
    expect(gh.calls()).toEqual([...once, ...once]);
    expect(gh.history(BRANCH)).toHaveLength(2);
    expect(commands(r.stdout, "warning")).toEqual([]);
    expectOnlyBadgeRefWritten(gh, mainHead);
  });

  it("a second race in a row is a warning, not a failed check", async () => {
    const { gh } = await setUp();
    gh.state.faults.push({ method: "POST", path: /\/git\/refs$/, status: 422, times: 2 });
    const r = await run(gh, workspace({ "m/README.md": CLEAN_CARD }));
    expect(r.code, r.stdout).toBe(0);
    expect(commands(r.stdout, "warning").join("\n")).toContain("Could not commit the badges");
    expect(gh.state.refs?.[BRANCH]).toBeUndefined();
  });
});

describe("SARIF fingerprints across runs", () => {
  it("are identical when two analyses of an unchanged repository are rendered", () => {
    const files = [
      { path: "a/README.md", content: CLEAN_CARD },
      { path: "b/README.md", content: FAILING_CARD },
    ];
    const prints = () => toSarif(analyze({ files, kb })).runs[0]!.results!.map((x) => [x.ruleId, x.partialFingerprints?.[FINGERPRINT_KEY]]);
    const first = prints();
    expect(first.length).toBeGreaterThan(0);
    expect(first.every(([, p]) => typeof p === "string" && p.length > 0)).toBe(true);
    expect(prints()).toEqual(first);
  });
});
