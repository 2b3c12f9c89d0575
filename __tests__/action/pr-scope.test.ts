// What a PR is judged on: only the models it touches, by the base branch's policy; a PR that
// touches no model finishes at once.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runDist, workspace } from "./run-dist.js";
import { CLEAN_CARD, FAILING_CARD, OWNER, POLICY, REPO, commands, fakeGitHub, prPayload } from "./scenario.js";

const repository = `${OWNER}/${REPO}`;

describe("pull_request: scope", () => {
  it("finishes early with a notice when no card, license or policy changed", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: "src/app.py" }, { filename: "README.txt" }] });
    const r = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40) }), repository, apiUrl: gh.url, workspace: workspace({ "models/sd/README.md": FAILING_CARD }) });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe("pass");
    expect(commands(r.stdout, "notice").join("\n")).toMatch(/Nothing to check: no model card, license file, dataset card or policy/);
    // Only the file list, and the comment list in case an earlier push left findings to resolve.
    expect(gh.calls()).toEqual(["GET pulls/list-files", "GET issues/list-comments"]);
    expect(gh.problems).toEqual([]);
  });

  it("judges only the models the PR touches", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: "models/new/README.md" }] });
    const r = await runDist({
      event: "pull_request",
      payload: prPayload({ number: 7, headSha: "1".repeat(40) }),
      repository,
      apiUrl: gh.url,
      workspace: workspace({ "models/old/README.md": FAILING_CARD, "models/new/README.md": CLEAN_CARD }),
    });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe("pass");
    expect(r.summary).toContain("models/new");
    expect(r.summary).not.toContain("models/old");
  });

  it("also judges a fine-tune whose base model in the repository changed", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: "models/base/README.md" }] });
    const finetune = "---\nlicense: mit\nbase_model: models/base\n---\n\n# A fine-tune\n";
    const r = await runDist({
      event: "pull_request",
      payload: prPayload({ number: 7, headSha: "1".repeat(40) }),
      repository,
      apiUrl: gh.url,
      workspace: workspace({ "models/base/README.md": FAILING_CARD, "models/ft/README.md": finetune, "models/other/README.md": CLEAN_CARD }),
      inputs: { "json-report": "report.json" },
    });
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8")) as { models: { path: string }[] };
    expect(report.models.map((m) => m.path)).toEqual(["models/base", "models/ft"]);
  });

  it("uses the base branch's policy when the PR changes it, judges every model, and says so", async () => {
    const strict = "fail_on: warning\n";
    const weakened = "fail_on: never\nchecks:\n  license-exceeds-data-rights: off\n";
    const gh = await fakeGitHub({ prFiles: [{ filename: POLICY }], base: { [POLICY]: strict } });
    const r = await runDist({
      event: "pull_request",
      payload: prPayload({ number: 7, headSha: "1".repeat(40) }),
      repository,
      apiUrl: gh.url,
      workspace: workspace({ [POLICY]: weakened, "models/sd/README.md": FAILING_CARD }),
    });
    // The PR's own copy would turn the check off; the base's copy still fails it.
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs.verdict).toBe("fail");
    expect(gh.calls()).toEqual(["GET pulls/list-files", "GET repos/get-content", "GET issues/list-comments", "POST issues/create-comment", "GET issues/list-comments"]);
    const body = gh.state.comments[0]!.body;
    expect(body).toContain(`This pull request changes \`${POLICY}\``);
    expect(body).toContain("license-exceeds-data-rights");
    expect(gh.problems).toEqual([]);
  });
});
