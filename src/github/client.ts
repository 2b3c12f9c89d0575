// The one Octokit factory. run() creates the client and passes it down; nothing else builds one.
// Retries transient failures (5xx, secondary rate limits) and spaces out writes as GitHub asks.
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import * as core from "@actions/core";
import { TOOL } from "../version.js";
import { octokitFetch } from "./http-fetch.js";

const Client = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof Client>;

const MAX_RATE_LIMIT_RETRIES = 2;

export function createGitHub(token: string | undefined, baseUrl: string): GitHub {
  return new Client({
    auth: token || undefined,
    baseUrl,
    userAgent: `${TOOL.name}/${TOOL.version}`,
    request: { fetch: octokitFetch },
    throttle: {
      onRateLimit: (after, options, _octokit, retryCount) => {
        core.warning(`GitHub API rate limit hit on ${options.method} ${options.url}; ${retryCount < MAX_RATE_LIMIT_RETRIES ? `retrying in ${after} s` : "giving up"}.`);
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (after, options, _octokit, retryCount) => {
        core.warning(`GitHub API secondary rate limit on ${options.method} ${options.url}; ${retryCount < MAX_RATE_LIMIT_RETRIES ? `retrying in ${after} s` : "giving up"}.`);
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
    },
  });
}

/** HTTP status of an Octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  return typeof e === "object" && e !== null && "status" in e && typeof e.status === "number" ? e.status : undefined;
}
