// Lineage through the Hugging Face Hub, on by default in the Action (the CLI keeps it opt-in):
// before the analysis, the cards of base models and datasets that neither the tree nor rules/
// knows are fetched (src/hub), at most LINEAGE_LIMITS-many, each with a short timeout; a Hub that
// cannot be reached becomes notes in the report, never a failure.
//
// The cards are cached outside the repository (under RUNNER_TEMP by default; a `hub-cache` inside
// the workspace is refused), so a cache committed in a pull request is never read. Between runs
// the folder is carried by the Actions cache (@actions/cache), restored only when something is to
// be fetched and saved only when something new was, pruned to MAX_CACHED_REPOS repositories.
import { tmpdir } from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import type { KnowledgeBase } from "../kb/load.js";
import type { TreeFacts } from "../pipeline.js";
import type { Report } from "../report.js";
import type { RunContext } from "../github/context.js";
import { OptionsError, type ActionOptions } from "./options.js";

export interface HubDeps {
  /** The fetch the Hub client uses (tests inject a fake Hub). */
  hubFetch?: typeof fetch | undefined;
}

export interface HubLineage {
  /** The tree's facts with the fetched cards' added, for analyze() (each card read once). */
  tree: TreeFacts;
  /** The report with what the Hub step did (fetched, from the cache, unreachable) in its notes. */
  annotate(report: Report): Report;
}

/** Repositories the carried cache keeps (each a card or two): bounded whatever the history. */
export const MAX_CACHED_REPOS = 500;
const CACHE_KEY_PREFIX = "model-provenance-hub-v1-";
/** Restoring or saving the cache never holds a run longer than this. */
const CACHE_TIMEOUT_MS = 60_000;

export async function lineageFromHub(
  tree: TreeFacts,
  kb: KnowledgeBase,
  options: ActionOptions,
  ctx: RunContext,
  env: NodeJS.ProcessEnv,
  deps: HubDeps,
): Promise<HubLineage | undefined> {
  if (!options.hub || tree.models.length + tree.datasetCards.length === 0) return undefined;
  const dir = hubCacheDir(options["hub-cache"], ctx, env);
  const carried = new CarriedCache(dir, env);
  const hub = await import("../hub/index.js");
  const fetched = await hub.prefetchForTree(tree, kb, {
    fetch: deps.hubFetch ?? (await proxiedFetch(env)),
    accessToken: options["hf-token"] || env.HF_TOKEN || undefined,
    offline: env.HF_HUB_OFFLINE === "1" || env.HF_HUB_OFFLINE === "true",
    hubUrl: env.HF_ENDPOINT || undefined,
    cacheDir: dir,
    beforeFetch: () => carried.restore(),
  });
  if (fetched.repos.some((r) => r.from === "network")) {
    new hub.HubCache(dir).prune(MAX_CACHED_REPOS);
    await carried.save();
  }
  return { tree: fetched.tree, annotate: (report) => hub.withHubNotes(report, fetched) };
}

/** Where fetched cards are kept: outside the workspace, whatever the input says. */
export function hubCacheDir(given: string | undefined, ctx: Pick<RunContext, "workspace">, env: NodeJS.ProcessEnv): string {
  const temp = env.RUNNER_TEMP || tmpdir();
  const dir = given ? path.resolve(ctx.workspace, given) : path.join(temp, "model-provenance-hub");
  const inside = path.relative(path.resolve(ctx.workspace), dir);
  if (!inside.startsWith("..") && !path.isAbsolute(inside)) {
    throw new OptionsError(`input 'hub-cache': ${given ?? dir} is inside the repository; a pull request could commit a cache there. Use a folder outside it (the default is under RUNNER_TEMP).`);
  }
  return dir;
}

/** The Hub client's fetch on a runner behind a proxy; undefined (the global fetch) otherwise. */
async function proxiedFetch(env: NodeJS.ProcessEnv): Promise<typeof fetch | undefined> {
  const { proxyConfigured, transport } = await import("../github/http-fetch.js");
  return proxyConfigured(env) ? transport({ env }) : undefined;
}

/** The cache folder carried from run to run by the Actions cache service, when the runner offers it. */
class CarriedCache {
  private restored = false;

  constructor(
    private readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  private available(): boolean {
    return Boolean(this.env.ACTIONS_RUNTIME_TOKEN && (this.env.ACTIONS_CACHE_URL || this.env.ACTIONS_RESULTS_URL));
  }

  async restore(): Promise<void> {
    if (this.restored || !this.available()) return;
    this.restored = true;
    await bounded("restore", async () => {
      const cache = await import("@actions/cache");
      const hit = await cache.restoreCache([this.dir], `${CACHE_KEY_PREFIX}${this.runKey()}`, [CACHE_KEY_PREFIX]);
      core.info(hit ? `Hub cards: restored the cache ${hit}.` : "Hub cards: no cache to restore yet.");
    });
  }

  async save(): Promise<void> {
    if (!this.available()) return;
    await bounded("save", async () => {
      const cache = await import("@actions/cache");
      await cache.saveCache([this.dir], `${CACHE_KEY_PREFIX}${this.runKey()}`);
    });
  }

  /** Cache keys are write-once: one per run attempt, and the newest is restored by prefix. */
  private runKey(): string {
    return `${this.env.GITHUB_RUN_ID ?? "local"}-${this.env.GITHUB_RUN_ATTEMPT ?? "1"}`;
  }
}

/** A cache step that fails or hangs is said and skipped: the check goes on with the Hub alone. */
async function bounded(what: string, step: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      core.info(`Hub cards: the Actions cache did not ${what} within ${CACHE_TIMEOUT_MS / 1000} s; going on without it.`);
      resolve();
    }, CACHE_TIMEOUT_MS);
  });
  try {
    await Promise.race([step().catch((e: unknown) => core.info(`Hub cards: could not ${what} the Actions cache (${e instanceof Error ? e.message : String(e)}); going on without it.`)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
