// The conventions of peer Actions, through the bundled Action: one comment per comment-header, an
// organisation's policy read from another repository, base-ref/head-ref on pushes, the outputs,
// an hf-token kept out of the log, a proxy on a self-hosted runner, and a check run whose
// requests stay bounded whatever the number of findings.
import { createServer, type IncomingMessage, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { payload, runDist, workspace } from "./run-dist.js";
import { CLEAN_CARD, FAILING_CARD, MISMATCH, OWNER, REPO, commands, fakeGitHub, prPayload } from "./scenario.js";

const repository = `${OWNER}/${REPO}`;
const CARD = "models/sd/README.md";

describe("comment-header", () => {
  it("keeps one comment per header: two steps do not overwrite each other, and each is edited in place", async () => {
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }, { filename: "models/clf/README.md" }, { filename: "models/clf/LICENSE" }] });
    const files = { [CARD]: FAILING_CARD, "models/clf/README.md": MISMATCH.card, "models/clf/LICENSE": MISMATCH.license };
    const step = (header: string, paths: string, sha: string) =>
      runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: sha, changedFiles: 3 }), repository, apiUrl: gh.url, workspace: workspace(files), inputs: { "comment-header": header, paths } });
    const a = await step("diffusion", "models/sd", "1".repeat(40));
    const b = await step("classifiers", "models/clf", "1".repeat(40));
    expect(gh.state.comments).toHaveLength(2);
    expect(a.outputs["comment-id"]).toBe(String(gh.state.comments[0]!.id));
    expect(b.outputs["comment-id"]).toBe(String(gh.state.comments[1]!.id));
    expect(gh.state.comments[0]!.body).toMatch(/^<!-- model-provenance-check:sticky header=diffusion digest=/);
    expect(gh.state.comments[0]!.body).toContain("models/sd");
    expect(gh.state.comments[1]!.body).toContain("models/clf");
    expect(gh.state.comments[1]!.body).not.toContain("models/sd/README.md");

    // The next push: each step finds its own comment, and a step without a header makes a third.
    gh.reset();
    await step("diffusion", "models/sd", "2".repeat(40));
    expect(gh.calls()).not.toContain("POST issues/create-comment");
    await runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "2".repeat(40), changedFiles: 3 }), repository, apiUrl: gh.url, workspace: workspace(files) });
    expect(gh.state.comments).toHaveLength(3);
    expect(gh.problems).toEqual([]);
  });
});

describe("policy from another repository", () => {
  it("reads owner/repo/path@ref with the token, on a PR and on a push", async () => {
    const strict = "fail_on: warning\n";
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }], otherRepos: { "acme/policies": { v2: { "provenance/org.yml": strict } } } });
    const undisclosed = readFileSync(new URL("../../examples/llm-undisclosed/README.md", import.meta.url), "utf8");
    const pr = await runDist({
      event: "pull_request",
      payload: prPayload({ number: 7, headSha: "1".repeat(40) }),
      repository,
      apiUrl: gh.url,
      workspace: workspace({ [CARD]: undisclosed, ".github/model-provenance.yml": "fail_on: never\n" }),
      inputs: { policy: "acme/policies/provenance/org.yml@v2" },
    });
    // The organisation's fail_on: warning fails a warning; the repository's own file plays no part.
    expect(pr.code, pr.stdout).toBe(1);
    expect(gh.requests.filter((q) => q.operationId === "repos/get-content").map((q) => decodeURIComponent(q.path))).toEqual(["/repos/acme/policies/contents/provenance/org.yml"]);
    expect(gh.state.comments[0]!.body).toContain("acme/policies/provenance/org.yml@v2");

    const push = await runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: workspace({ [CARD]: undisclosed }), inputs: { policy: "acme/policies/provenance/org.yml@v2" } });
    expect(push.code).toBe(1);

    const missing = await runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: workspace({ [CARD]: undisclosed }), inputs: { policy: "acme/policies/nope.yml@v2" } });
    expect(missing.code).toBe(1);
    expect(commands(missing.stdout, "error").join("\n")).toMatch(/input 'policy': acme\/policies\/nope\.yml@v2 does not exist, or the token cannot read acme\/policies/);
    expect(gh.problems).toEqual([]);
  });
});

describe("base-ref and head-ref", () => {
  it("a push with base-ref checks only the models changed since it", async () => {
    const gh = await fakeGitHub({ compareFiles: [{ filename: "models/new/README.md", status: "added" }] });
    const r = await runDist({
      event: "push",
      payload: payload("push"),
      repository,
      apiUrl: gh.url,
      workspace: workspace({ "models/old/README.md": FAILING_CARD, "models/new/README.md": CLEAN_CARD }),
      inputs: { "base-ref": "main" },
    });
    expect(r.code, r.stdout).toBe(0);
    expect(gh.calls()).toEqual(["GET repos/compare-commits-with-basehead"]);
    expect(gh.requests[0]!.path).toBe(`/repos/${repository}/compare/main...${"f".repeat(40)}`);
    expect(r.outputs["models-checked"]).toBe("1");
    expect(r.summary).toContain("models/new");
    expect(r.summary).not.toContain("models/old");
    expect(gh.problems).toEqual([]);
  });
});

describe("hf-token", () => {
  it("is masked in the log", async () => {
    const gh = await fakeGitHub();
    const r = await runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: workspace({ [CARD]: CLEAN_CARD }), inputs: { "hf-token": "hf_notARealToken123" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("::add-mask::hf_notARealToken123");
  });
});

describe("the Checks API stays bounded", () => {
  it("300 errors cost 5 check-run requests (250 annotations, errors first), and the summary says where the rest are", { timeout: 60_000 }, async () => {
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`models/m${i}/README.md`, FAILING_CARD]));
    const gh = await fakeGitHub();
    const r = await runDist({ event: "push", payload: payload("push"), repository, apiUrl: gh.url, workspace: workspace(files) });
    expect(r.code).toBe(1);
    expect(Number(r.outputs.errors)).toBe(300);
    expect(gh.calls()).toEqual(["POST checks/create", "PATCH checks/update", "PATCH checks/update", "PATCH checks/update", "PATCH checks/update"]);
    const run = gh.state.checkRuns![0]!;
    expect(run.output.annotations).toHaveLength(250);
    expect(run.output.summary).toMatch(/The first 250 of 300 findings, errors first, are annotated here/);
    // The log carries at most 250 workflow annotations too.
    expect(commands(r.stdout, "error").filter((l) => l.includes("file="))).toHaveLength(250);
    expect(gh.problems).toEqual([]);
  });
});

describe("HTTPS_PROXY / HTTP_PROXY / NO_PROXY", () => {
  const proxies: Server[] = [];
  afterEach(async () => {
    for (const p of proxies) p.closeAllConnections();
    await Promise.all(proxies.splice(0).map((p) => new Promise((r) => p.close(r))));
  });

  /** A forward proxy that tunnels CONNECT (as for https://api.github.com) and counts the tunnels' requests. */
  async function proxy(): Promise<{ url: string; seen: string[] }> {
    const seen: string[] = [];
    const server = createServer((_req, res) => res.writeHead(405).end());
    server.on("connect", (req: IncomingMessage, client: Duplex, head: Buffer) => {
      const [host, port] = (req.url ?? "").split(":");
      const upstream = connect(Number(port), host, () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      // Each request line through the tunnel, e.g. "GET /repos/o/r/pulls/7/files?per_page=100 HTTP/1.1".
      client.on("data", (chunk: Buffer) => {
        for (const line of chunk.toString("latin1").split("\r\n")) if (/^[A-Z]+ \/\S* HTTP\/1\.1$/.test(line)) seen.push(`${req.url} ${line}`);
      });
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
    });
    proxies.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
  }

  it("sends every API request through the runner's proxy, and none to a host NO_PROXY names", async () => {
    const p = await proxy();
    const gh = await fakeGitHub({ prFiles: [{ filename: CARD }] });
    const run = (env: Record<string, string>) =>
      runDist({ event: "pull_request", payload: prPayload({ number: 7, headSha: "1".repeat(40) }), repository, apiUrl: gh.url, workspace: workspace({ [CARD]: FAILING_CARD }), env });
    const via = await run({ HTTP_PROXY: p.url });
    expect(via.code, via.stdout + via.stderr).toBe(1);
    expect(gh.requests.length).toBeGreaterThan(0);
    expect(p.seen).toHaveLength(gh.requests.length);
    expect(p.seen[0]).toBe(`${new URL(gh.url).host} GET /repos/${repository}/pulls/7/files?per_page=100 HTTP/1.1`);

    gh.reset();
    p.seen.length = 0;
    const direct = await run({ HTTP_PROXY: p.url, NO_PROXY: "127.0.0.1" });
    expect(direct.code).toBe(1);
    expect(gh.requests.length).toBeGreaterThan(0);
    expect(p.seen).toEqual([]);
  });
});
