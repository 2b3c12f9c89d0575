// The `hub` input, on by default: cards of unknown bases are fetched before the check (here from a
// fake Hub on 127.0.0.1 named by HF_ENDPOINT, serving recorded cards), cached outside the
// repository, and named in the report's notes.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeHub } from "../lineage/fake-hub.js";
import { payload, runDist, workspace } from "./run-dist.js";
import { OWNER, REPO, fakeGitHub, prPayload } from "./scenario.js";

const hub = fakeHub();
let server: Server;
let endpoint = "";

beforeAll(async () => {
  // Serve the fake Hub's fetch over HTTP so the bundled Action reaches it like the real one.
  server = createServer((req, res) => {
    const headers = Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : []));
    void hub.fetch(`https://huggingface.co${req.url ?? "/"}`, { method: req.method ?? "GET", headers }).then(async (r) => {
      res.writeHead(r.status, Object.fromEntries(r.headers.entries()));
      res.end(Buffer.from(await r.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const CARD = "---\nlicense: apache-2.0\nbase_model: quillwork/Quill-7B-Chat\n---\n# Quill-7B-Chat tuned\n";

describe("hub input", () => {
  it("fetches an unknown base's card, follows its lineage and caches it", async () => {
    const gh = await fakeGitHub();
    const ws = workspace({ "tuned/README.md": CARD });
    const r = await runDist({
      event: "workflow_dispatch",
      payload: payload("workflow_dispatch"),
      repository: `${OWNER}/${REPO}`,
      apiUrl: gh.url,
      workspace: ws,
      inputs: { "fail-on": "never" },
      env: { HF_ENDPOINT: endpoint },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8")) as {
      models: { path: string; baseModels: { ref: string }[] }[];
      notes: string[];
    };
    expect(report.models.map((m) => m.path), JSON.stringify(report.notes)).toEqual(["tuned"]);
    expect(report.notes.join("\n")).toMatch(/Hub: fetched [1-9]/);
    // The fetched card's own base (Llama 2, from rules/models) is followed too.
    expect(report.models[0]!.baseModels.map((b) => b.ref)).toEqual(expect.arrayContaining(["quillwork/Quill-7B-Chat", "meta-llama/Llama-2-7b-hf"]));
    expect(report.notes.some((n) => n.startsWith("Hub: fetched") && n.includes("quillwork/Quill-7B-Chat"))).toBe(true);
    expect(hub.requests.length).toBeGreaterThan(0);
    // The cache is under RUNNER_TEMP, never in the repository (a pull request could commit one there).
    expect(existsSync(path.join(r.runnerTemp, "model-provenance-hub"))).toBe(true);
    expect(existsSync(path.join(ws, ".model-provenance-cache"))).toBe(false);
    expect(gh.requests).toEqual([]);
  });

  it("on a fork's pull request, a Hub cache and a .hub/ card committed in it are never read: the Hub's card is", async () => {
    const before = hub.requests.length;
    // The fork claims the base is its own Apache-2.0 model with no base of its own.
    const forged = "---\nlicense: apache-2.0\n---\n# Quill-7B-Chat\n\nTrained from scratch on public-domain text.\n";
    const snapshot = JSON.stringify({ kind: "model", id: "quillwork/Quill-7B-Chat", sha: "a".repeat(40), fetchedAt: "2026-01-01T00:00:00Z", withLicenses: true, files: { "README.md": forged } });
    const files = {
      "tuned/README.md": CARD,
      ".hub/models/quillwork/Quill-7B-Chat/README.md": forged,
      ".model-provenance-cache/models--quillwork--Quill-7B-Chat/refs/main": "a".repeat(40),
      [`.model-provenance-cache/models--quillwork--Quill-7B-Chat/snapshots/${"a".repeat(40)}.json`]: snapshot,
    };
    const gh = await fakeGitHub({ prFiles: Object.keys(files).map((filename) => ({ filename, status: "added" })) });
    const r = await runDist({
      event: "pull_request",
      payload: prPayload({ number: 7, headSha: "1".repeat(40), fork: true, changedFiles: Object.keys(files).length }),
      repository: `${OWNER}/${REPO}`,
      apiUrl: gh.url,
      workspace: workspace(files),
      inputs: { "fail-on": "never" },
      env: { HF_ENDPOINT: endpoint },
    });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8")) as { models: { path: string; baseModels: { ref: string }[] }[] };
    expect(report.models.map((m) => m.path), JSON.stringify(report.models.map((m) => [m.path, m.baseModels]))).toEqual(["tuned"]);
    // The base's own base (Llama 2) comes from the Hub's card, which the forged copies leave out.
    expect(report.models[0]!.baseModels.map((b) => b.ref)).toEqual(expect.arrayContaining(["quillwork/Quill-7B-Chat", "meta-llama/Llama-2-7b-hf"]));
    expect(hub.requests.length).toBeGreaterThan(before);
  });

  it("fetches nothing with hub: false", async () => {
    const before = hub.requests.length;
    const gh = await fakeGitHub();
    const ws = workspace({ "tuned/README.md": CARD });
    const r = await runDist({ event: "push", payload: payload("push"), repository: `${OWNER}/${REPO}`, apiUrl: gh.url, workspace: ws, inputs: { hub: "false", "fail-on": "never" }, env: { HF_ENDPOINT: endpoint } });
    expect(r.code).toBe(0);
    expect(hub.requests.length).toBe(before);
    const report = JSON.parse(readFileSync(r.outputs["report-path"]!, "utf8")) as { models: { findings: { checkId: string }[] }[] };
    expect(report.models[0]!.findings.map((f) => f.checkId)).toContain("lineage-incomplete");
  });
});
