// Events other than pull requests scan the workspace as it is checked out, with no API request.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { payload, runDist, workspace } from "./run-dist.js";
import { CLEAN_CARD, FAILING_CARD, OWNER, REPO, commands, fakeGitHub } from "./scenario.js";

const repository = `${OWNER}/${REPO}`;

describe("full scans", () => {
  it("workflow_dispatch scans the paths its form asks for, with its fail-on", async () => {
    const gh = await fakeGitHub();
    const event = payload("workflow_dispatch");
    event.inputs = { paths: "models", "fail-on": "never" };
    const ws = workspace({ "models/a/README.md": FAILING_CARD, "other/b/README.md": FAILING_CARD });
    const r = await runDist({ event: "workflow_dispatch", payload: event, repository, apiUrl: gh.url, workspace: ws, inputs: { paths: "other", sarif: "out/provenance.sarif" } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.verdict).toBe("fail");
    expect(commands(r.stdout, "error").every((l) => l.includes("file=models/a/"))).toBe(true);
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8")) as { models: { path: string }[] };
    expect(report.models.map((m) => m.path)).toEqual(["models/a"]);
    expect(JSON.parse(readFileSync(r.outputs["sarif-path"]!, "utf8"))).toMatchObject({ version: "2.1.0" });
    expect(gh.requests).toEqual([]);
  });

  it("push scans the whole workspace and fails on errors by default", async () => {
    const gh = await fakeGitHub();
    const ws = workspace({ "a/README.md": CLEAN_CARD, "b/README.md": FAILING_CARD });
    const r = await runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: ws, inputs: { "badge-json": "badge.json" } });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe("fail");
    expect(r.outputs["badge-json-path"]).toMatch(/badge\.json$/);
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8")) as { models: { path: string }[] };
    expect(report.models.map((m) => m.path)).toEqual(["a", "b"]);
    expect(gh.requests).toEqual([]);
  });

  it("merge_group and schedule scan the workspace too", async () => {
    const gh = await fakeGitHub();
    const ws = workspace({ "m/README.md": CLEAN_CARD });
    for (const [event, body] of [["merge_group", payload("merge_group")], ["schedule", { schedule: "17 3 * * *" }]] as const) {
      const r = await runDist({ event, payload: body, repository, apiUrl: gh.url, workspace: ws });
      expect(r.code, `${event}: ${r.stdout}`).toBe(0);
      expect(r.outputs.verdict).toBe("pass");
      expect(r.summary).toContain(`full scan on ${event}`);
    }
    expect(gh.requests).toEqual([]);
  });
});
