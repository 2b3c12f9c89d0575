// Octokit's transport: the part of fetch() Octokit uses, over node:http and node:https. Node's
// built-in fetch loads undici on its first request, which takes 50–100 ms (a PR run's whole
// network time against a nearby API); node:http is part of Node's start-up snapshot. Requests are
// the same: method, headers and body as given, redirects followed as fetch follows them (at most
// 20; 303, and 301/302 after a POST, become a GET; a redirect to another origin drops the
// Authorization header), network errors thrown as fetch throws them (TypeError "fetch failed"
// with the cause), 300 s without an answer an error as in undici. Anything else fetch() offers
// (abort signals, streamed bodies, manual redirects) goes to the built-in fetch.
import { createRequire } from "node:module";
import type * as Http from "node:http";
import type { IncomingMessage } from "node:http";

interface Init {
  method?: string | undefined;
  headers?: Record<string, string> | undefined;
  body?: unknown;
  redirect?: string | undefined;
  signal?: unknown;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
const TIMEOUT_MS = 300_000;

// require(), not import: importing node:http as an ES module reads every export, and on Node 24
// its WebSocket export loads undici, the very cost this module avoids.
const requireBuiltin = createRequire(import.meta.url);
const transport = (url: URL) => requireBuiltin(url.protocol === "https:" ? "node:https" : "node:http") as typeof Http;

class ResponseHeaders {
  private readonly map = new Map<string, string>();

  constructor(raw: IncomingMessage["headers"]) {
    for (const [name, value] of Object.entries(raw)) if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(", ") : value);
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries();
  }
}

class HttpResponse {
  readonly ok: boolean;
  readonly headers: ResponseHeaders;
  readonly body = null;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly url: string,
    headers: IncomingMessage["headers"],
    private readonly bytes: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new ResponseHeaders(headers);
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.bytes));
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength) as ArrayBuffer);
  }
}

function send(url: URL, method: string, headers: Record<string, string>, body: string | Uint8Array | undefined): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = transport(url).request(url, { method, headers }, resolve);
    req.on("error", reject);
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error(`no answer from ${url.host} in ${TIMEOUT_MS / 1000} s`)));
    req.end(body);
  });
}

async function readAll(res: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function httpFetchImpl(input: string | URL, init: Init = {}): Promise<HttpResponse> {
  let url = new URL(input);
  let method = (init.method ?? "GET").toUpperCase();
  let body = init.body as string | Uint8Array | undefined;
  let headers = Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
  try {
    for (let redirects = 0; ; redirects++) {
      if (body !== undefined) headers["content-length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength);
      const res = await send(url, method, headers, body);
      const location = res.headers.location;
      if (!REDIRECTS.has(res.statusCode ?? 0) || location === undefined) {
        return new HttpResponse(res.statusCode ?? 0, res.statusMessage ?? "", url.href, res.headers, await readAll(res));
      }
      res.resume();
      if (redirects === MAX_REDIRECTS) throw new Error("redirect count exceeded");
      const next = new URL(location, url);
      if ((res.statusCode === 303 && method !== "GET" && method !== "HEAD") || ((res.statusCode === 301 || res.statusCode === 302) && method === "POST")) {
        method = "GET";
        body = undefined;
        headers = Object.fromEntries(Object.entries(headers).filter(([k]) => !k.startsWith("content-")));
      }
      if (next.origin !== url.origin) delete headers.authorization;
      url = next;
    }
  } catch (e) {
    throw new TypeError("fetch failed", { cause: e });
  }
}

export function httpFetch(input: string | URL, init: Init = {}): Promise<unknown> {
  const plainBody = init.body === undefined || init.body === null || typeof init.body === "string" || init.body instanceof Uint8Array;
  if (init.signal || (init.redirect !== undefined && init.redirect !== "follow") || !plainBody) return globalThis.fetch(input, init as RequestInit);
  return httpFetchImpl(input, { ...init, body: init.body ?? undefined });
}

/** httpFetch as Octokit's `request.fetch`, which is typed as the full fetch(). */
export const octokitFetch = httpFetch as unknown as typeof globalThis.fetch;
