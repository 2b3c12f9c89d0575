// One check: gather the run's files, fetch from the Hub what neither the tree nor rules/ knows,
// and analyze() once. The rest of the run (publish) only reads the report this returns; a mode
// that makes its report another way (a shard of a matrix, a merge of shards' reports) replaces
// this function and keeps everything around it (src/action/merge.ts).
import type { KnowledgeBase } from "../kb/load.js";
import { analyze, readTree, sourceOf, treeScope } from "../pipeline.js";
import type { Report } from "../report.js";
import type { GitHub } from "../github/client.js";
import type { RunContext } from "../github/context.js";
import { gather, type Gathered } from "./gather.js";
import { lineageFromHub, type HubDeps } from "./hub.js";
import type { ActionOptions } from "./options.js";
import { selectionOf } from "./scope.js";

export interface Checked {
  report: Report;
  gathered: Gathered;
}

export async function check(gh: GitHub, ctx: RunContext, options: ActionOptions, kb: KnowledgeBase, env: NodeJS.ProcessEnv, deps: HubDeps = {}): Promise<Checked> {
  const gathered = await gather(gh, ctx, options, kb);
  // The tree is read once: the Hub step looks for unknown references in its facts, analyze() judges them.
  const tree = readTree(sourceOf(gathered.files), kb, { scope: treeScope(gathered.policy, options.exclude) });
  const hub = await lineageFromHub(tree, kb, options, ctx, env, deps);
  const report = analyze({
    files: gathered.files,
    tree: hub?.tree ?? tree,
    policy: gathered.policy,
    kb,
    failOn: options["fail-on"],
    exclude: options.exclude,
    pullRequest: gathered.pullRequest,
    ...selectionOf(gathered.scope),
    shard: options.shard,
  });
  return { report: hub ? hub.annotate(report) : report, gathered };
}
