// pull_request_target: the PR's files are read through the API at its head commit, as data;
// nothing of the PR is checked out (the workspace here is empty on purpose). The same holds for
// workflow_run, the second half of the two-workflow recipe.
import { describe, expect, it } from "vitest";
import { payload, runDist, workspace } from "./run-dist.js";
import { FAILING_CARD, OWNER, REPO, fakeGitHub, prPayload } from "./scenario.js";

describe("pull_request_target", () => {
  it("reads the fork's cards through the API at the head commit and comments", async () => {
    const head = "9".repeat(40);
    const gh = await fakeGitHub({
      headSha: head,
      prFiles: [{ filename: "models/sd/README.md" }],
      head: { "models/sd/README.md": FAILING_CARD, "src/train.py": "print('not read')\n" },
    });
    const r = await runDist({ event: "pull_request_target", payload: prPayload({ number: 7, headSha: head, fork: true }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace({}) });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.verdict).toBe("fail");
    expect(gh.calls()).toEqual([
      "GET pulls/list-files",
      "GET git/get-tree",
      "GET git/get-blob",
      "GET repos/get-content",
      "GET issues/list-comments",
      "POST issues/create-comment",
      "GET issues/list-comments",
    ]);
    expect(gh.state.comments[0]!.body).toContain("models/sd/README.md");
    expect(gh.problems).toEqual([]);
  });
});

describe("workflow_run (the fork-safe second workflow)", () => {
  it("finds the fork's PR by head branch, reads it through the API and comments", async () => {
    const head = "8".repeat(40);
    const gh = await fakeGitHub({ headSha: head, prFiles: [{ filename: "models/sd/README.md" }], head: { "models/sd/README.md": FAILING_CARD } });
    const event = payload("workflow_run", (e) => e.action === "completed");
    const run = event.workflow_run as Record<string, unknown>;
    Object.assign(run, { event: "pull_request", head_sha: head, head_branch: "patch-1", pull_requests: [] });
    run.head_repository = { ...(run.head_repository as object), full_name: `contributor/${REPO}`, owner: { login: "contributor" } };
    run.repository = { ...(run.repository as object), full_name: `${OWNER}/${REPO}` };
    const r = await runDist({ event: "workflow_run", payload: event, repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace({}) });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(gh.calls()).toEqual([
      "GET pulls/list",
      "GET pulls/list-files",
      "GET git/get-tree",
      "GET git/get-blob",
      "GET repos/get-content",
      "GET issues/list-comments",
      "POST issues/create-comment",
      "GET issues/list-comments",
    ]);
    expect(gh.problems).toEqual([]);
  });
});
