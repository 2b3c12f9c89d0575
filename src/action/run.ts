// The Action: inputs → options → one check (gather, Hub, analyze()) → publish. No effect on
// import: src/index.ts calls run(), and tests and `npx @github/local-action . src/action/run.ts
// .env` import it. Every failure ends here and is said as what it is: a wrong input, GitHub's API
// failing (with the request, never an HTML page), or a bug (with its stack).
import * as core from "@actions/core";
import { KnowledgeBaseError, type KnowledgeBase } from "../kb/knowledge-base.js";
import { createGitHub, type GitHub } from "../github/client.js";
import { readContext, type RunContext } from "../github/context.js";
import { describeFault, faultOf } from "../github/faults.js";
import { deadlineIn } from "../github/http-fetch.js";
import { writeSummary } from "../github/summary.js";
import { pullRequestOfRun } from "../github/workflow-run.js";
import type { RunInfo } from "../render/action.js";
import { ruleFileOf } from "../render/markdown.js";
import { check } from "./check.js";
import type { Gathered } from "./gather.js";
import type { HubDeps } from "./hub.js";
import { readInputs } from "./inputs.js";
import { dispatchOverrides, OptionsError, parseOptions } from "./options.js";
import { publish } from "./publish.js";

export interface RunDeps extends HubDeps {
  /** The bundle passes the rules compiled to JSON; from source they are read from rules/. */
  knowledgeBase?: () => KnowledgeBase;
}

export async function run(env: NodeJS.ProcessEnv = process.env, deps: RunDeps = {}): Promise<void> {
  try {
    const given = readContext(env);
    const inputs = readInputs(env);
    const options = parseOptions(inputs, given.dispatchInputs);
    for (const line of dispatchOverrides(inputs, given.dispatchInputs)) core.notice(line);
    if (options["hf-token"]) core.setSecret(options["hf-token"]);
    const gh = createGitHub(options.token, given.apiUrl, { deadline: deadlineIn(options["api-timeout"]), env });
    const ctx = await withTriggeringPullRequest(gh, given);
    if (!ctx) return core.notice("The triggering run's pull request is no longer open: nothing to check.");
    const kb = await knowledgeBase(deps);
    // Merge mode publishes the shards' reports as one; every other run checks the repository.
    const { report, gathered } = options.merge ? (await import("./merge.js")).mergeShardReports(options.merge, ctx.workspace) : await check(gh, ctx, options, kb, env, deps);
    if (gathered.scope.kind === "none") core.notice(`Nothing to check: ${gathered.scope.reason}.`);
    const info = { ...runInfo(ctx, gathered, report.models.length, env), ruleFile: ruleFileOf(kb) };
    await publish(gh, ctx, options, { report, info, scope: gathered.scope, skipped: [...gathered.skipped, ...(report.skipped ?? [])], inputs: inputsOf(gathered), diffLines: gathered.diffLines });
  } catch (e) {
    await failed(e);
  }
}

/** workflow_run: the pull request of the run that triggered this one; undefined when it is closed. */
async function withTriggeringPullRequest(gh: GitHub, given: RunContext): Promise<RunContext | undefined> {
  if (!given.triggeringRun) return given;
  const pullRequest = await pullRequestOfRun(gh, given);
  return pullRequest ? { ...given, pullRequest } : undefined;
}

// From source, rules/ is read and validated; the loader is imported only then, so the bundle
// (which passes its compiled knowledge base) carries neither it nor the rules' zod schemas.
async function knowledgeBase(deps: RunDeps): Promise<KnowledgeBase> {
  return deps.knowledgeBase ? deps.knowledgeBase() : (await import("../kb/load.js")).loadKnowledgeBase();
}

async function failed(e: unknown): Promise<void> {
  const fault = faultOf(e);
  const message =
    e instanceof OptionsError || e instanceof KnowledgeBaseError
      ? e.message
      : fault
        ? `Model provenance could not check this run: ${describeFault(fault)}. Nothing was judged, so this is not a pass; run it again once GitHub answers.`
        : `Model provenance check failed unexpectedly: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  core.setFailed(message);
  // The job summary says it too: a reader who opens the run sees why there is no report.
  await writeSummary(`### Model provenance: not checked\n\n${fault || !(e instanceof Error) ? message : e.message}\n`).catch(() => undefined);
}

/** The workspace files the run read: an output written over one of them is refused. */
function inputsOf(g: Gathered): string[] {
  return [...g.files.map((f) => f.path), ...(g.policy ? [g.policy.path] : []), ...(g.read ?? [])];
}

function runInfo(ctx: RunContext, g: Gathered, models: number, env: NodeJS.ProcessEnv): RunInfo {
  const repoUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`;
  const sha = ctx.pullRequest?.headSha ?? ctx.sha;
  const scope =
    g.scope.kind === "none"
      ? g.scope.reason
      : g.scope.kind === "all"
        ? `all ${models} model(s) (${g.scope.reason})`
        : `${models} model(s) changed${ctx.pullRequest ? " in this pull request" : ""}` +
          (g.scope.fineTunes ? " (and their fine-tunes)" : " (fine-tunes elsewhere in the repository are checked when they change, and on full scans)");
  return {
    blobUrl: sha ? `${repoUrl}/blob/${sha}` : undefined,
    runUrl: env.GITHUB_RUN_ID ? `${repoUrl}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    scope,
    policyNotes: g.notes,
  };
}
