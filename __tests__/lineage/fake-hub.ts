// A fake Hugging Face Hub for tests: serves recorded cards from __tests__/fixtures/hub (or given
// in memory) through the endpoints @huggingface/hub calls, and counts the requests. No network.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../fixtures/hub", import.meta.url));
const HUB = "https://huggingface.co";

/** kind → repo id → file → content. */
export type Repos = { model: Record<string, Record<string, string>>; dataset: Record<string, Record<string, string>> };

/** Reads the recorded cards: <dir>/models/<org>/<name>/* and <dir>/datasets/<org>/<name>/*. */
export function recorded(dir = FIXTURES): Repos {
  const repos: Repos = { model: {}, dataset: {} };
  for (const [kind, folder] of [["model", "models"], ["dataset", "datasets"]] as const) {
    const root = path.join(dir, folder);
    for (const org of safeList(root)) {
      for (const name of safeList(path.join(root, org))) {
        const files: Record<string, string> = {};
        for (const f of safeList(path.join(root, org, name))) {
          if (statSync(path.join(root, org, name, f)).isFile()) files[f] = readFileSync(path.join(root, org, name, f), "utf8");
        }
        repos[kind][`${org}/${name}`] = files;
      }
    }
  }
  return repos;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

export interface FakeHub {
  fetch: typeof fetch;
  /** Every URL requested, in order. */
  requests: string[];
  /** Commit sha a repo's `main` points at; change it to simulate a new commit. */
  shaOf(kind: "model" | "dataset", id: string): string;
  setFiles(kind: "model" | "dataset", id: string, files: Record<string, string>): void;
}

export interface FakeHubOptions {
  /** "offline": every request fails like a DNS error; "hang": never answers (until aborted). */
  mode?: "ok" | "offline" | "hang";
  /** Answer 401 for these repo ids (gated). */
  gated?: string[];
}

export function fakeHub(repos: Repos = recorded(), opts: FakeHubOptions = {}): FakeHub {
  const requests: string[] = [];
  const bump = new Map<string, number>();
  const shaOf = (kind: string, id: string) => createHash("sha1").update(`${kind}:${id}:${bump.get(`${kind}:${id}`) ?? 0}`).digest("hex");
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

  const handler = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    requests.push(url.pathname);
    if (opts.mode === "offline") throw new TypeError("fetch failed", { cause: { code: "ENOTFOUND" } });
    if (opts.mode === "hang") {
      return new Promise<Response>((_, reject) => {
        const signal = init?.signal;
        signal?.addEventListener("abort", () => reject(signal.reason as Error));
      });
    }
    if (url.origin !== HUB) return json(404, { error: "unknown host" });
    // /api/{models|datasets}/<org>/<name>/revision/<rev>
    const info = /^\/api\/(models|datasets)\/([^/]+\/[^/]+)\/revision\/([^/]+)$/.exec(url.pathname);
    if (info) {
      const kind = info[1] === "models" ? "model" : "dataset";
      const id = decodeURIComponent(info[2]!);
      if (opts.gated?.includes(id)) return json(401, { error: "Access to this repository is restricted" });
      const files = repos[kind][id];
      if (!files) return json(404, { error: "Repository not found" }, { "x-error-code": "RepoNotFound" });
      return json(200, {
        _id: `id-${id}`,
        id,
        sha: shaOf(kind, id),
        private: false,
        downloads: 0,
        likes: 0,
        lastModified: "2026-01-01T00:00:00.000Z",
        siblings: Object.keys(files).map((rfilename) => ({ rfilename })),
      });
    }
    // /{datasets/}<org>/<name>/resolve/<rev>/<file>
    const file = /^\/(datasets\/)?([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(url.pathname);
    if (file) {
      const kind = file[1] ? "dataset" : "model";
      const id = decodeURIComponent(file[2]!);
      const content = repos[kind][id]?.[decodeURIComponent(file[4]!)];
      if (content === undefined) return new Response("Entry not found", { status: 404, headers: { "x-error-code": "EntryNotFound" } });
      const bytes = new TextEncoder().encode(content);
      const etag = `"${createHash("sha1").update(bytes).digest("hex")}"`;
      const range = new Headers(init?.headers).get("range");
      const m = range ? /^bytes=(\d+)-(\d+)$/.exec(range) : null;
      if (m) {
        const start = Number(m[1]);
        const end = Math.min(Number(m[2]), bytes.length - 1);
        return new Response(bytes.slice(start, end + 1), {
          status: 206,
          headers: { "content-range": `bytes ${start}-${end}/${bytes.length}`, etag, "content-type": "text/plain" },
        });
      }
      return new Response(bytes, { status: 200, headers: { etag, "content-type": "text/plain" } });
    }
    return json(404, { error: "not found" });
  };
  return {
    fetch: handler as typeof fetch,
    requests,
    shaOf,
    setFiles(kind, id, files) {
      repos[kind][id] = files;
      bump.set(`${kind}:${id}`, (bump.get(`${kind}:${id}`) ?? 0) + 1);
    },
  };
}
