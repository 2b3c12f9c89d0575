// What a pull request run reads, and how much: the base branch's versions of the files it changes
// (for the engine's trust boundary), the whole change even past GitHub's 3,000-file cap, and
// through the API only the blobs of the changed models and what their cards name in the tree.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gitBlobId } from "./fake-github.js";
import { payload, runDist, workspace } from "./run-dist.js";
import { CLEAN_CARD, FAILING_CARD, OWNER, REPO, commands, fakeGitHub, prPayload } from "./scenario.js";

const repository = `${OWNER}/${REPO}`;
const CARD = "models/sd/README.md";

describe("pull_request: the base branch's versions", () => {
  it("reads the base version of each changed card that exists there, and none of the new ones", async () => {
    const gh = await fakeGitHub({
      prFiles: [{ filename: CARD }, { filename: "models/new/README.md" }, { filename: "models/moved/README.md", status: "renamed", previous_filename: "models/old/README.md" }],
      base: { [CARD]: CLEAN_CARD, "models/old/README.md": CLEAN_CARD },
    });
    const r = await runDist({
      event: "pull_request",
      payload: prPayload({ number: 7, headSha: "1".repeat(40), changedFiles: 3 }),
      repository,
      apiUrl: gh.url,
      workspace: workspace({ [CARD]: FAILING_CARD, "models/new/README.md": CLEAN_CARD, "models/moved/README.md": CLEAN_CARD }),
    });
    expect(r.code, r.stdout).toBe(1);
    const read = gh.requests.filter((q) => q.operationId === "repos/get-content").map((q) => decodeURIComponent(q.path.split("/contents/")[1]!));
    expect(read.sort()).toEqual([".github/model-provenance.yml", CARD, "models/old/README.md"].sort());
    expect(gh.problems).toEqual([]);
  });
});

describe("pull_request: GitHub's 3,000-file cap", () => {
  // 3,000 unrelated files listed first; the conflict is the 3,001st, which GitHub never lists.
  const unrelated = Array.from({ length: 3000 }, (_, i) => `assets/img-${String(i).padStart(4, "0")}.png`);

  for (const event of ["pull_request", "pull_request_target"] as const) {
    it(`${event}: falls back to every model, finds the conflict past the cap, and says so`, { timeout: 60_000 }, async () => {
      const head = Object.fromEntries([...unrelated.slice(0, 5).map((p) => [p, "png"]), [CARD, FAILING_CARD], ["models/ok/README.md", CLEAN_CARD]]);
      const gh = await fakeGitHub({
        headSha: "9".repeat(40),
        prFiles: [...unrelated.map((filename) => ({ filename, status: "added" })), { filename: CARD, status: "added" }],
        base: { "models/ok/README.md": CLEAN_CARD },
        head,
      });
      const r = await runDist({
        event,
        payload: prPayload({ number: 7, headSha: "9".repeat(40), changedFiles: 3001, fork: event === "pull_request_target" }),
        repository,
        apiUrl: gh.url,
        workspace: event === "pull_request" ? workspace({ [CARD]: FAILING_CARD, "models/ok/README.md": CLEAN_CARD }) : workspace({}),
        inputs: { "json-report": "report.json" },
      });
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.outputs.verdict).toBe("fail");
      // 30 pages of 100: GitHub stops there.
      expect(gh.calls().filter((c) => c === "GET pulls/list-files")).toHaveLength(30);
      expect(gh.calls().filter((c) => c === "GET git/get-tree")).toHaveLength(2);
      const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8")) as { models: { path: string }[] };
      expect(report.models.map((m) => m.path)).toEqual(["models/ok", "models/sd"]);
      expect(r.summary).toContain("GitHub lists at most 3,000 files of a pull request, and this one changes 3,001: every model was checked");
      expect(gh.state.comments[0]!.body).toContain("every model was checked");
      expect(gh.problems).toEqual([]);
    });
  }
});

describe("pull_request_target: only the blobs a change needs", () => {
  it("a one-card PR in a 600-model repository fetches that card, its in-tree base and the dataset card it names", { timeout: 60_000 }, async () => {
    const head: Record<string, string> = {};
    // Every file distinct, so that a blob id names one file.
    for (let i = 0; i < 600; i++) {
      head[`models/m${i}/README.md`] = `${CLEAN_CARD}\n<!-- model ${i} -->\n`;
      head[`models/m${i}/LICENSE`] = `MIT License\n\nCopyright (c) ${2000 + i} Example\n`;
    }
    head["data/house-photos/README.md"] = "---\nlicense: cc-by-4.0\n---\n# house-photos\n";
    const tuned = "---\nlicense: mit\nbase_model: models/m1\ndatasets:\n  - house-photos\n---\n\n# A fine-tune of m1\n";
    head["models/tuned/README.md"] = tuned;
    const gh = await fakeGitHub({ headSha: "7".repeat(40), prFiles: [{ filename: "models/tuned/README.md", status: "added" }], head });
    const r = await runDist({
      event: "pull_request_target",
      payload: prPayload({ number: 7, headSha: "7".repeat(40), fork: true }),
      repository,
      apiUrl: gh.url,
      workspace: workspace({}),
      inputs: { "json-report": "report.json", "fail-on": "never" },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const blobs = gh.requests.filter((q) => q.operationId === "git/get-blob").map((q) => q.path.split("/").pop());
    const fetched = Object.entries(head).filter(([, text]) => blobs.includes(gitBlobId(text)));
    expect(blobs).toHaveLength(4);
    expect(fetched.map(([p]) => p).sort()).toEqual(["data/house-photos/README.md", "models/m1/LICENSE", "models/m1/README.md", "models/tuned/README.md"]);
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8")) as { models: { path: string; baseModels: { ref: string; id?: string }[] }[] };
    expect(report.models.map((m) => m.path)).toEqual(["models/tuned"]);
    expect(report.models[0]!.baseModels[0]).toMatchObject({ ref: "models/m1", id: "models/m1/README.md" });
    expect(r.summary).toMatch(/fine-tunes elsewhere in the repository are checked when they change/);
    expect(gh.problems).toEqual([]);
  });

  it("never fetches a symbolic link: a fork's README.md -> /etc/passwd is skipped, and said to be", async () => {
    const gh = await fakeGitHub({
      headSha: "6".repeat(40),
      prFiles: [{ filename: CARD, status: "added" }, { filename: "models/sd/LICENSE", status: "added" }],
      head: { [CARD]: "/etc/passwd", "models/sd/LICENSE": "MIT License\n" },
      symlinks: [CARD],
    });
    const r = await runDist({ event: "pull_request_target", payload: prPayload({ number: 7, headSha: "6".repeat(40), fork: true, changedFiles: 2 }), repository, apiUrl: gh.url, workspace: workspace({}) });
    expect(r.stdout + r.stderr).not.toMatch(/root:x:0/);
    const blobs = gh.requests.filter((q) => q.operationId === "git/get-blob");
    expect(blobs).toHaveLength(1);
    expect(r.summary).toContain("models/sd/README.md");
    expect(r.summary).toMatch(/symbolic link \(not followed\)/);
    expect(gh.problems).toEqual([]);
  });
});

describe("a run that checks no model", () => {
  it("says so with a warning and is not a pass, unless the scope explains it", async () => {
    const gh = await fakeGitHub();
    const r = await runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: workspace({ "src/app.py": "print(1)\n" }) });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe("none");
    expect(r.outputs["models-checked"]).toBe("0");
    expect(commands(r.stdout, "warning").join("\n")).toMatch(/No model was checked: no model card or license file was found under \. .*This is not a pass/);

    // A PR that touches no model: nothing to check is the expected outcome, and it passes.
    const pr = await fakeGitHub({ prFiles: [{ filename: "src/app.py" }] });
    const quiet = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40) }), repository, apiUrl: pr.url, workspace: workspace({ [CARD]: FAILING_CARD }) });
    expect(quiet.outputs.verdict).toBe("pass");
    expect(commands(quiet.stdout, "warning")).toEqual([]);
  });
});
