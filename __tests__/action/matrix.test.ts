// A matrix of shards (input `shard`) and a merge step (input `merge`) publish what one run would:
// the same report, verdict, outputs and badge, and on a pull request one comment, from the merge
// step alone. The cards are the examples' (a Stable Diffusion v1 fine-tune that fails, a
// public-domain model that passes, a LICENSE that contradicts its card's metadata).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readReport } from "../../src/report.js";
import { payload, runDist, workspace } from "./run-dist.js";
import { CLEAN_CARD, FAILING_CARD, MISMATCH, OWNER, REPO, commands, fakeGitHub, prPayload } from "./scenario.js";

const repository = `${OWNER}/${REPO}`;
const reports = mkdtempSync(path.join(tmpdir(), "mpc-matrix-"));
afterAll(() => rmSync(reports, { recursive: true, force: true }));

function tree(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < 8; i++) {
    files[`models/sd-${i}/README.md`] = FAILING_CARD;
    files[`models/pd-${i}/README.md`] = CLEAN_CARD;
    files[`models/clf-${i}/README.md`] = MISMATCH.card;
    files[`models/clf-${i}/LICENSE`] = MISMATCH.license;
  }
  return files;
}

describe("a matrix of shards and a merge step", () => {
  it("on push: the merge step's report, verdict, outputs and badge are the single run's", async () => {
    const gh = await fakeGitHub();
    const ws = workspace(tree());
    const run = (inputs: Record<string, string>) => runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: ws, inputs });
    const single = await run({ "badge-json": "single-badge.json" });
    const singleCalls = gh.calls();
    gh.reset();
    const dir = path.join(reports, "push");
    const shards = await Promise.all([1, 2, 3].map((k) => run({ shard: `${k}/3`, "json-report": path.join(dir, `shard-${k}`, "report.json") })));
    for (const s of shards) {
      // A shard never fails, annotates or comments: the merge step does.
      expect(s.code, s.stdout + s.stderr).toBe(0);
      expect(commands(s.stdout, "error")).toEqual([]);
      expect(s.summary).toMatch(/shard \d\/3/);
    }
    expect(shards.map((s) => Number(s.outputs["models-checked"])).reduce((a, b) => a + b)).toBe(24);
    expect(shards.every((s) => Number(s.outputs["models-checked"]) > 0)).toBe(true);
    expect(gh.requests).toEqual([]);

    const merged = await run({ merge: dir, "badge-json": "merged-badge.json" });
    expect(merged.code, merged.stdout + merged.stderr).toBe(single.code);
    for (const k of ["verdict", "errors", "warnings", "models-checked"]) expect(merged.outputs[k]).toBe(single.outputs[k]);
    expect(readReport(readFileSync(merged.outputs["report-path"]!, "utf8"))).toEqual(readReport(readFileSync(single.outputs["report-path"]!, "utf8")));
    expect(readFileSync(merged.outputs["badge-json-path"]!, "utf8")).toBe(readFileSync(single.outputs["badge-json-path"]!, "utf8"));
    expect(commands(merged.stdout, "error").sort()).toEqual(commands(single.stdout, "error").sort());
    expect(merged.summary).toContain("merged from the 3 shards' reports");
    // Past 10 annotations both post one check run with every finding.
    expect(gh.calls()).toEqual(singleCalls);
  });

  it("on a pull request: only the merge step comments, once", async () => {
    const files = tree();
    const gh = await fakeGitHub({ prFiles: Object.keys(files).map((filename) => ({ filename })) });
    const ws = workspace(files);
    const run = (inputs: Record<string, string>) =>
      runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40) }), repository, apiUrl: gh.url, workspace: ws, inputs });
    const dir = path.join(reports, "pr");
    const shards = await Promise.all([1, 2].map((k) => run({ shard: `${k}/2`, "json-report": path.join(dir, `r${k}.json`) })));
    expect(shards.map((s) => s.code)).toEqual([0, 0]);
    expect(gh.calls().filter((c) => c.includes("comment"))).toEqual([]);
    const merged = await run({ merge: `${path.join(dir, "r1.json")}, ${path.join(dir, "r2.json")}` });
    expect(merged.code).toBe(1);
    expect(gh.state.comments).toHaveLength(1);
    expect(gh.state.comments[0]!.body).toContain("models/sd-0");
    expect(gh.state.comments[0]!.body).toContain("models/clf-7");
    expect(gh.problems).toEqual([]);
  });

  it("a missing shard fails the merge step with what is missing, and no verdict", async () => {
    const gh = await fakeGitHub();
    const ws = workspace(tree());
    const dir = path.join(reports, "partial");
    await runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: ws, inputs: { shard: "1/2", "json-report": path.join(dir, "r1.json") } });
    const merged = await runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: ws, inputs: { merge: dir } });
    expect(merged.code).toBe(1);
    expect(merged.outputs.verdict).toBeUndefined();
    expect(commands(merged.stdout, "error").join("\n")).toMatch(/input 'merge': shard 2\/2 missing/);
  });

  it("the merge step never writes an output over a shard's report it read", async () => {
    const gh = await fakeGitHub();
    const ws = workspace(tree());
    const run = (inputs: Record<string, string>) => runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: ws, inputs });
    for (const k of [1, 2]) expect((await run({ shard: `${k}/2`, "json-report": `shards/${k}.json` })).code).toBe(0);
    const shard1 = readFileSync(path.join(ws, "shards/1.json"), "utf8");
    const merged = await run({ merge: "shards", "json-report": "shards/1.json" });
    expect(merged.code).toBe(1);
    expect(commands(merged.stdout, "error").join("\n")).toMatch(/input 'json-report': refusing to write shards\/1.json: it is one of the files this run read/);
    expect(readFileSync(path.join(ws, "shards/1.json"), "utf8")).toBe(shard1);
  });

  it("shard and merge are refused together, and K/N must be a job of the matrix", async () => {
    const gh = await fakeGitHub();
    const ws = workspace(tree());
    const both = await runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: ws, inputs: { shard: "1/2", merge: "reports" } });
    expect(commands(both.stdout, "error").join("\n")).toMatch(/input 'merge'/);
    const bad = await runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: ws, inputs: { shard: "3/2" } });
    expect(commands(bad.stdout, "error").join("\n")).toMatch(/input 'shard': K must be 1 to 2/);
  });
});
