// Fetches the card (and, for a model being checked, its license files) of one Hub repository, through
// @huggingface/hub with a per-request timeout and the on-disk cache. Never throws: a failure is a result.
import { datasetInfo, downloadFile, HubApiError, modelInfo } from "@huggingface/hub";
import { classify } from "../readers/discover.js";
import { MAX_TEXT_BYTES } from "../readers/text.js";
import type { HubCache, RepoKind, Snapshot } from "./cache.js";

export interface HubClientOptions {
  /** The fetch to use (tests inject a fake); default: the global fetch. */
  fetch?: typeof fetch | undefined;
  /** A Hub token for gated or private repositories; default $HF_TOKEN. */
  accessToken?: string | undefined;
  hubUrl?: string | undefined;
  /** Per request, in milliseconds; default 10 000. */
  timeoutMs?: number | undefined;
  /** Use the cache only, never the network (also when $HF_HUB_OFFLINE=1). */
  offline?: boolean | undefined;
  cache?: HubCache | undefined;
}

export interface RepoRequest {
  kind: RepoKind;
  id: string;
  /** Branch, tag or commit; default `main`. */
  revision?: string | undefined;
  /** Also fetch the license files at the repository's root (for a model being checked). */
  licenses?: boolean | undefined;
}

export type RepoResult =
  | { ok: true; snapshot: Snapshot; from: "network" | "cache"; stale?: string | undefined }
  | { ok: false; reason: string };

export const DEFAULT_TIMEOUT_MS = 10_000;

/** A fetch that gives up after `ms` (headers and body alike). */
export function withTimeout(base: typeof fetch, ms: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return base(input, { ...init, signal });
  };
}

export async function fetchRepo(req: RepoRequest, opts: HubClientOptions): Promise<RepoResult> {
  const revision = req.revision ?? "main";
  const cache = opts.cache;
  const cached = () => cache?.byRevision(req.kind, req.id, revision);
  if (opts.offline) {
    const hit = cached();
    return hit ? { ok: true, snapshot: hit, from: "cache" } : { ok: false, reason: "offline, and not in the cache" };
  }
  // A commit never changes: its snapshot needs no network.
  if (/^[0-9a-f]{40}$/.test(revision)) {
    const hit = cache?.bySha(req.kind, req.id, revision);
    if (hit) return { ok: true, snapshot: hit, from: "cache" };
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const http = withTimeout(opts.fetch ?? globalThis.fetch, timeoutMs);
  const credentials = opts.accessToken ? { accessToken: opts.accessToken } : {};
  const common = { fetch: http, ...(opts.hubUrl ? { hubUrl: opts.hubUrl } : {}), ...credentials };
  try {
    let sha: string;
    let paths: string[] | undefined;
    if (req.kind === "model") {
      const info = await modelInfo({ name: req.id, revision, additionalFields: ["sha", "filePaths"], ...common });
      sha = info.sha;
      paths = info.filePaths;
    } else {
      const info = await datasetInfo({ name: req.id, revision, additionalFields: ["sha"], ...common });
      sha = info.sha;
    }
    if (typeof sha !== "string" || sha === "") throw new Error("the Hub sent no commit sha");
    const known = cache?.bySha(req.kind, req.id, sha);
    if (known && (!req.licenses || known.withLicenses)) {
      cache?.write(known, revision);
      return { ok: true, snapshot: known, from: "cache" };
    }
    const wanted = ["README.md"];
    if (req.licenses) wanted.push(...(paths ?? []).filter((p) => !p.includes("/") && classify(p) === "license"));
    const files: Record<string, string> = {};
    for (const file of wanted) {
      const blob = await downloadFile({ repo: { type: req.kind, name: req.id }, path: file, revision: sha, xet: false, ...common });
      if (!blob) continue;
      // Keep one byte more than the reader accepts, so it can report an oversized file.
      files[file] = await blob.slice(0, MAX_TEXT_BYTES + 1).text();
    }
    const snapshot: Snapshot = { kind: req.kind, id: req.id, sha, fetchedAt: new Date().toISOString(), withLicenses: Boolean(req.licenses), files };
    cache?.write(snapshot, revision);
    return { ok: true, snapshot, from: "network" };
  } catch (e) {
    const reason = describeError(e, timeoutMs);
    const hit = cached();
    if (hit) return { ok: true, snapshot: hit, from: "cache", stale: reason };
    return { ok: false, reason };
  }
}

function describeError(e: unknown, timeoutMs: number): string {
  if (e instanceof HubApiError) {
    if (e.statusCode === 404) return "not found on the Hub (or private)";
    if (e.statusCode === 401 || e.statusCode === 403) return `access denied (HTTP ${e.statusCode}): the repository is gated or private; set HF_TOKEN`;
    return `the Hub answered HTTP ${e.statusCode}`;
  }
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === "TimeoutError" || err?.name === "AbortError") return `timed out after ${timeoutMs / 1000} s`;
  const detail = err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(e);
  return `network error (${detail})`;
}
