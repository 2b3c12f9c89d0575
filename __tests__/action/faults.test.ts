// GitHub failing in the ways it does, each reported as what it is, through the bundled Action:
// a comment deleted meanwhile, rate limits (primary and a persistent secondary one), 5xx on
// commenting, a 502 HTML page, a stalled answer against the run's deadline, an App installation
// token, and Octokit's log of an expected 404.
import { describe, expect, it } from "vitest";
import { runDist, workspace, type DistRun } from "./run-dist.js";
import type { FakeGitHub } from "./fake-github.js";
import { CLEAN_CARD, FAILING_CARD, OWNER, REPO, commands, fakeGitHub, prPayload } from "./scenario.js";

const CARD = "models/sd/README.md";
const HTML_502 = "<!DOCTYPE html>\n<html><head><title>Unicorn! · GitHub</title><style>body{}</style></head><body><h1>502 Bad Gateway</h1><p>We're having a really bad day.</p></body></html>";

function runPr(gh: FakeGitHub, card: string, inputs: Record<string, string> = {}): Promise<DistRun> {
  return runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: gh.state.headSha }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace({ [CARD]: card }), inputs });
}

/** Everything the run printed that a reader sees (debug lines are hidden unless step debugging is on). */
const visible = (r: DistRun) => [...r.stdout.split("\n"), ...r.stderr.split("\n")].filter((l) => l && !l.startsWith("::debug::")).join("\n");

describe("faults: the PR comment", () => {
  it("recreates the comment when it was deleted after being found (404 on edit)", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }] });
    await runPr(gh, FAILING_CARD);
    const old = gh.state.comments[0]!;
    old.body = old.body.replace(/digest=\w+/, "digest=stale");
    // A reviewer deletes it between the Action's listing and its edit.
    gh.state.faults.push({ method: "PATCH", path: /\/issues\/comments\/\d+$/, status: 404, message: "Not Found", times: 1, effect: (s) => s.comments.splice(0) });
    gh.reset();
    const r = await runPr(gh, FAILING_CARD);
    expect(r.code, visible(r)).toBe(1);
    expect(gh.calls().slice(-3)).toEqual(["PATCH issues/update-comment", "POST issues/create-comment", "GET issues/list-comments"]);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0]!.id).not.toBe(old.id);
    expect(r.outputs["comment-id"]).toBe(String(gh.state.comments[0]!.id));
    expect(r.outputs["comment-url"]).toBe(gh.state.comments[0]!.html_url);
    expect(visible(r)).not.toMatch(/read-only/);
    expect(gh.problems).toEqual([]);
  });

  it("a persistent secondary rate limit: retried, then a warning with the time to retry; the verdict stands", async () => {
    const gh = await fakeGitHub({
      prFiles: [{ filename: CARD }],
      faults: [{ method: "POST", path: /\/issues\/7\/comments$/, status: 403, times: Infinity, headers: { "retry-after": "1" }, message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." }],
    });
    const r = await runPr(gh, FAILING_CARD);
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe("fail");
    expect(gh.requests.filter((q) => q.operationId === "issues/create-comment").map((q) => q.status)).toEqual([403, 403, 403]);
    const warning = commands(r.stdout, "warning").join("\n");
    expect(warning).toMatch(/Could not write the PR comment: GitHub's rate limit on POST \/repos\/Codertocat\/Hello-World\/issues\/7\/comments \(HTTP 403: You have exceeded a secondary rate limit\..*\); it resets at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    expect(warning).toMatch(/The verdict stands/);
    expect(warning).not.toMatch(/read-only/);
    expect(r.summary).toContain("license-exceeds-data-rights");
  });

  it("a 5xx on commenting is retried, then a warning; a passing verdict stays a pass", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }], faults: [{ method: "POST", path: /\/issues\/7\/comments$/, status: 500, times: Infinity, message: "Server Error" }] });
    const r = await runPr(gh, CLEAN_CARD, { comment: "always" });
    expect(r.code, visible(r)).toBe(0);
    expect(r.outputs.verdict).toBe("pass");
    expect(gh.requests.filter((q) => q.operationId === "issues/create-comment").map((q) => q.status)).toEqual([500, 500, 500]);
    expect(commands(r.stdout, "warning").join("\n")).toMatch(/Could not write the PR comment: HTTP 500 on POST \/repos\/Codertocat\/Hello-World\/issues\/7\/comments \(Server Error\)\. The verdict stands/);
    expect(commands(r.stdout, "error")).toEqual([]);
  });
});

describe("faults: reading the pull request", () => {
  it("a 502 with an HTML page: the annotation names it without dumping it, and the summary is still written", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }], faults: [{ method: "GET", path: /\/contents\//, status: 502, times: Infinity, body: HTML_502 }] });
    const r = await runPr(gh, FAILING_CARD);
    expect(r.code).toBe(1);
    const error = commands(r.stdout, "error").join("\n");
    expect(error).toMatch(/Model provenance could not check this run: HTTP 502 on GET \/repos\/Codertocat\/Hello-World\/contents\/\.github\/model-provenance\.yml \(an HTML error page\)\. Nothing was judged, so this is not a pass/);
    expect(visible(r)).not.toMatch(/<html|DOCTYPE|Unicorn|bad day|\n\s+at /i);
    expect(r.summary).toMatch(/^### Model provenance: not checked/);
    expect(r.summary).not.toMatch(/<html|Unicorn/i);
    expect(r.outputs.verdict).toBeUndefined();
  });

  it("a primary rate limit that resets after the deadline: no wait, the reset time is said", async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const gh = await fakeGitHub({
      prFiles: [{ filename: CARD }],
      faults: [{ method: "GET", path: /\/pulls\/7\/files$/, status: 403, times: Infinity, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) }, message: "API rate limit exceeded for installation ID 1." }],
    });
    const r = await runPr(gh, FAILING_CARD);
    expect(r.code).toBe(1);
    expect(gh.requests).toHaveLength(1);
    expect(commands(r.stdout, "error").join("\n")).toContain(`it resets at ${new Date(reset * 1000).toISOString().replace(/\.\d+Z$/, "Z")}`);
    expect(r.ms).toBeLessThan(30_000);
  });

  it("a stalled answer is cut off at the run's deadline, with a message that says so", { timeout: 60_000 }, async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }], faults: [{ method: "GET", path: /\/pulls\/7\/files$/, status: 200, times: Infinity, stall: true }] });
    const r = await runPr(gh, FAILING_CARD, { "api-timeout": "10" });
    expect(r.code).toBe(1);
    expect(commands(r.stdout, "error").join("\n")).toMatch(
      /could not check this run: the GitHub API work of this run took longer than its 10 s deadline \(input api-timeout\) \(GET \/repos\/Codertocat\/Hello-World\/pulls\/7\/files was the request cut off\)/,
    );
    // One request, cut off at the deadline: not retried past it.
    expect(gh.requests.filter((q) => q.operationId === "pulls/list-files")).toHaveLength(1);
    expect(r.summary).toMatch(/not checked/);
  });
});

describe("identity and log", () => {
  it("a GitHub App installation token finds its own comment (GraphQL viewer) instead of posting a new one every run", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }], token: { login: "provenance-app[bot]", installation: true } });
    const first = await runPr(gh, FAILING_CARD);
    expect(first.code).toBe(1);
    expect(gh.state.comments.map((c) => c.user.login)).toEqual(["provenance-app[bot]"]);
    gh.state.comments[0]!.body = gh.state.comments[0]!.body.replace(/digest=\w+/, "digest=stale");
    // Someone else quoting the marker is still not ours.
    gh.state.comments.push({ id: 99, body: "<!-- model-provenance-check:sticky digest=x -->\nquote", user: { login: "octocat", type: "User" }, html_url: "https://github.com/x#99" });
    gh.reset();
    const second = await runPr(gh, FAILING_CARD);
    expect(second.code).toBe(1);
    expect(gh.calls()).toContain("POST graphql");
    expect(gh.calls()).toContain("PATCH issues/update-comment");
    expect(gh.calls()).not.toContain("POST issues/create-comment");
    expect(gh.state.comments.map((c) => c.user.login)).toEqual(["provenance-app[bot]", "octocat"]);
    expect(gh.state.comments[1]!.body).toContain("quote");
    expect(gh.problems).toEqual([]);
  });

  it("an expected 404 (no policy on the base branch) goes to the debug log, not to the reader", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }] });
    const r = await runPr(gh, CLEAN_CARD);
    expect(r.code).toBe(0);
    expect(gh.requests.some((q) => q.operationId === "repos/get-content" && q.status === 404)).toBe(true);
    expect(visible(r)).not.toMatch(/404/);
    expect(r.stdout).toMatch(/::debug::GET \/repos\/Codertocat\/Hello-World\/contents\/.* - 404/);
  });
});
