// The sticky comment over a PR's life: created, left alone, edited, resolved, and never taken
// from someone else's comment that happens to contain the marker.
import { describe, expect, it } from "vitest";
import { runDist, workspace } from "./run-dist.js";
import { CLEAN_CARD, FAILING_CARD, MISMATCH, OWNER, REPO, fakeGitHub, prPayload } from "./scenario.js";

const CARD = "models/sd/README.md";

describe("pull_request: the sticky comment", () => {
  it("is created, kept when nothing changed, edited when findings change, resolved when they are gone", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }] });
    const run = (files: Record<string, string>, headSha: string, action = "synchronize") => {
      gh.state.headSha = headSha;
      gh.reset();
      return runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha, action }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace(files) });
    };

    const first = await run({ [CARD]: FAILING_CARD }, "1".repeat(40), "opened");
    expect(first.code, first.stdout + first.stderr).toBe(1);
    expect(first.outputs.verdict).toBe("fail");
    // After creating, one more look settles a race with another run (see the race test below).
    expect(gh.calls()).toEqual(["GET pulls/list-files", "GET repos/get-content", "GET issues/list-comments", "POST issues/create-comment", "GET issues/list-comments"]);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0]!.body).toContain("license-exceeds-data-rights");
    expect(first.outputs["comment-url"]).toBe(gh.state.comments[0]!.html_url);
    expect(gh.problems).toEqual([]);

    // A new push that changes no finding: no write, and few requests.
    const second = await run({ [CARD]: FAILING_CARD }, "2".repeat(40));
    expect(second.code).toBe(1);
    expect(gh.calls()).toEqual(["GET pulls/list-files", "GET repos/get-content", "GET issues/list-comments"]);
    expect(gh.requests.length).toBeLessThanOrEqual(5);

    // Another model with another finding: the same comment is edited.
    gh.state.prFiles.push({ filename: "models/clf/README.md" }, { filename: "models/clf/LICENSE" });
    const third = await run({ [CARD]: FAILING_CARD, "models/clf/README.md": MISMATCH.card, "models/clf/LICENSE": MISMATCH.license }, "3".repeat(40));
    expect(third.code).toBe(1);
    expect(gh.calls()).toContain("PATCH issues/update-comment");
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0]!.body).toContain("models/clf");

    // Both fixed: the comment becomes a short resolved note, and the check passes.
    const fixed = await run({ [CARD]: CLEAN_CARD, "models/clf/README.md": CLEAN_CARD }, "4".repeat(40));
    expect(fixed.code, fixed.stdout).toBe(0);
    expect(fixed.outputs.verdict).toBe("pass");
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0]!.body).toContain("resolved");
    expect(gh.state.comments[0]!.body).not.toContain("license-exceeds-data-rights");
    expect(gh.problems).toEqual([]);
  });

  it("never leaves two comments when two runs race on a new PR", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }] });
    gh.state.headSha = "1".repeat(40);
    const race = () =>
      runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40), action: "opened" }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace({ [CARD]: FAILING_CARD }) });
    // Both runs find no comment before either creates one: the worst case.
    gh.state.comments.length = 0;
    const [a, b] = await Promise.all([race(), race()]);
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0]!.body).toContain("license-exceeds-data-rights");
    expect(a.outputs["comment-url"]).toBe(gh.state.comments[0]!.html_url);
    expect(b.outputs["comment-url"]).toBe(gh.state.comments[0]!.html_url);
    expect(gh.problems).toEqual([]);
  });

  it("does not comment on a clean PR, and ignores the marker in someone else's comment", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }] });
    const clean = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40) }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace({ [CARD]: CLEAN_CARD }) });
    expect(clean.code).toBe(0);
    expect(gh.calls()).not.toContain("POST issues/create-comment");

    // A user quoting our comment (marker included) must not have their comment edited.
    gh.state.comments.push({ id: 1, body: "<!-- model-provenance-check:sticky digest=0 -->\nquoted", user: { login: "octocat", type: "User" }, html_url: "https://github.com/x#1" });
    gh.reset();
    const failing = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "2".repeat(40) }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace({ [CARD]: FAILING_CARD }) });
    expect(failing.code).toBe(1);
    expect(gh.state.comments.map((c) => c.user.login)).toEqual(["octocat", "github-actions[bot]"]);
    expect(gh.state.comments[0]!.body).toContain("quoted");
    expect(gh.problems).toEqual([]);
  });

  it("with a personal access token, recognises its own comment by asking who it is", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }], token: { login: "release-bot", installation: false } });
    const run = (headSha: string) =>
      runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace({ [CARD]: FAILING_CARD }) });
    await run("1".repeat(40));
    expect(gh.state.comments.map((c) => c.user.login)).toEqual(["release-bot"]);
    gh.state.comments[0]!.body = gh.state.comments[0]!.body.replace(/digest=\w+/, "digest=old");
    gh.reset();
    await run("2".repeat(40));
    // The GraphQL viewer says who a token is, for personal tokens and App installations alike.
    expect(gh.calls()).toEqual(["GET pulls/list-files", "GET repos/get-content", "GET issues/list-comments", "POST graphql", "PATCH issues/update-comment"]);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.problems).toEqual([]);
  });

  it("stays within GitHub's 65,536 characters and says it was cut", async () => {
    // Many failing models make a report far longer than a comment may be.
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`models/m${i}/README.md`, FAILING_CARD]));
    const gh = await fakeGitHub({ prFiles: Object.keys(files).map((filename) => ({ filename })) });
    const r = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40) }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace(files) });
    expect(r.code).toBe(1);
    const body = gh.state.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/Truncated/);
    expect(r.summary.length).toBeGreaterThan(body.length);
    expect(gh.problems).toEqual([]);
  });
});

describe("pull_request: inline-comments", () => {
  it("posts each finding on a line of the diff once, as one review", async () => {
    const patch = `@@ -0,0 +1,${FAILING_CARD.split("\n").length} @@\n+...`;
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD, status: "added", patch }] });
    const run = () =>
      runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: gh.state.headSha }), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: workspace({ [CARD]: FAILING_CARD }), inputs: { "inline-comments": "true" } });
    const first = await run();
    expect(first.code).toBe(1);
    expect(gh.calls()).toContain("POST pulls/create-review");
    expect(gh.state.reviewComments.length).toBeGreaterThan(0);
    expect(gh.state.reviewComments.every((c) => c.path === CARD)).toBe(true);
    const posted = gh.state.reviewComments.length;

    gh.reset();
    await run();
    expect(gh.calls()).not.toContain("POST pulls/create-review");
    expect(gh.state.reviewComments).toHaveLength(posted);
    expect(gh.problems).toEqual([]);
  });
});
