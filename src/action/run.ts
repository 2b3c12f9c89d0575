// The Action: inputs → options → files → analyze() → sinks. No effect on import: src/index.ts
// calls run(), and tests and `npx @github/local-action . src/action/run.ts .env` import it.
import * as core from "@actions/core";
import { KnowledgeBaseError, loadKnowledgeBase, type KnowledgeBase } from "../kb/load.js";
import { analyze } from "../pipeline.js";
import { createGitHub } from "../github/client.js";
import { readContext, type RunContext } from "../github/context.js";
import type { RunInfo } from "../render/action.js";
import { gather, type Gathered } from "./gather.js";
import { readInputs } from "./inputs.js";
import { OptionsError, parseOptions } from "./options.js";
import { publish } from "./publish.js";
import { withDescendants } from "./scope.js";

export interface RunDeps {
  /** The bundle passes the rules compiled to JSON; from source they are read from rules/. */
  knowledgeBase?: () => KnowledgeBase;
}

export async function run(env: NodeJS.ProcessEnv = process.env, deps: RunDeps = {}): Promise<void> {
  try {
    const ctx = readContext(env);
    const options = parseOptions(readInputs(env), ctx.dispatchInputs);
    const gh = createGitHub(options.token, ctx.apiUrl);
    const gathered = await gather(gh, ctx, options);
    if (gathered.scope.kind === "none") core.notice("No model card, license file, dataset card or policy under the scanned paths changed in this pull request: nothing to check.");
    const kb = (deps.knowledgeBase ?? (() => loadKnowledgeBase()))();
    const base = { files: gathered.files, policy: gathered.policy, kb, failOn: options["fail-on"] };
    let onlyModels: string[] | undefined;
    if (gathered.scope.kind === "none") onlyModels = [];
    // A fine-tune of a changed base model is judged too: its rights flow from that base.
    if (gathered.scope.kind === "models") onlyModels = withDescendants(analyze(base), gathered.scope.dirs);
    const report = analyze({ ...base, onlyModels });
    await publish(gh, ctx, options, report, runInfo(ctx, gathered, report.models.length, env));
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
