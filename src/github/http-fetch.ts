// Octokit's transport: the part of fetch() Octokit uses, over node:http and node:https. Node's
// built-in fetch loads undici on its first request, which takes 50–100 ms (a PR run's whole
// network time against a nearby API); node:http is part of Node's start-up snapshot. Requests are
// the same: method, headers and body as given, redirects followed as fetch follows them (at most
// 20; 303, and 301/302 after a POST, become a GET; a redirect to another origin drops the
// Authorization header), network errors thrown as fetch throws them (TypeError "fetch failed"
// with the cause). Anything else fetch() offers (streamed bodies, manual redirects) goes to the
// built-in fetch.
//
// `transport()` adds what a run needs around it: a time limit per request (a stalled answer is cut
// off, headers and body alike), the run's one deadline for all API work (past it, every request
// fails at once with DeadlineExceeded, which Octokit does not retry), and the proxy of a
// self-hosted runner (HTTPS_PROXY, HTTP_PROXY, NO_PROXY; see proxy.ts, loaded only when one is set).
import { createRequire } from "node:module";
import type * as Http from "node:http";
import type { IncomingMessage } from "node:http";
import { DeadlineExceeded, requestLine } from "./faults.js";

interface Init {
  method?: string | undefined;
  headers?: Record<string, string> | undefined;
  body?: unknown;
  redirect?: string | undefined;
  signal?: unknown;
  /** Total time for the request, redirects and body included; default REQUEST_TIMEOUT_MS. */
  timeoutMs?: number | undefined;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** One request (GitHub itself gives up on a request after 10 s); a stall costs no more than this. */
export const REQUEST_TIMEOUT_MS = 60_000;

// require(), not import: importing node:http as an ES module reads every export, and on Node 24
// its WebSocket export loads undici, the very cost this module avoids.
const requireBuiltin = createRequire(import.meta.url);
const httpModule = (url: URL) => requireBuiltin(url.protocol === "https:" ? "node:https" : "node:http") as typeof Http;

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

/** Destroys whatever request is in flight when the time is up (one timer for the whole exchange). */
class Stopwatch {
  private current?: Http.ClientRequest | undefined;
  private readonly timer: NodeJS.Timeout;
  fired?: Error | undefined;

  constructor(ms: number, host: string) {
    this.timer = setTimeout(() => {
      this.fired = new Error(`no complete answer from ${host} in ${Math.round(ms / 1000)} s`);
      this.current?.destroy(this.fired);
    }, ms);
  }

  track(req: Http.ClientRequest): void {
    if (this.fired) req.destroy(this.fired);
    this.current = req;
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

function send(url: URL, method: string, headers: Record<string, string>, body: string | Uint8Array | undefined, watch: Stopwatch): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = httpModule(url).request(url, { method, headers }, resolve);
    req.on("error", reject);
    watch.track(req);
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
  const watch = new Stopwatch(init.timeoutMs ?? REQUEST_TIMEOUT_MS, url.host);
  try {
    for (let redirects = 0; ; redirects++) {
      if (body !== undefined) headers["content-length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength);
      const res = await send(url, method, headers, body, watch);
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
    // A body cut off by the timer fails as "aborted"; the timer's own message says why.
    throw new TypeError("fetch failed", { cause: watch.fired ?? e });
  } finally {
    watch.stop();
  }
}

export function httpFetch(input: string | URL, init: Init = {}): Promise<unknown> {
  const plainBody = init.body === undefined || init.body === null || typeof init.body === "string" || init.body instanceof Uint8Array;
  if (init.signal || (init.redirect !== undefined && init.redirect !== "follow") || !plainBody) return globalThis.fetch(input, limited(init) as RequestInit);
  return httpFetchImpl(input, { ...init, body: init.body ?? undefined });
}

/** init for a full fetch(): timeoutMs becomes an abort signal, beside the caller's own. */
function limited(init: Init): Record<string, unknown> {
  const { timeoutMs, ...rest } = init;
  const limit = AbortSignal.timeout(timeoutMs ?? REQUEST_TIMEOUT_MS);
  return { ...rest, signal: rest.signal ? AbortSignal.any([rest.signal as AbortSignal, limit]) : limit };
}

/** The run's one time budget for API work. */
export interface Deadline {
  /** Epoch milliseconds. */
  at: number;
  /** As configured, for messages. */
  seconds: number;
}

export function deadlineIn(seconds: number, now: number = Date.now()): Deadline {
  return { at: now + seconds * 1000, seconds };
}

/** Proxy variables, upper or lower case, as curl and the runner's own tools read them. */
export function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"].some((k) => Boolean(env[k]?.trim()));
}

type Fetch = (input: string | URL, init?: Init) => Promise<unknown>;

export interface TransportOptions {
  deadline?: Deadline | undefined;
  env?: NodeJS.ProcessEnv | undefined;
}

/** The fetch a run's clients use (typed as the full fetch(), as Octokit's `request.fetch` is): per-request limit, the run's deadline, the runner's proxy. */
export function transport(o: TransportOptions = {}): typeof globalThis.fetch {
  const env = o.env ?? process.env;
  let proxied: Promise<Fetch> | undefined;
  const base = (input: string | URL, init: Init): Promise<unknown> => {
    if (!proxyConfigured(env)) return httpFetch(input, init);
    proxied ??= import("./proxy.js").then(({ proxiedFetch }) => proxiedFetch(env, httpFetch as never) as unknown as Fetch);
    return proxied.then((f) => f(input, limited(init)));
  };
  const fetch = async (input: string | URL, init: Init = {}): Promise<unknown> => {
    const deadline = o.deadline;
    if (!deadline) return base(input, init);
    const left = deadline.at - Date.now();
    const request = requestLine(init.method ?? "GET", input);
    if (left <= 0) throw new DeadlineExceeded(deadline.seconds, request);
    try {
      return await base(input, { ...init, timeoutMs: Math.min(init.timeoutMs ?? REQUEST_TIMEOUT_MS, left) });
    } catch (e) {
      // Cut off by the deadline rather than by the request's own limit: say so.
      if (deadline.at - Date.now() <= 0) throw new DeadlineExceeded(deadline.seconds, request);
      throw e;
    }
  };
  return fetch as unknown as typeof globalThis.fetch;
}
