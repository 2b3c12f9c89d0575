// The Action: inputs → options → files → analyze() → sinks. No effect on import: src/index.ts
// calls run(), and tests and `npx @github/local-action . src/action/run.ts .env` import it.
import * as core from "@actions/core";
import { KnowledgeBaseError, type KnowledgeBase } from "../kb/knowledge-base.js";
import { createGitHub } from "../github/client.js";
import { readContext, type RunContext } from "../github/context.js";
import { pullRequestOfRun } from "../github/workflow-run.js";
import type { RunInfo } from "../render/action.js";
import { ruleFileOf } from "../render/markdown.js";
import { gather, type Gathered } from "./gather.js";
import { readInputs } from "./inputs.js";
import { OptionsError, parseOptions, type ActionOptions } from "./options.js";
import type { InputFile } from "../pipeline.js";
import { publish } from "./publish.js";
import { analyzeScope } from "./scope.js";

export interface RunDeps {
  /** The bundle passes the rules compiled to JSON; from source they are read from rules/. */
  knowledgeBase?: () => KnowledgeBase;
  /** The fetch the `hub` input uses (tests inject a fake Hub). */
  hubFetch?: typeof fetch;
}

/** `hub: true`: the cards of unknown bases and datasets, fetched before the (pure) analysis. */
async function fromHub(files: InputFile[], kb: KnowledgeBase, options: ActionOptions, workspace: string, env: NodeJS.ProcessEnv, fetchImpl?: typeof fetch) {
  const { cacheDirOf, prefetchLineage } = await import("../hub/index.js");
  return prefetchLineage(files, kb, {
    fetch: fetchImpl,
    accessToken: env.HF_TOKEN || undefined,
    offline: env.HF_HUB_OFFLINE === "1" || env.HF_HUB_OFFLINE === "true",
    hubUrl: env.HF_ENDPOINT || undefined,
    cacheDir: cacheDirOf(options["hub-cache"], workspace, env),
  });
}

export async function run(env: NodeJS.ProcessEnv = process.env, deps: RunDeps = {}): Promise<void> {
  try {
    const given = readContext(env);
    const options = parseOptions(readInputs(env), given.dispatchInputs);
    const gh = createGitHub(options.token, given.apiUrl);
    const ctx = given.triggeringRun ? { ...given, pullRequest: await pullRequestOfRun(gh, given) } : given;
    if (given.triggeringRun && !ctx.pullRequest) return core.notice("The triggering run's pull request is no longer open: nothing to check.");
    const gathered = await gather(gh, ctx, options);
    if (gathered.scope.kind === "none") core.notice("No model card, license file, dataset card or policy under the scanned paths changed in this pull request: nothing to check.");
    // From source, rules/ is read and validated; the loader is imported only then, so the bundle
    // (which passes its compiled knowledge base) carries neither it nor the rules' zod schemas.
    const kb = deps.knowledgeBase ? deps.knowledgeBase() : (await import("../kb/load.js")).loadKnowledgeBase();
    const hub = options.hub && gathered.files.length > 0 ? await fromHub(gathered.files, kb, options, ctx.workspace, env, deps.hubFetch) : undefined;
    const analysed = analyzeScope({ files: [...gathered.files, ...(hub?.files ?? [])], policy: gathered.policy, kb, failOn: options["fail-on"] }, gathered.scope);
    const report = hub ? (await import("../hub/index.js")).withHubNotes(analysed, hub) : analysed;
    const info = { ...runInfo(ctx, gathered, report.models.length, env), ruleFile: ruleFileOf(kb) };
    await publish(gh, ctx, options, report, info, gathered.diffLines);
  } catch (e) {
    if (e instanceof OptionsError || e instanceof KnowledgeBaseError) core.setFailed(e.message);
    else core.setFailed(`Model provenance check failed unexpectedly: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

function runInfo(ctx: RunContext, g: Gathered, models: number, env: NodeJS.ProcessEnv): RunInfo {
  const repoUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`;
  const sha = ctx.pullRequest?.headSha ?? ctx.sha;
  const scope =
    g.scope.kind === "none"
      ? "no model card, license file or policy changed in this pull request"
      : g.scope.kind === "all"
        ? `all ${models} model(s) (${g.scope.reason})`
        : `${models} model(s) changed in this pull request (and their fine-tunes)`;
  return {
    blobUrl: sha ? `${repoUrl}/blob/${sha}` : undefined,
    runUrl: env.GITHUB_RUN_ID ? `${repoUrl}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    scope,
    policyNotes: g.policyNotes,
  };
}
