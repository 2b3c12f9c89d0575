// No optimisation changes a verdict or a finding: the generated monorepo of the benchmark
// (scripts/bench/monorepo.ts, shapes in scripts/bench/IMITATES.md) is analysed by the plain path
// (every file in memory, analyze() in one piece) and by each optimised path the CLI takes, and the
// reports must be equal, finding by finding.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMonorepo, writeMonorepo, type Monorepo } from "../../scripts/bench/monorepo.js";
import { main } from "../../src/cli.js";
import { renderJson } from "../../src/render/json.js";
import { readReport, type Report } from "../../src/report.js";
import { prefetchLineage, withHubNotes } from "../../src/hub/index.js";
import { CUT_OVER_FILES, workersFor } from "../../src/cli/preread.js";
import { check, kb } from "../helpers.js";
import { fakeHub } from "../lineage/fake-hub.js";

const MODELS = 300;
let repo: Monorepo;
let dir: string;
let plain: Report;

beforeAll(() => {
  repo = generateMonorepo(MODELS);
  dir = mkdtempSync(path.join(tmpdir(), "mpc-equivalence-"));
  writeMonorepo(dir, repo);
  plain = check(Object.fromEntries(repo.files.map((f) => [f.path, f.content])));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], hub?: typeof fetch): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s), isTTY: false, cwd: dir, hub: { fetch: hub, env: {} } };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** The CLI's JSON report, with the run date pinned as the plain path pins it. */
async function cliReport(args: string[], hub?: typeof fetch): Promise<Report> {
  const r = await cli(["check", ".", "--format", "json", ...args], hub);
  expect(r.stderr).toBe("");
  return readReport(r.stdout);
}

describe("the generated monorepo", () => {
  it("exercises what the comparison is about: lineage in the tree, license files, most checks", () => {
    const checks = new Set(plain.models.flatMap((m) => m.findings.map((f) => f.checkId)));
    expect(plain.models).toHaveLength(MODELS);
    expect(checks.size).toBeGreaterThanOrEqual(6);
    expect(plain.models.filter((m) => m.baseModels.some((b) => b.id?.startsWith("models/"))).length).toBeGreaterThan(MODELS / 5);
    expect(plain.models.filter((m) => m.license.file).length).toBeGreaterThan(MODELS / 2);
    expect(new Set(plain.models.map((m) => m.verdict))).toEqual(new Set(["pass", "warn", "fail"]));
    // A broken generator would measure error paths, not the work: no card may be malformed.
    expect(plain.models.flatMap((m) => m.findings).filter((f) => f.checkId === "card-malformed")).toEqual([]);
  });

  it("is the same every time it is generated", () => {
    expect(generateMonorepo(MODELS).files).toEqual(repo.files);
  });
});

describe("optimised paths give the plain path's report", () => {
  it("the CLI reading the tree from disk, file by file, and streaming the JSON model by model", async () => {
    const streamed = await cli(["check", ".", "--format", "json"]);
    expect(streamed.stdout).toBe(renderJson(plain));
    expect(readReport(streamed.stdout)).toEqual(plain);
  });
});

describe("reading in worker threads", () => {
  it("the bundled CLI (dist/cli.js) reading the cards and license files in 1 and 3 threads gives the plain report", async () => {
    const bundle = new URL("../../dist/cli.js", import.meta.url).href;
    const bundled = (await import(bundle)) as { main: typeof main };
    for (const threads of ["1", "3"]) {
      let stdout = "";
      let stderr = "";
      const code = await bundled.main(["check", ".", "--format", "json"], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd: dir, env: { MODEL_PROVENANCE_THREADS: threads } });
      expect([code, stderr]).toEqual([1, ""]);
      expect(stdout, `${threads} thread(s)`).toBe(renderJson(plain));
    }
  });

  it("starts threads past the cut-over only, one per idle core beside the main thread", () => {
    expect(workersFor(CUT_OVER_FILES - 1, {}, 8, 0)).toBe(0);
    expect(workersFor(CUT_OVER_FILES, {}, 2, 0.3)).toBe(1);
    expect(workersFor(CUT_OVER_FILES, {}, 2, 4.8)).toBe(0);
    expect(workersFor(CUT_OVER_FILES, {}, 4, 1)).toBe(2);
    expect(workersFor(10, { MODEL_PROVENANCE_THREADS: "2" }, 2, 9)).toBe(2);
    expect(workersFor(1e6, { MODEL_PROVENANCE_THREADS: "0" }, 8, 0)).toBe(0);
  });
});

describe("check --hub", () => {
  it("gives the same report with a cold and a warm cache, and the same as the fetched cards analysed in memory", async () => {
    const cache = path.join(dir, "..", `${path.basename(dir)}-hub-cache`);
    try {
      const cold = await cliReport(["--hub", "--hub-cache", cache], fakeHub(structuredClone(repo.hub)).fetch);
      const warm = await cliReport(["--hub", "--hub-cache", cache], fakeHub(structuredClone(repo.hub)).fetch);
      const pre = await prefetchLineage(repo.files, kb, { fetch: fakeHub(structuredClone(repo.hub)).fetch });
      // Fetched cards reach analyze() apart from the repository's files (a `.hub/` among those is ignored).
      const files = Object.fromEntries(repo.files.map((f) => [f.path, f.content]));
      const inMemory = withHubNotes(check(files, { onlyModels: plain.models.map((m) => m.path), hub: pre.files }), pre);
      expect(pre.files.length).toBeGreaterThan(10);
      const fromCache = (r: Report) => ({ ...r, notes: r.notes.map((n) => n.replace(/ \(\d+ from the cache\)/, "")) });
      expect(fromCache(warm)).toEqual(fromCache(cold));
      expect(cold).toEqual(inMemory);
      expect(warm.notes.join(" ")).toMatch(/from the cache/);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
