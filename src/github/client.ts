// The one Octokit factory. run() creates the client and passes it down; nothing else builds one.
// Retries what may pass (5xx, network errors, rate limits) a bounded number of times, and never
// past the run's API deadline: a rate limit that lifts later is given up on, and the caller
// reports it with its reset time (faults.ts). Octokit's own request log goes to core.debug: an
// expected 404 (no policy on the base branch) is not an error for the reader of the log.
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import * as core from "@actions/core";
import { TOOL } from "../version.js";
import { transport, type Deadline } from "./http-fetch.js";

const Client = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof Client>;

/** Retries of one request after the first attempt, for 5xx and network errors (1 s, then 4 s). */
const SERVER_RETRIES = 2;
const MAX_RATE_LIMIT_RETRIES = 2;

export interface ClientOptions {
  deadline?: Deadline | undefined;
  env?: NodeJS.ProcessEnv | undefined;
}

export function createGitHub(token: string | undefined, baseUrl: string, o: ClientOptions = {}): GitHub {
  const waitable = (after: number) => !o.deadline || Date.now() + after * 1000 < o.deadline.at;
  const onLimit = (kind: string) => (after: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < MAX_RATE_LIMIT_RETRIES && waitable(after);
    // Only a retry is said here; giving up surfaces as the request's error, reported where it matters.
    if (again) core.info(`GitHub API ${kind} on ${options.method ?? ""} ${options.url ?? ""}: retrying in ${after} s.`);
    return again;
  };
  return new Client({
    auth: token || undefined,
    baseUrl,
    userAgent: `${TOOL.name}/${TOOL.version}`,
    request: { fetch: transport({ deadline: o.deadline, env: o.env }) },
    log: { debug: (m: string) => core.debug(m), info: (m: string) => core.debug(m), warn: (m: string) => core.debug(m), error: (m: string) => core.debug(m) },
    // 429 is the throttling plugin's (a secondary rate limit), so it is not retried twice over.
    retry: { retries: SERVER_RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: { onRateLimit: onLimit("rate limit"), onSecondaryRateLimit: onLimit("secondary rate limit") },
  });
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  return typeof e === "object" && e !== null && "status" in e && typeof e.status === "number" ? e.status : undefined;
}
