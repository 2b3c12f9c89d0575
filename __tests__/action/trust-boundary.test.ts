// The trust boundary through the bundled Action (dist/index.js) against the stand-in GitHub
// (issue 12, point 11): a pull request cannot pass its own conflict with an in-tree dataset card, a
// committed .hub/ cache or a folder named like a known base, on pull_request (checked out) and on
// pull_request_target (read through the API); a fork's symbolic links neither loop, nor leak, nor
// get written through; a 1 MB ReDoS card read through the API does not stall the run. The cards
// imitate a Stable Diffusion v1 fine-tune (license creativeml-openrail-m, LAION-2B-en named) and
// a Hub dataset card (front matter with `license:`).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runDist, workspace, type DistRun } from "./run-dist.js";
import type { FakeGitHub } from "./fake-github.js";
import { OWNER, REPO, commands, fakeGitHub, prPayload } from "./scenario.js";

const repository = `${OWNER}/${REPO}`;
const HEAD = "5".repeat(40);
const card = (meta: string, body: string) => `---\n${meta}\n---\n\n${body}`;
const SEED = card("license: creativeml-openrail-m\ndatasets:\n  - laion/laion2B-en", "# Stable Diffusion fine-tune\n\nFine-tuned on LAION-2B-en images.\n");
const CC0_LAION = card("license: cc0-1.0\npretty_name: LAION-2B-en", "# laion2B-en\n\nReleased into the public domain.\n");
const MIT_SD = card("license: mit", "# Stable Diffusion v1-4\n\nTrained on public-domain images only.\n");
const TUNE = card("license: mit\nbase_model: CompVis/stable-diffusion-v1-4\ndatasets:\n  - someone/sprites", "# Sprites\n\nA fine-tune of Stable Diffusion v1-4 on pixel-art sprites.\n");

type Report = { verdict: string; models: { path: string; reliedOn?: string[]; baseModels: { ref: string; id?: string; license?: string }[]; findings: { checkId: string }[] }[] };
const reportOf = (r: DistRun) => JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8")) as Report;

/** One PR that adds `files`, run as `event`: checked out for pull_request, read through the API for pull_request_target. */
async function runPr(event: "pull_request" | "pull_request_target", files: Record<string, string>, extra: { inputs?: Record<string, string>; ws?: string; symlinks?: string[] } = {}): Promise<{ r: DistRun; gh: FakeGitHub }> {
  const gh = await fakeGitHub({ headSha: HEAD, prFiles: Object.keys(files).map((filename) => ({ filename, status: "added" })), head: files, ...(extra.symlinks ? { symlinks: extra.symlinks } : {}) });
  const ws = extra.ws ?? (event === "pull_request" ? workspace(files) : workspace({}));
  const r = await runDist({
    event,
    payload: prPayload({ number: 7, headSha: HEAD, fork: true, changedFiles: Object.keys(files).length }),
    repository,
    apiUrl: gh.url,
    workspace: ws,
    inputs: { "json-report": path.join(mkdtempSync(path.join(tmpdir(), "mpc-out-")), "report.json"), ...extra.inputs },
  });
  return { r, gh };
}

describe.each(["pull_request", "pull_request_target"] as const)("%s: a pull request cannot pass its own conflict", (event) => {
  it("adding data/laion2B-en/README.md with license: cc0-1.0 leaves the seed conflict failing", async () => {
    const { r, gh } = await runPr(event, { "models/sd/README.md": SEED, "data/laion2B-en/README.md": CC0_LAION });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.verdict).toBe("fail");
    const report = reportOf(r);
    expect(report.models.map((m) => m.path)).toEqual(["models/sd"]);
    expect(report.models[0]!.findings.map((f) => f.checkId)).toContain("license-exceeds-data-rights");
    expect(report.models[0]!.reliedOn ?? []).not.toContain("data/laion2B-en/README.md");
    expect(gh.state.comments[0]!.body).toMatch(/LAION-2B-en/);
    expect(gh.problems).toEqual([]);
  });

  it("a committed .hub/models/CompVis/stable-diffusion-v1-4 card claiming MIT does not pass its fine-tune", async () => {
    const { r } = await runPr(event, { ".hub/models/CompVis/stable-diffusion-v1-4/README.md": MIT_SD, "tune/README.md": TUNE });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const report = reportOf(r);
    expect(report.models.map((m) => m.path)).toEqual(["tune"]);
    expect(report.models[0]!.baseModels[0]).toMatchObject({ ref: "CompVis/stable-diffusion-v1-4", id: "rules/models/stable-diffusion-v1-4.yaml", license: "creativeml-openrail-m" });
    expect(report.models[0]!.findings.map((f) => f.checkId)).toContain("base-model-terms-violated");
  });

  it("a folder named like the known base, with an MIT card, does not pass its fine-tune either", async () => {
    const { r } = await runPr(event, { "CompVis/stable-diffusion-v1-4/README.md": MIT_SD, "tune/README.md": TUNE });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    const tune = reportOf(r).models.find((m) => m.path === "tune")!;
    expect(tune.baseModels[0]).toMatchObject({ id: "rules/models/stable-diffusion-v1-4.yaml", license: "creativeml-openrail-m" });
    expect(tune.findings.map((f) => f.checkId)).toContain("base-model-terms-violated");
    expect(tune.reliedOn ?? []).toEqual([]);
  });
});

describe("a fork's symbolic links", () => {
  const outside: string[] = [];
  afterEach(() => {
    for (const d of outside.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  function outsideFile(text: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), "mpc-outside-"));
    outside.push(dir);
    writeFileSync(path.join(dir, "victim.txt"), text);
    return path.join(dir, "victim.txt");
  }

  it("pull_request: two self-loops, a link to / and README.md -> a secret end at once, leak nothing, and are listed in the summary with why", async () => {
    const secret = outsideFile("---\nlicense: mit\n---\n# root:x:0:0:root:/root:/bin/bash\n");
    const ws = workspace({ "models/sd/README.md": SEED });
    for (const [at, target] of [["models/sd/a", "."], ["models/sd/b", "."], ["models/sd/machine", "/"], ["models/leak/README.md", secret]]) {
      mkdirSync(path.dirname(path.join(ws, at!)), { recursive: true });
      symlinkSync(target!, path.join(ws, at!));
    }
    const { r } = await runPr("pull_request", { "models/sd/README.md": SEED, "models/leak/README.md": "(a link)" }, { ws, inputs: { paths: "." } });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout + r.stderr + r.summary).not.toMatch(/root:x:0/);
    expect(reportOf(r).models.map((m) => m.path)).toEqual(["models/sd"]);
    expect(r.summary).toContain("`models/sd/a`: symbolic link to a folder (not followed; the folder is checked where it is)");
    expect(r.summary).toContain("`models/sd/machine`: symbolic link out of the scan root (not followed)");
    expect(r.summary).toContain("`models/leak/README.md`: symbolic link out of the scan root (not followed)");
  });

  it("pull_request: a report path the fork replaced with a symbolic link is not written through, and says why", async () => {
    const victim = outsideFile("do not overwrite\n");
    const ws = workspace({ "models/sd/README.md": SEED });
    symlinkSync(victim, path.join(ws, "report.json"));
    const { r } = await runPr("pull_request", { "models/sd/README.md": SEED }, { ws, inputs: { "json-report": "report.json" } });
    expect(readFileSync(victim, "utf8")).toBe("do not overwrite\n");
    expect(r.code).not.toBe(0);
    expect(commands(r.stdout, "error").join("\n")).toMatch(/input 'json-report': refusing to write report\.json: it is a symbolic link/);
  });

  it("pull_request: a folder on the way to an output that is a link, and an output over a card the run read, are refused", async () => {
    const victim = outsideFile("do not overwrite\n");
    const ws = workspace({ "models/sd/README.md": SEED });
    symlinkSync(path.dirname(victim), path.join(ws, "out"));
    const through = await runPr("pull_request", { "models/sd/README.md": SEED }, { ws, inputs: { sarif: "out/victim.txt" } });
    expect(readFileSync(victim, "utf8")).toBe("do not overwrite\n");
    expect(commands(through.r.stdout, "error").join("\n")).toMatch(/input 'sarif': refusing to write out\/victim\.txt: out is a symbolic link/);
    const over = await runPr("pull_request", { "models/sd/README.md": SEED }, { inputs: { "json-report": "models/sd/README.md" } });
    expect(commands(over.r.stdout, "error").join("\n")).toMatch(/input 'json-report': refusing to write models\/sd\/README\.md: it is one of the files this run read/);
    expect(existsSync(path.join(ws, "out"))).toBe(true);
  });
});

describe("pull_request_target: a ReDoS card read through the API", () => {
  it("a 1 MB card of the shapes that made the reader's patterns quadratic is checked in one go, with the other model", { timeout: 90_000 }, async () => {
    const shapes = ["<p <b x", "[a](", "- (a) iv) ", "\\\\.", "[a](https://huggingface.co/datasets/x", "trained on the ", "| a "];
    const body = shapes.map((s) => s.repeat(Math.floor(140_000 / s.length))).join("\n");
    const hostile = card("license: creativeml-openrail-m\ndatasets:\n  - laion/laion2B-en", `# ReDoS\n\n${body}\n`);
    expect(hostile.length).toBeGreaterThan(900_000);
    const { r } = await runPr("pull_request_target", { "models/redos/README.md": hostile, "models/redos/LICENSE": `${"(a)(iv)(12)§".repeat(60_000)}\n`, "models/sd/README.md": SEED });
    expect(r.code, r.stdout.slice(-2000) + r.stderr.slice(-2000)).toBe(1);
    expect(reportOf(r).models.map((m) => m.path)).toEqual(["models/redos", "models/sd"]);
    expect(r.outputs.verdict).toBe("fail");
  });
});
