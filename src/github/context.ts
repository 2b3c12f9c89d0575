// What the runner tells a step about its run, read from the environment it is given (not from
// @actions/github's `context`, which reads process.env when imported).
import { readFileSync } from "node:fs";

export interface PullRequest {
  number: number;
  baseSha: string;
  headSha: string;
  /** true when the head branch lives in another repository (its token is read-only on `pull_request`). */
  fromFork: boolean;
}

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  runnerTemp: string;
  /** Set on pull_request and pull_request_target. */
  pullRequest?: PullRequest | undefined;
  /** A workflow_dispatch run's form inputs. */
  dispatchInputs: Record<string, unknown>;
}

export const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);

interface Payload {
  pull_request?: {
    number: number;
    base: { sha: string; repo: { full_name: string } };
    head: { sha: string; repo: { full_name: string } | null };
  };
  inputs?: Record<string, unknown> | null;
}

export function readContext(env: NodeJS.ProcessEnv): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  let payload: Payload = {};
  if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Payload;
  const pr = PR_EVENTS.has(eventName) ? payload.pull_request : undefined;
  return {
    eventName,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? "",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    runnerTemp: env.RUNNER_TEMP ?? process.cwd(),
    pullRequest: pr && {
      number: pr.number,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      // A deleted fork has head.repo null; treat it as a fork.
      fromFork: pr.head.repo?.full_name !== pr.base.repo.full_name,
    },
    dispatchInputs: eventName === "workflow_dispatch" ? (payload.inputs ?? {}) : {},
  };
}
