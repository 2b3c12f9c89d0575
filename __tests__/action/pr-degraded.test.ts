// When GitHub says no or fails for a moment: a fork's read-only token still gets annotations,
// summary and outputs; a transient 500 is retried.
import { describe, expect, it } from "vitest";
import { runDist, workspace } from "./run-dist.js";
import { FAILING_CARD, OWNER, REPO, commands, fakeGitHub, prPayload } from "./scenario.js";

const CARD = "models/sd/README.md";

describe("pull_request: degraded", () => {
  it("a fork PR whose token may not comment still annotates, summarises, sets outputs and fails on findings", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }], commentWriteStatus: 403 });
    const r = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40), fork: true }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace({ [CARD]: FAILING_CARD }) });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe("fail");
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    expect(commands(r.stdout, "error").some((l) => l.includes(`file=${CARD}`))).toBe(true);
    expect(commands(r.stdout, "warning").join("\n")).toMatch(/Could not write the PR comment \(HTTP 403\).*pull-requests: write/);
    expect(r.summary).toContain("license-exceeds-data-rights");
    expect(gh.state.comments).toEqual([]);
    expect(gh.problems).toEqual([]);
  });

  it("retries a 500 and then succeeds", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }], faults: [{ method: "GET", path: /\/pulls\/7\/files$/, status: 500, times: 1 }] });
    const r = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40) }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace({ [CARD]: FAILING_CARD }) });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.verdict).toBe("fail");
    expect(gh.requests.map((q) => `${q.status} ${q.operationId}`)).toEqual([
      "500 pulls/list-files",
      "200 pulls/list-files",
      // The policy, which the base branch does not have (the card is new: no base version to read).
      "404 repos/get-content",
      "200 issues/list-comments",
      "201 issues/create-comment",
      "200 issues/list-comments",
    ]);
    expect(gh.problems).toEqual([]);
  });

  it("fails with the input's name when an input is invalid, before any request", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }] });
    const r = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40) }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace({ [CARD]: FAILING_CARD }), inputs: { comment: "sometimes", paths: "../outside" } });
    expect(r.code).toBe(1);
    const errors = commands(r.stdout, "error").join("\n");
    expect(errors).toMatch(/input 'comment'/);
    expect(errors).toMatch(/input 'paths'/);
    expect(gh.requests).toEqual([]);
  });
});
