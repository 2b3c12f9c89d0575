// More findings than the runner shows (10 annotations per level and step): all of them go to one
// check run, 50 annotations per request, and the job summary says where the rest are. A token that
// may not write checks gets a warning and changes nothing else.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { payload, runDist, workspace } from "./run-dist.js";
import { FAILING_CARD, OWNER, REPO, commands, fakeGitHub, prPayload } from "./scenario.js";

/** A card that names no training data: one warning (training-data-undisclosed). */
const UNDISCLOSED = readFileSync(new URL("../../examples/llm-undisclosed/README.md", import.meta.url), "utf8");
const NAME = "Model provenance (all findings)";
const repository = `${OWNER}/${REPO}`;

/** `failing` models with one error each (the seed conflict, its two sources in one finding) and `undisclosed` models with one warning each. */
function models(failing: number, undisclosed: number): Record<string, string> {
  return {
    ...Object.fromEntries(Array.from({ length: failing }, (_, i) => [`models/fail-${i}/README.md`, FAILING_CARD])),
    ...Object.fromEntries(Array.from({ length: undisclosed }, (_, i) => [`models/open-${i}/README.md`, UNDISCLOSED])),
  };
}

interface Body {
  head_sha?: string;
  status?: string;
  conclusion?: string;
  output: { title: string; summary: string; annotations: { path: string; start_line: number; annotation_level: string; message: string }[] };
}

const levels = (annotations: { annotation_level: string }[]) =>
  annotations.reduce<Record<string, number>>((n, a) => ({ ...n, [a.annotation_level]: (n[a.annotation_level] ?? 0) + 1 }), {});

describe("many findings: a check run with every annotation", () => {
  it("a PR with 65 findings: POST with 50 annotations, PATCH with the other 15, and the summary says so", async () => {
    const files = models(50, 15);
    const headSha = "1".repeat(40);
    const gh = await fakeGitHub({ prFiles: Object.keys(files).map((filename) => ({ filename })), headSha });
    const r = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha }), repository, apiUrl: gh.url, workspace: workspace(files) });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: "fail", errors: "50", warnings: "15" });
    expect(gh.problems).toEqual([]);
    expect([...gh.calls()].sort()).toEqual(
      ["GET pulls/list-files", "GET repos/get-content", "GET issues/list-comments", "POST checks/create", "PATCH checks/update", "POST issues/create-comment", "GET issues/list-comments"].sort(),
    );
    expect(gh.calls().indexOf("POST checks/create")).toBeLessThan(gh.calls().indexOf("PATCH checks/update"));

    const create = gh.requests.find((q) => q.operationId === "checks/create")!.body as Body;
    const update = gh.requests.find((q) => q.operationId === "checks/update")!.body as Body;
    expect(create).toMatchObject({ name: NAME, head_sha: headSha, status: "completed", conclusion: "failure" });
    expect(create.output.annotations).toHaveLength(50);
    expect(update.output.annotations).toHaveLength(15);
    expect(update.output.summary).toBe(create.output.summary);

    // Every finding of the report is an annotation, once, at its level.
    const run = gh.state.checkRuns!.at(-1)!;
    expect(levels(run.output.annotations)).toEqual({ failure: 50, warning: 15 });
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8")) as { models: { findings: { location: { file: string; line: number } }[] }[] };
    const where = (a: { path: string; line: number }) => `${a.path}:${a.line}`;
    expect(run.output.annotations.map((a) => where({ path: a.path, line: a.start_line })).sort()).toEqual(
      report.models.flatMap((m) => m.findings.map((f) => where({ path: f.location.file, line: f.location.line }))).sort(),
    );
    expect(run.output.annotations.every((a) => a.message.includes("\nFix: "))).toBe(true);

    // The runner still gets every workflow command (it shows 10 of each); the summary says where the rest are.
    const annotated = (kind: "error" | "warning") => commands(r.stdout, kind).filter((l) => l.includes("file=models/"));
    expect(annotated("error")).toHaveLength(50);
    expect(annotated("warning")).toHaveLength(15);
    expect(r.summary).toContain(`at most 10 error, 10 warning and 10 notice annotations per step: 45 more are in the check run [${NAME}](${run.html_url})`);
  });

  it("a push: head_sha is the pushed commit; warnings only under fail-on error conclude neutral in one request", async () => {
    const gh = await fakeGitHub();
    const sha = "c".repeat(40);
    const r = await runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: workspace(models(0, 12)), sha });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe("warn");
    expect(gh.calls()).toEqual(["POST checks/create"]);
    expect(gh.requests[0]!.body).toMatchObject({ head_sha: sha, conclusion: "neutral" });
    expect(levels((gh.requests[0]!.body as Body).output.annotations)).toEqual({ warning: 12 });
    expect(r.summary).toContain("2 more are in the check run");
    expect(gh.problems).toEqual([]);
  });

  it("a token without checks: write gets a warning; the exit status still follows the findings", async () => {
    const files = models(50, 15);
    const gh = await fakeGitHub({ prFiles: Object.keys(files).map((filename) => ({ filename })), faults: [{ method: "POST", path: /\/check-runs$/, status: 403, times: 1 }] });
    const r = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40) }), repository, apiUrl: gh.url, workspace: workspace(files) });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.verdict).toBe("fail");
    expect(gh.requests.filter((q) => q.operationId?.startsWith("checks/")).map((q) => `${q.status} ${q.operationId}`)).toEqual(["403 checks/create"]);
    expect(gh.calls()).toContain("POST issues/create-comment");
    expect(commands(r.stdout, "warning").join("\n")).toMatch(/check run 'Model provenance \(all findings\)' \(HTTP 403\).*permissions: checks: write/);
    expect(r.summary).toContain("45 more are in this summary's table");
    expect(gh.problems).toEqual([]);

    // fail-on never: the same refusal, and the step passes.
    gh.state.faults.push({ method: "POST", path: /\/check-runs$/, status: 403, times: 1 });
    gh.reset();
    const lenient = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40) }), repository, apiUrl: gh.url, workspace: workspace(files), inputs: { "fail-on": "never" } });
    expect(lenient.code, lenient.stdout).toBe(0);
    expect(commands(lenient.stdout, "warning").join("\n")).toMatch(/checks: write/);
  });

  it("10 errors and 10 warnings fit the runner: no check run request", async () => {
    const files = models(10, 10);
    const gh = await fakeGitHub({ prFiles: Object.keys(files).map((filename) => ({ filename })) });
    const r = await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40) }), repository, apiUrl: gh.url, workspace: workspace(files) });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ errors: "10", warnings: "10" });
    expect(gh.calls()).toEqual(["GET pulls/list-files", "GET repos/get-content", "GET issues/list-comments", "POST issues/create-comment", "GET issues/list-comments"]);
    expect(r.summary).not.toContain("at most 10");
    expect(gh.problems).toEqual([]);
  });
});
