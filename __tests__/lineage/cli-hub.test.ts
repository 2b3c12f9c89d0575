// The CLI's --hub flag: a Hub model checked straight from the Hub, a local tree whose unknown base is
// fetched, the cache directory, and a Hub that cannot be reached. The fetch is a fake; no network.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { card } from "../helpers.js";
import { fakeHub, recorded } from "./fake-hub.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function workspace(files: Record<string, string> = {}): string {
  const d = mkdtempSync(path.join(tmpdir(), "mpc-cli-hub-"));
  dirs.push(d);
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(d, p)), { recursive: true });
    writeFileSync(path.join(d, p), c);
  }
  return d;
}

async function run(args: string[], cwd: string, fetch: typeof globalThis.fetch, env: NodeJS.ProcessEnv = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd, hub: { fetch, env } });
  return { code, stdout, stderr };
}

describe("model-provenance check --hub", () => {
  it("checks org/model straight from the Hub (card, LICENSE, unknown base) and caches it", async () => {
    const cwd = workspace();
    const r = await run(["check", "--hub", "quillwork/Quill-7B-Chat-GGUF", "--format", "json", "--hub-cache", "cache"], cwd, fakeHub().fetch);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.models.map((m: { path: string }) => m.path)).toEqual([".hub/models/quillwork/Quill-7B-Chat-GGUF"]);
    const m = report.models[0];
    expect(m.findings.map((f: { checkId: string }) => f.checkId)).toContain("base-model-terms-violated");
    expect(m.license.file?.file).toBe(".hub/models/quillwork/Quill-7B-Chat-GGUF/LICENSE");
    expect(report.notes.some((n: string) => n.startsWith("Hub: fetched 2 of 3 card(s)"))).toBe(true);
    expect(existsSync(path.join(cwd, "cache", "models--quillwork--Quill-7B-Chat-GGUF"))).toBe(true);
  });

  it("fetches the unknown base of a local model, using $MODEL_PROVENANCE_CACHE, and reports only the local model", async () => {
    const cwd = workspace({ "my-lora/README.md": card("license: mit\nbase_model: pixelgarden/sdxl-ink-lora") });
    const r = await run(["check", "my-lora", "--hub", "--format", "json"], cwd, fakeHub().fetch, { MODEL_PROVENANCE_CACHE: "ci-cache" });
    const report = JSON.parse(r.stdout);
    expect(report.models.map((m: { path: string }) => m.path)).toEqual(["my-lora"]);
    expect(report.models[0].trainingSources.map((s: { id?: string }) => s.id)).toContain("pixelgarden/ink-sketches");
    expect(report.models[0].findings.map((f: { checkId: string }) => f.checkId)).not.toContain("lineage-incomplete");
    expect(existsSync(path.join(cwd, "ci-cache", "models--pixelgarden--sdxl-ink-lora"))).toBe(true);
  });

  it("prints a note and still reports when the Hub cannot be reached", async () => {
    const cwd = workspace({ "my-lora/README.md": card("license: mit\nbase_model: pixelgarden/sdxl-ink-lora") });
    const r = await run(["check", "--hub", "--fail-on", "never"], cwd, fakeHub(recorded(), { mode: "offline" }).fetch, { MODEL_PROVENANCE_CACHE: "c" });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/note: Hub: could not fetch the card of base model pixelgarden\/sdxl-ink-lora \(network error \(ENOTFOUND\)\)/);
    expect(r.stdout).toMatch(/lineage-incomplete/);
  });

  it("HF_HUB_OFFLINE=1 makes no request", async () => {
    const cwd = workspace({ "my-lora/README.md": card("license: mit\nbase_model: pixelgarden/sdxl-ink-lora") });
    const hub = fakeHub();
    const r = await run(["check", "--hub", "--format", "json", "--fail-on", "never"], cwd, hub.fetch, { HF_HUB_OFFLINE: "1", MODEL_PROVENANCE_CACHE: "c" });
    expect(r.code).toBe(0);
    expect(hub.requests).toEqual([]);
    expect(JSON.parse(r.stdout).notes.join("\n")).toMatch(/offline, and not in the cache/);
  });

  it("without --hub needs no fetch and rejects --hub-cache alone", async () => {
    const cwd = workspace({ "m/README.md": card("license: apache-2.0\ndatasets: [Spawning/PD12M]") });
    const io = { stdout: () => {}, stderr: () => {}, isTTY: false, cwd };
    expect(await main(["check", "m"], io)).toBe(0);
    expect(await main(["check", "m", "--hub-cache", "x"], io)).toBe(2);
  });

  it("a Hub id that does not exist is a note, not a crash, and no model checked is not a pass", async () => {
    const cwd = workspace();
    const r = await run(["check", "--hub", "nobody/nothing", "--format", "json", "--hub-cache", "c"], cwd, fakeHub().fetch);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.models).toEqual([]);
    expect(report.notes).toContain("Hub: could not fetch the card of model nobody/nothing (not found on the Hub (or private)); it was not checked.");
  });
});
