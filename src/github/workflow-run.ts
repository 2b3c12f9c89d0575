// The fork-safe second half of the two-workflow recipe (docs/action.md): a workflow_run run has a
// write token and runs the base branch's workflow, and learns which PR to judge from the run that
// triggered it. GitHub leaves `pull_requests` empty for forks, so those are found by head branch.
import type { GitHub } from "./client.js";
import type { PullRequest, RunContext } from "./context.js";

export async function pullRequestOfRun(gh: GitHub, ctx: RunContext): Promise<PullRequest | undefined> {
  const run = ctx.triggeringRun;
  if (!run) return undefined;
  if (run.pullRequest) return run.pullRequest;
  const open = await gh.rest.pulls.list({ owner: ctx.owner, repo: ctx.repo, state: "open", head: `${run.headOwner}:${run.headBranch}`, per_page: 100 });
  const pr = open.data.find((p) => p.head.sha === run.headSha);
  return pr && { number: pr.number, baseSha: pr.base.sha, headSha: run.headSha, fromFork: pr.head.repo?.full_name !== pr.base.repo.full_name };
}
