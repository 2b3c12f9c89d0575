// A local stand-in for the Hugging Face Hub, for `check --hub` in the benchmark (HF_ENDPOINT points at
// it): the repository-info and file-download endpoints @huggingface/hub calls, over node:http, serving
// the Hub-only repositories the generated monorepo names. Counts requests.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Monorepo } from "./monorepo.js";

export interface LocalHub {
  url: string;
  requests(): number;
  close(): Promise<void>;
}

export async function startLocalHub(repos: Monorepo["hub"]): Promise<LocalHub> {
  let count = 0;
  const sha = (kind: string, id: string) => createHash("sha1").update(`${kind}:${id}`).digest("hex");
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    count++;
    const url = new URL(req.url ?? "/", "http://hub.local");
    const send = (status: number, text: string, type = "application/json") => {
      let body = Buffer.from(text);
      const headers: Record<string, string | number> = { "content-type": type, etag: `"${createHash("sha1").update(body).digest("hex")}"` };
      // Downloads ask for byte ranges and need the size from content-range.
      const range = status === 200 ? /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? "") : null;
      if (range) {
        const [start, end] = [Number(range[1]), Math.min(Number(range[2]), body.length - 1)];
        headers["content-range"] = `bytes ${start}-${end}/${body.length}`;
        body = body.subarray(start, end + 1);
        status = 206;
      }
      res.writeHead(status, { ...headers, "content-length": body.length });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    // /api/{models|datasets}/<org>/<name>/revision/<rev>
    const info = /^\/api\/(models|datasets)\/([^/]+\/[^/]+)\/revision\/([^/]+)$/.exec(url.pathname);
    if (info) {
      const kind = info[1] === "models" ? "model" : "dataset";
      const id = decodeURIComponent(info[2]!);
      const files = repos[kind][id];
      if (!files) return send(404, JSON.stringify({ error: "Repository not found" }));
      const siblings = Object.keys(files).map((rfilename) => ({ rfilename }));
      return send(200, JSON.stringify({ _id: `id-${id}`, id, sha: sha(kind, id), private: false, downloads: 0, likes: 0, lastModified: "2026-01-01T00:00:00.000Z", siblings }));
    }
    // /{datasets/}<org>/<name>/resolve/<rev>/<file>
    const file = /^\/(datasets\/)?([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(url.pathname);
    if (file) {
      const content = repos[file[1] ? "dataset" : "model"][decodeURIComponent(file[2]!)]?.[decodeURIComponent(file[4]!)];
      return content === undefined ? send(404, "Entry not found", "text/plain") : send(200, content, "text/plain");
    }
    send(404, JSON.stringify({ error: "not found" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
