// check --shard K/N and merge: a matrix of shards gives the single run's report. The tree is the
// benchmark's generated monorepo (scripts/bench/monorepo.ts, shapes in scripts/bench/IMITATES.md):
// fine-tunes of in-tree bases, license files, dataset cards.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMonorepo, writeMonorepo, type Monorepo } from "../../scripts/bench/monorepo.js";
import { main } from "../../src/cli.js";
import { lineageKeys, parseShard, shardMembers, shardOfKey } from "../../src/engine/shard.js";
import { readReport, type Report } from "../../src/report.js";

const MODELS = 240;
const N = 3;
let repo: Monorepo;
let dir: string;
let single: { code: number; stdout: string };
const shards: { code: number; report: Report }[] = [];

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd: dir });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  repo = generateMonorepo(MODELS);
  dir = mkdtempSync(path.join(tmpdir(), "mpc-shard-"));
  writeMonorepo(dir, repo);
  single = await cli(["check", ".", "--format", "json"]);
  for (let k = 1; k <= N; k++) {
    const r = await cli(["check", ".", "--format", "json", "--shard", `${k}/${N}`, "-o", `../${path.basename(dir)}-shard-${k}.json`]);
    shards.push({ code: r.code, report: readReport(readFileSync(shardFile(k), "utf8")) });
  }
}, 120_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  for (let k = 1; k <= N; k++) rmSync(shardFile(k), { force: true });
});

const shardFile = (k: number) => path.join(dir, "..", `${path.basename(dir)}-shard-${k}.json`);
const rel = (k: number) => path.relative(dir, shardFile(k));

describe("check --shard K/N", () => {
  it("splits the models into disjoint shards that together are every model, about evenly", () => {
    const all = readReport(single.stdout).models.map((m) => m.path);
    const parts = shards.map((s) => s.report.models.map((m) => m.path));
    expect(parts.flat().sort()).toEqual([...all].sort());
    for (const p of parts) expect(p.length).toBeGreaterThan(MODELS / N / 2);
    expect(shards.map((s) => s.report.shard)).toEqual([1, 2, 3].map((index) => ({ index, count: N })));
  });

  it("keeps a model and the in-tree bases it names in one shard", () => {
    let inTree = 0;
    for (const s of shards) {
      const own = new Set(s.report.models.map((m) => m.path));
      for (const m of s.report.models) {
        for (const b of m.baseModels.filter((b) => b.id?.startsWith("models/"))) {
          inTree++;
          expect(own.has(path.posix.dirname(b.id!))).toBe(true);
        }
      }
    }
    expect(inTree).toBeGreaterThan(MODELS / 5);
  });

  it("is refused when K/N is not a job of a matrix", async () => {
    for (const bad of ["0/3", "4/3", "1/0", "2", "a/b", "1/300"]) {
      const r = await cli(["check", ".", "--shard", bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--shard/);
    }
  });
});

describe("merge REPORT...", () => {
  it("gives the single run's report and its exit status", async () => {
    const merged = await cli(["merge", ...[1, 2, 3].map(rel), "--format", "json"]);
    expect(merged.stderr).toBe("");
    // Equal as reports (a shard's JSON read back has its keys in the schema's order, not the writer's).
    expect(readReport(merged.stdout)).toEqual(readReport(single.stdout));
    expect(merged.stdout.length).toBe(single.stdout.length);
    expect(merged.code).toBe(single.code);
    // The shards themselves exit on their own findings.
    expect(shards.some((s) => s.code === 1)).toBe(true);
  });

  it("gives the same text, Markdown and SARIF in any order of the files", async () => {
    for (const format of ["text", "markdown", "sarif"]) {
      const whole = await cli(["check", ".", "--no-color", "--format", format]);
      const merged = await cli(["merge", rel(3), rel(1), rel(2), "--no-color", "--format", format]);
      expect(merged.stdout).toBe(whole.stdout);
    }
  });

  it("refuses a missing, doubled or unsharded report, naming it, with no verdict", async () => {
    const missing = await cli(["merge", rel(1), rel(3)]);
    expect([missing.code, missing.stdout]).toEqual([2, ""]);
    expect(missing.stderr).toMatch(/shard 2\/3 missing/);
    const twice = await cli(["merge", rel(1), rel(2), rel(2), rel(3)]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/both shard 2\/3/);
    const whole = path.join(dir, "..", `${path.basename(dir)}-whole.json`);
    writeFileSync(whole, single.stdout);
    try {
      const unsharded = await cli(["merge", rel(1), rel(2), rel(3), path.relative(dir, whole)]);
      expect(unsharded.code).toBe(2);
      expect(unsharded.stderr).toContain(`${path.relative(dir, whole)} is not a shard's report`);
    } finally {
      rmSync(whole);
    }
  });

  it("refuses shards judged under different policies", async () => {
    const strict = path.join(dir, "..", `${path.basename(dir)}-strict.json`);
    const r = await cli(["check", ".", "--format", "json", "--shard", "2/3", "--fail-on", "warning", "-o", path.relative(dir, strict)]);
    expect(r.code).toBe(1);
    try {
      const merged = await cli(["merge", rel(1), path.relative(dir, strict), rel(3)]);
      expect(merged.code).toBe(2);
      expect(merged.stderr).toMatch(/another policy/);
    } finally {
      rmSync(strict);
    }
  });

  it("never writes over a shard's report", async () => {
    const r = await cli(["merge", rel(1), rel(2), rel(3), "-o", rel(2)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/one of the files this run read/);
  });
});

describe("lineage groups", () => {
  const bases: Record<string, string[]> = { base: [], ft1: ["base"], ft2: ["ft1"], merged: ["ft2", "other"], other: [], lone: [], loopA: ["loopB"], loopB: ["loopA"] };
  const keys = lineageKeys(Object.keys(bases), (d) => bases[d]!);

  it("joins models through their in-tree bases, keyed by the group's first root", () => {
    expect(["base", "ft1", "ft2", "merged", "other"].map((d) => keys.get(d))).toEqual(Array(5).fill("base"));
    expect([keys.get("lone"), keys.get("loopA"), keys.get("loopB")]).toEqual(["lone", "loopA", "loopA"]);
  });

  it("keeps every model's shard when a fine-tune is added or another group removed", () => {
    const before = shardMembers(Object.keys(bases), (d) => bases[d]!, { index: 1, count: 2 });
    const grown = { ...bases, ft3: ["base"] };
    delete (grown as Record<string, string[]>).lone;
    const after = shardMembers(Object.keys(grown), (d) => grown[d as keyof typeof grown] ?? [], { index: 1, count: 2 });
    for (const d of Object.keys(bases).filter((d) => d !== "lone")) expect(after.has(d)).toBe(before.has(d));
    expect(after.has("ft3")).toBe(after.has("base"));
  });

  it("spreads keys evenly over the shards", () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[shardOfKey(`models/org-${i % 37}/model-${i}`, 4) - 1]!++;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(120);
  });

  it("reads K/N as a job of a matrix", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard("5/4")).toMatch(/K must be 1 to 4/);
  });
});
