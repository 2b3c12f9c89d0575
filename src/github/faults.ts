// What went wrong with a GitHub API request, said as what it is: a permission, a missing thing,
// a rate limit (with when it resets), GitHub failing (5xx), the run's API deadline, or the network.
// A response body is quoted only when it is GitHub's short JSON message: an HTML error page (a 502
// from a proxy or GitHub's front end) is named, never dumped into an annotation.

export type FaultKind = "permission" | "not-found" | "rate-limit" | "server" | "deadline" | "network" | "rejected";

export interface ApiFault {
  kind: FaultKind;
  /** HTTP status, when GitHub answered. */
  status?: number | undefined;
  /** `GET /repos/o/r/pulls/7/files`: the request, without host or query. */
  request: string;
  /** One clean line about the answer (GitHub's message, or what the body was). */
  detail: string;
  /** For a rate limit: when GitHub says it resets (primary) or to retry (secondary). */
  resetAt?: Date | undefined;
}

/** Thrown by the transport once the run's API deadline has passed (named so Octokit does not retry it). */
export class DeadlineExceeded extends Error {
  override readonly name = "AbortError";
  readonly deadline = true;
  constructor(
    readonly seconds: number,
    /** `GET /repos/o/r/pulls/7/files`: the request that was cut off or not sent. */
    readonly request: string,
  ) {
    super(`the GitHub API work of this run took longer than its ${seconds} s deadline (input api-timeout)`);
  }
}

interface OctokitErrorShape {
  status?: unknown;
  message?: unknown;
  cause?: unknown;
  deadline?: unknown;
  request?: { method?: string; url?: string };
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

const MAX_DETAIL = 200;

/** The fault an error stands for, or undefined when it is not an API error (a bug: let it surface). */
export function faultOf(e: unknown, now: number = Date.now()): ApiFault | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const err = e as OctokitErrorShape;
  const deadline = [err, err.cause as OctokitErrorShape | undefined].find((x) => x?.deadline === true) as DeadlineExceeded | undefined;
  if (!err.request && !deadline) return undefined;
  if (deadline) return { kind: "deadline", request: deadline.request, detail: deadline.message };
  const request = requestOf(err);
  const status = typeof err.status === "number" ? err.status : undefined;
  const headers = err.response?.headers ?? {};
  const detail = detailOf(err.response?.data, err.message);
  // Octokit reports a request that got no answer (refused, reset, timed out) as a 500 without a response.
  if (!err.response) return { kind: "network", request, detail: oneLine(causeMessage(err) ?? String(err.message ?? "no answer")) };
  const rateLimit = rateLimitOf(status, headers, detail, now);
  if (rateLimit) return { kind: "rate-limit", status, request, detail, resetAt: rateLimit };
  if (status === 401 || status === 403) return { kind: "permission", status, request, detail };
  if (status === 404 || status === 410) return { kind: "not-found", status, request, detail };
  if (status !== undefined && status >= 500) return { kind: "server", status, request, detail };
  return { kind: "rejected", status, request, detail };
}

/** `HTTP 502 on GET /repos/o/r/pulls/7/files (an HTML error page)`: the fault in one line. */
export function describeFault(f: ApiFault): string {
  const on = `on ${f.request}`;
  switch (f.kind) {
    case "deadline":
      return `${f.detail} (${f.request} was the request cut off)`;
    case "network":
      return `no answer from GitHub ${on} (${f.detail})`;
    case "rate-limit":
      return `GitHub's rate limit ${on} (HTTP ${f.status}: ${f.detail})${f.resetAt ? `; it resets at ${f.resetAt.toISOString().replace(/\.\d+Z$/, "Z")}` : ""}`;
    default:
      return `HTTP ${f.status} ${on} (${f.detail})`;
  }
}

function requestOf(err: OctokitErrorShape): string {
  return requestLine(err.request?.method ?? "GET", err.request?.url);
}

/** `GET /repos/o/r/contents/.github/p.yml`: method and decoded path, without host or query. */
export function requestLine(method: string, url: string | URL | undefined): string {
  if (!url) return method.toUpperCase();
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    pathname = String(url).split("?")[0]!;
  }
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // A malformed escape stays as it is.
  }
  return `${method.toUpperCase()} ${pathname}`;
}

function causeMessage(err: OctokitErrorShape): string | undefined {
  let c = err.cause as { message?: unknown; cause?: unknown; code?: unknown } | undefined;
  for (let depth = 0; c && depth < 3; depth++) {
    if (typeof c.code === "string") return c.code;
    if (!c.cause && typeof c.message === "string") return c.message;
    c = c.cause as typeof c;
  }
  return undefined;
}

function detailOf(data: unknown, message: unknown): string {
  if (typeof data === "object" && data !== null && "message" in data && typeof data.message === "string") return oneLine(data.message);
  const text = typeof data === "string" ? data : typeof message === "string" ? message : "";
  if (/<(!doctype|html|head|body)\b/i.test(text)) return "an HTML error page";
  if (text.trim() === "") return "an empty answer";
  return oneLine(text);
}

/** One line, no control characters, at most MAX_DETAIL characters. */
function oneLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = s.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL - 1)}…` : flat;
}

/** When a 403/429 is a rate limit, the time it lifts (now when GitHub does not say). */
function rateLimitOf(status: number | undefined, headers: Record<string, string | undefined>, detail: string, now: number): Date | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const primary = headers["x-ratelimit-remaining"] === "0";
  const secondary = status === 429 || /\bsecondary rate limit\b|\babuse\b/i.test(detail);
  if (!primary && !secondary) return undefined;
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter > 0) return new Date(now + retryAfter * 1000);
  const reset = Number(headers["x-ratelimit-reset"]);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : new Date(now);
}
