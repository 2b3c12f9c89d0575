// What the runner tells a step about its run, read from the environment it is given (not from
// @actions/github's `context`, which reads process.env when imported).
import { readFileSync } from "node:fs";

export interface PullRequest {
  number: number;
  baseSha: string;
  headSha: string;
  /** true when the head branch lives in another repository (its token is read-only on `pull_request`). */
  fromFork: boolean;
  /** The PR's `changed_files` when the event says it (to tell a complete file list from a cut one). */
  changedFiles?: number | undefined;
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
  /** On workflow_run: the run that triggered this one, when it ran for a pull request. */
  triggeringRun?: TriggeringRun | undefined;
  /** The ref the run is for (e.g. `refs/heads/main`), from the event or GITHUB_REF. */
  ref?: string | undefined;
  /** The repository's default branch, when the event names it (push and workflow_dispatch do). */
  defaultBranch?: string | undefined;
}

export interface TriggeringRun {
  headSha: string;
  headBranch: string;
  /** Owner of the head repository (a fork's owner for a fork PR). */
  headOwner: string;
  /** Set by GitHub for PRs inside the repository; empty for forks, so they are looked up. */
  pullRequest?: PullRequest | undefined;
}

export const PR_EVENTS = new Set(["pull_request", "pull_request_target"]);

interface Payload {
  pull_request?: {
    number: number;
    base: { sha: string; repo: { full_name: string } };
    head: { sha: string; repo: { full_name: string } | null };
    changed_files?: number;
  };
  inputs?: Record<string, unknown> | null;
  ref?: string;
  repository?: { default_branch?: string };
  workflow_run?: {
    event: string;
    head_sha: string;
    head_branch: string | null;
    head_repository: { full_name: string; owner: { login: string } } | null;
    repository: { full_name: string };
    pull_requests: { number: number; base: { sha: string }; head: { sha: string } }[];
  };
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
      changedFiles: typeof pr.changed_files === "number" ? pr.changed_files : undefined,
    },
    dispatchInputs: eventName === "workflow_dispatch" ? (payload.inputs ?? {}) : {},
    triggeringRun: eventName === "workflow_run" ? triggeringRun(payload.workflow_run) : undefined,
    ref: (typeof payload.ref === "string" ? payload.ref : undefined) ?? (env.GITHUB_REF || undefined),
    defaultBranch: payload.repository?.default_branch || undefined,
  };
}

function triggeringRun(run: Payload["workflow_run"]): TriggeringRun | undefined {
  if (!run || (run.event !== "pull_request" && run.event !== "pull_request_target")) return undefined;
  const pr = run.pull_requests.find((p) => p.head.sha === run.head_sha) ?? run.pull_requests[0];
  return {
    headSha: run.head_sha,
    headBranch: run.head_branch ?? "",
    headOwner: run.head_repository?.owner.login ?? "",
    pullRequest: pr && { number: pr.number, baseSha: pr.base.sha, headSha: run.head_sha, fromFork: run.head_repository?.full_name !== run.repository.full_name },
  };
}
