// --hub: unknown base models and datasets are fetched (from recorded cards through a fake fetch),
// cached by repo id + revision, and every failure is a note in the report, never a crash.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LINEAGE_LIMITS } from "../../src/facts/resolve.js";
import { cacheDirOf, HubCache, parseHubRef, prefetchLineage, withHubNotes, type PrefetchResult } from "../../src/hub/index.js";
import type { InputFile } from "../../src/pipeline.js";
import { card, check, findings, kb } from "../helpers.js";
import { fakeHub, recorded } from "./fake-hub.js";

const dirs: string[] = [];
function tempCache(): string {
  const d = mkdtempSync(path.join(tmpdir(), "mpc-hub-"));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const MY_LORA: InputFile = {
  path: "my-lora/README.md",
  content: card("license: mit\nbase_model: pixelgarden/sdxl-ink-lora\nbase_model_relation: adapter", "# My ink LoRA\n"),
};

/** analyze() over the tree plus what the prefetch returned, checking the tree's own models only. */
function analyzeWith(files: InputFile[], pre: PrefetchResult, onlyModels = ["my-lora"]) {
  const report = check(Object.fromEntries(files.map((f) => [f.path, f.content])), { onlyModels: [...onlyModels, ...pre.modelDirs], hub: pre.files });
  return withHubNotes(report, pre);
}

describe("prefetchLineage", () => {
  it("fetches the unknown base and its unknown dataset, recursively, and nothing the tree or rules/ knows", async () => {
    const hub = fakeHub();
    const pre = await prefetchLineage([MY_LORA], kb, { fetch: hub.fetch });
    expect(pre.repos.map((r) => [r.kind, r.id, r.from])).toEqual([
      ["model", "pixelgarden/sdxl-ink-lora", "network"],
      ["dataset", "pixelgarden/ink-sketches", "network"],
    ]);
    expect(pre.files.map((f) => f.path)).toEqual([".hub/models/pixelgarden/sdxl-ink-lora/README.md", ".hub/datasets/pixelgarden/ink-sketches/README.md"]);
    // SDXL is in rules/models: never fetched.
    expect(hub.requests.some((u) => u.includes("stable-diffusion-xl"))).toBe(false);
    expect(pre.notes).toEqual([]);
  });

  it("lets analyze() resolve the fetched cards: chain, inherited data and base terms", async () => {
    const pre = await prefetchLineage([MY_LORA], kb, { fetch: fakeHub().fetch });
    const r = analyzeWith([MY_LORA], pre);
    const m = r.models[0]!;
    expect(r.models.map((x) => x.path)).toEqual(["my-lora"]);
    expect(m.baseModels[0]).toMatchObject({ ref: "pixelgarden/sdxl-ink-lora", relation: "adapter", id: ".hub/models/pixelgarden/sdxl-ink-lora/README.md", license: "openrail++" });
    expect(m.trainingSources.find((s) => s.id === "pixelgarden/ink-sketches")).toMatchObject({
      via: "base-model",
      chain: ["my-lora", "pixelgarden/sdxl-ink-lora", "pixelgarden/ink-sketches"],
      license: "cc-by-nc-4.0",
    });
    expect(findings(r, "lineage-incomplete")).toEqual([]);
    expect(findings(r, "base-model-terms-violated")).toHaveLength(1);
    expect(findings(r, "license-exceeds-data-rights")[0]?.message).toMatch(/pixelgarden\/ink-sketches as a whole is licensed Creative Commons Attribution-NonCommercial 4\.0 International, which does not allow commercial use; under this policy a dataset's own license is its terms, so that rules out commercial use \(via /);
    expect(r.notes.at(-1)).toMatch(/^Hub: fetched 2 of 2 card\(s\).*pixelgarden\/sdxl-ink-lora@[0-9a-f]{7}, datasets\/pixelgarden\/ink-sketches@/);
  });

  it("without --hub the same tree reports the base as unknown (the fix suggests --hub)", () => {
    const r = check({ [MY_LORA.path]: MY_LORA.content });
    expect(findings(r, "lineage-incomplete")).toMatchObject([{ messageId: "unknown", fix: expect.stringContaining("--hub") }]);
  });

  it("checks a model straight from the Hub: card, license file, and its unknown base; a missing dataset is a note", async () => {
    const hub = fakeHub();
    const pre = await prefetchLineage([], kb, { fetch: hub.fetch, models: ["quillwork/Quill-7B-Chat-GGUF"] });
    expect(pre.modelDirs).toEqual([".hub/models/quillwork/Quill-7B-Chat-GGUF"]);
    expect(pre.files.map((f) => f.path)).toEqual([
      ".hub/models/quillwork/Quill-7B-Chat-GGUF/README.md",
      ".hub/models/quillwork/Quill-7B-Chat-GGUF/LICENSE",
      ".hub/models/quillwork/Quill-7B-Chat/README.md",
    ]);
    expect(pre.notes).toEqual(["Hub: could not fetch the card of dataset quillwork/chat-mix-v1 (not found on the Hub (or private)); what it adds is unchecked."]);
    const r = analyzeWith([], pre, []);
    const m = r.models[0]!;
    expect(m.path).toBe(".hub/models/quillwork/Quill-7B-Chat-GGUF");
    expect(m.baseModels.map((b) => b.ref)).toEqual(["quillwork/Quill-7B-Chat", "meta-llama/Llama-2-7b-hf"]);
    expect(findings(r, "base-model-terms-violated")[0]?.message).toMatch(/quillwork\/Quill-7B-Chat → meta-llama\/Llama-2-7b-hf \(llama2\)/);
    expect(r.notes).toContain(pre.notes[0]);
  });

  it("never throws on an unreachable Hub: each repository gets a note and the base stays unknown", async () => {
    const pre = await prefetchLineage([MY_LORA], kb, { fetch: fakeHub(recorded(), { mode: "offline" }).fetch });
    expect(pre.files).toEqual([]);
    expect(pre.notes).toEqual(["Hub: could not fetch the card of base model pixelgarden/sdxl-ink-lora (network error (ENOTFOUND)); what it adds is unchecked."]);
    const r = analyzeWith([MY_LORA], pre);
    expect(findings(r, "lineage-incomplete")).toMatchObject([{ messageId: "unknown" }]);
    expect(r.notes).toEqual(expect.arrayContaining([expect.stringMatching(/^Hub: fetched 0 of 1 card\(s\).*\(failed\)/)]));
  });

  it("gives up after the timeout", async () => {
    const pre = await prefetchLineage([MY_LORA], kb, { fetch: fakeHub(recorded(), { mode: "hang" }).fetch, timeoutMs: 30 });
    expect(pre.notes).toEqual(["Hub: could not fetch the card of base model pixelgarden/sdxl-ink-lora (timed out after 0.03 s); what it adds is unchecked."]);
  });

  it("says when a repository is gated", async () => {
    const pre = await prefetchLineage([MY_LORA], kb, { fetch: fakeHub(recorded(), { gated: ["pixelgarden/sdxl-ink-lora"] }).fetch });
    expect(pre.notes[0]).toMatch(/access denied \(HTTP 401\).*set HF_TOKEN/);
  });

  it("follows unknown bases only up to the depth bound and fetches at most maxRepos repositories", async () => {
    const repos = recorded();
    const n = LINEAGE_LIMITS.maxDepth + 6;
    for (let i = 0; i < n; i++) repos.model[`chain/m${i}`] = { "README.md": card(`license: apache-2.0${i + 1 < n ? `\nbase_model: chain/m${i + 1}` : ""}`) };
    const tree: InputFile[] = [{ path: "tip/README.md", content: card("license: apache-2.0\nbase_model: chain/m0") }];
    const hub = fakeHub(repos);
    const pre = await prefetchLineage(tree, kb, { fetch: hub.fetch });
    expect(pre.repos).toHaveLength(LINEAGE_LIMITS.maxDepth);
    const r = analyzeWith(tree, pre, ["tip"]);
    expect(findings(r, "lineage-incomplete").map((f) => f.message)).toEqual([expect.stringMatching(/^lineage deeper than 16 levels at tip → chain\/m0 → .* → chain\/m16; stopped there$/)]);

    const capped = await prefetchLineage(tree, kb, { fetch: fakeHub(repos).fetch, maxRepos: 3 });
    expect(capped.repos).toHaveLength(3);
    expect(capped.notes).toEqual(["Hub: more than 3 repositories to fetch; 1 more were not fetched."]);
  });

  it("does not loop on a cycle between Hub cards", async () => {
    const repos = recorded();
    repos.model["loop/a"] = { "README.md": card("license: apache-2.0\nbase_model: loop/b") };
    repos.model["loop/b"] = { "README.md": card("license: apache-2.0\nbase_model: loop/a") };
    const tree: InputFile[] = [{ path: "x/README.md", content: card("license: apache-2.0\nbase_model: loop/a") }];
    const pre = await prefetchLineage(tree, kb, { fetch: fakeHub(repos).fetch });
    expect(pre.repos.map((r) => r.id)).toEqual(["loop/a", "loop/b"]);
    const r = analyzeWith(tree, pre, ["x"]);
    expect(findings(r, "lineage-incomplete").map((f) => f.message)).toEqual(["lineage cycle: x → loop/a → loop/b → loop/a"]);
  });
});

describe("the cache (repo id + revision)", () => {
  it("keeps snapshots as JSON keyed by commit, and refs per revision", async () => {
    const cacheDir = tempCache();
    const hub = fakeHub();
    await prefetchLineage([MY_LORA], kb, { fetch: hub.fetch, cacheDir });
    expect(readdirSync(cacheDir).sort()).toEqual(["datasets--pixelgarden--ink-sketches", "models--pixelgarden--sdxl-ink-lora"]);
    const sha = hub.shaOf("model", "pixelgarden/sdxl-ink-lora");
    expect(readdirSync(path.join(cacheDir, "models--pixelgarden--sdxl-ink-lora", "snapshots"))).toEqual([`${sha}.json`]);
    expect(new HubCache(cacheDir).byRevision("model", "pixelgarden/sdxl-ink-lora", "main")?.sha).toBe(sha);
  });

  it("does not download an unchanged commit again, and does when the revision moves", async () => {
    const cacheDir = tempCache();
    const hub = fakeHub();
    await prefetchLineage([MY_LORA], kb, { fetch: hub.fetch, cacheDir });
    hub.requests.length = 0;
    const again = await prefetchLineage([MY_LORA], kb, { fetch: hub.fetch, cacheDir });
    expect(again.repos.map((r) => r.from)).toEqual(["cache", "cache"]);
    expect(hub.requests.every((u) => u.startsWith("/api/"))).toBe(true);

    hub.setFiles("model", "pixelgarden/sdxl-ink-lora", { "README.md": card("license: cc-by-nc-4.0\nbase_model: stabilityai/stable-diffusion-xl-base-1.0") });
    const moved = await prefetchLineage([MY_LORA], kb, { fetch: hub.fetch, cacheDir });
    expect(moved.repos.map((r) => [r.id, r.from])).toEqual([["pixelgarden/sdxl-ink-lora", "network"]]);
    expect(String(moved.files[0]?.content)).toMatch(/cc-by-nc-4.0/);
  });

  it("offline (HF_HUB_OFFLINE) uses the cache only, without a request; a network failure falls back to it with a note", async () => {
    const cacheDir = tempCache();
    await prefetchLineage([MY_LORA], kb, { fetch: fakeHub().fetch, cacheDir });
    const silent = fakeHub();
    const offline = await prefetchLineage([MY_LORA], kb, { fetch: silent.fetch, cacheDir, offline: true });
    expect(silent.requests).toEqual([]);
    expect(offline.repos.map((r) => r.from)).toEqual(["cache", "cache"]);
    expect(analyzeWith([MY_LORA], offline).models[0]!.trainingSources.map((s) => s.id)).toContain("pixelgarden/ink-sketches");

    const down = await prefetchLineage([MY_LORA], kb, { fetch: fakeHub(recorded(), { mode: "offline" }).fetch, cacheDir });
    expect(down.files).toHaveLength(2);
    expect(down.notes[0]).toMatch(/^Hub: pixelgarden\/sdxl-ink-lora could not be fetched \(network error \(ENOTFOUND\)\); used the cached card of commit [0-9a-f]{7} from \d{4}-\d{2}-\d{2}\.$/);

    const empty = await prefetchLineage([MY_LORA], kb, { fetch: silent.fetch, cacheDir: tempCache(), offline: true });
    expect(empty.notes).toEqual(["Hub: could not fetch the card of base model pixelgarden/sdxl-ink-lora (offline, and not in the cache); what it adds is unchecked."]);
  });

  it("keys by revision: org/name@rev is cached apart from main", async () => {
    const cacheDir = tempCache();
    const hub = fakeHub();
    await prefetchLineage([], kb, { fetch: hub.fetch, cacheDir, models: ["quillwork/Quill-7B-Chat-GGUF@v1.0"] });
    const cache = new HubCache(cacheDir);
    expect(cache.byRevision("model", "quillwork/Quill-7B-Chat-GGUF", "v1.0")?.withLicenses).toBe(true);
    expect(cache.byRevision("model", "quillwork/Quill-7B-Chat-GGUF", "main")).toBeUndefined();
  });
});

describe("where the CLI keeps its cache", () => {
  it("is outside the scanned repository unless asked: a pull request could commit a cache inside it", () => {
    const repo = "/work/repo";
    expect(cacheDirOf(undefined, repo, { HOME: "/home/ci", XDG_CACHE_HOME: "/var/cache/ci" })).toBe("/var/cache/ci/model-provenance-check/hub");
    expect(cacheDirOf(undefined, repo, {}).startsWith(repo)).toBe(false);
    expect(cacheDirOf(undefined, repo, { MODEL_PROVENANCE_CACHE: "cache" })).toBe("/work/repo/cache");
    expect(cacheDirOf("/tmp/hub", repo, { MODEL_PROVENANCE_CACHE: "cache" })).toBe("/tmp/hub");
  });
});

describe("parseHubRef", () => {
  it("reads ids, revisions and URLs, and refuses local paths", () => {
    expect(parseHubRef("org/model")).toEqual({ id: "org/model", revision: undefined });
    expect(parseHubRef("org/model@v2")).toEqual({ id: "org/model", revision: "v2" });
    expect(parseHubRef("https://huggingface.co/org/model")).toEqual({ id: "org/model", revision: undefined });
    expect(parseHubRef("https://huggingface.co/datasets/org/data")).toEqual({ id: "org/data", revision: undefined });
    for (const local of ["./base", "../x/y", "models/a/b", "gpt2", "/abs/path"]) expect(parseHubRef(local)).toBeUndefined();
  });
});
