// The Octokit transport over node:http: what Octokit reads of a response, and fetch's rules for
// redirects and network errors. The end-to-end tests cover answers and retries; this covers the rest.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { httpFetch } from "../../src/github/http-fetch.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A server answering each request with `answer`, recording what it received. */
async function serve(answer: (seen: Seen) => { status: number; headers?: Record<string, string>; body?: string }): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const s = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
    seen.push(s);
    const a = answer(s);
    res.writeHead(a.status, a.headers ?? {}).end(a.body ?? "");
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

interface Answer {
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null } & Iterable<[string, string]>;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const call = (url: string, init?: Parameters<typeof httpFetch>[1]) => httpFetch(url, init) as Promise<Answer>;

describe("httpFetch", () => {
  it("sends method, headers and body, and answers with status, headers and text", async () => {
    const api = await serve(() => ({ status: 201, headers: { "content-type": "application/json; charset=utf-8", "x-ratelimit-remaining": "4999" }, body: '{"id":1,"body":"é"}' }));
    const res = await call(`${api.url}/repos/o/r/issues/7/comments`, { method: "POST", headers: { Authorization: "token x", "Content-Type": "application/json" }, body: '{"body":"é"}' });
    expect(api.seen[0]).toMatchObject({ method: "POST", url: "/repos/o/r/issues/7/comments", body: '{"body":"é"}' });
    expect(api.seen[0]!.headers).toMatchObject({ authorization: "token x", "content-type": "application/json", "content-length": "13" });
    expect(res.status).toBe(201);
    expect(res.url).toBe(`${api.url}/repos/o/r/issues/7/comments`);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(Object.fromEntries(res.headers)).toMatchObject({ "x-ratelimit-remaining": "4999" });
    expect(JSON.parse(await res.text())).toEqual({ id: 1, body: "é" });
    expect(new TextDecoder().decode(await res.arrayBuffer())).toBe('{"id":1,"body":"é"}');
  });

  it("follows redirects as fetch does: 303 becomes a GET, another origin gets no Authorization", async () => {
    const other = await serve(() => ({ status: 200, body: "moved" }));
    const api = await serve((s) =>
      s.url === "/old" ? { status: 303, headers: { location: "/see-other" } } : s.url === "/see-other" ? { status: 307, headers: { location: `${other.url}/elsewhere` } } : { status: 404 },
    );
    const res = await call(`${api.url}/old`, { method: "POST", headers: { authorization: "token x", "content-type": "text/plain" }, body: "data" });
    expect(await res.text()).toBe("moved");
    expect(res.url).toBe(`${other.url}/elsewhere`);
    expect(api.seen.map((s) => `${s.method} ${s.url} ${s.body}`)).toEqual(["POST /old data", "GET /see-other "]);
    expect(api.seen[1]!.headers.authorization).toBe("token x");
    expect(api.seen[1]!.headers["content-type"]).toBeUndefined();
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
  });

  it("keeps the method and body on a 307 and gives up after 20 redirects", async () => {
    const api = await serve((s) => (s.url === "/a" ? { status: 307, headers: { location: "/b" } } : s.url === "/b" ? { status: 200, body: s.body } : { status: 301, headers: { location: "/loop" } }));
    expect(await (await call(`${api.url}/a`, { method: "PATCH", body: "same" })).text()).toBe("same");
    expect(api.seen[1]).toMatchObject({ method: "PATCH", url: "/b" });
    await expect(call(`${api.url}/loop`)).rejects.toMatchObject({ name: "TypeError", message: "fetch failed", cause: { message: "redirect count exceeded" } });
    expect(api.seen.filter((s) => s.url === "/loop")).toHaveLength(21);
  });

  it("throws fetch's TypeError, with the cause, when the server cannot be reached", async () => {
    const api = await serve(() => ({ status: 200 }));
    await new Promise((r) => servers.pop()!.close(r));
    await expect(call(`${api.url}/x`)).rejects.toMatchObject({ name: "TypeError", message: "fetch failed", cause: { code: "ECONNREFUSED" } });
  });
});
