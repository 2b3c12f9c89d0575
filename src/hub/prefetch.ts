// Hub on demand (--hub): before analysis, fetch the cards of base models and datasets that neither the
// tree nor rules/ knows, and hand them to analyze() as synthetic files under a virtual folder:
//   .hub/models/<org>/<name>/README.md      (plus LICENSE* for a model checked straight from the Hub)
//   .hub/datasets/<org>/<name>/README.md
// The tree resolution in src/facts/resolve.ts matches a Hub id to such a folder exactly, so analyze()
// stays pure: all network and cache access happens here, and a failure is a note, never a crash.
// Each card is read once: the tree's facts (readTree) are what unknown references are looked for in,
// the fetched cards' facts are added to them, and the caller analyses `result.tree` as it is.
import { HUB_DATASETS_DIR, HUB_MODELS_DIR, LINEAGE_LIMITS, hubIdOf, modelDirIndex, resolvesDataset, resolvesModel } from "../facts/resolve.js";
import type { KnowledgeBase } from "../kb/load.js";
import { readTree, sourceOf, type InputFile, type TreeFacts } from "../pipeline.js";
import { localeOrder } from "../order.js";
import type { Report } from "../report.js";
import { HubCache, type RepoKind } from "./cache.js";
import { fetchRepo, type HubClientOptions, type RepoResult } from "./client.js";

export interface PrefetchOptions extends Omit<HubClientOptions, "cache"> {
  /** Cache directory (absolute); undefined = no cache. The CLI passes cacheDirOf(...). */
  cacheDir?: string | undefined;
  /** Hub models to check themselves (`org/name` or `org/name@revision`): card and license files. */
  models?: readonly string[] | undefined;
  /** How many levels of unknown bases to follow; default LINEAGE_LIMITS.maxDepth. */
  maxDepth?: number | undefined;
  /** How many repositories to fetch at most in one run; default 4 × LINEAGE_LIMITS.maxBases. */
  maxRepos?: number | undefined;
  /** Parallel requests; default 6. */
  concurrency?: number | undefined;
  /** Awaited once, before the first repository is fetched (the Action restores its cache then, and only then). */
  beforeFetch?: (() => Promise<void>) | undefined;
}

export interface FetchedRepo {
  kind: RepoKind;
  id: string;
  revision: string;
  sha?: string | undefined;
  from?: "network" | "cache" | undefined;
  /** Why it could not be fetched (or why a cached copy was used). */
  problem?: string | undefined;
}

export interface PrefetchResult {
  /** Synthetic files to add to analyze()'s input. */
  files: InputFile[];
  /** The tree's facts with the fetched cards' facts added: what startAnalysis() takes, read once. */
  tree: TreeFacts;
  /** Model folders of the `models` requested (`.hub/models/<id>`), to check alongside the tree's own. */
  modelDirs: string[];
  repos: FetchedRepo[];
  /** What to tell the reader: fetches that failed, cached copies used offline, limits reached. */
  notes: string[];
}

const HUB_ID = /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/;

/** `org/name`, `org/name@rev`, or a huggingface.co URL → id and revision; undefined for anything else (local paths). */
export function parseHubRef(ref: string): { id: string; revision?: string | undefined } | undefined {
  const stripped = ref
    .trim()
    .replace(/^https?:\/\/huggingface\.co\/(datasets\/)?/, "")
    .replace(/^hf:\/\/|^hub:/, "")
    .replace(/\/$/, "");
  const [id, revision] = stripped.split("@", 2) as [string, string | undefined];
  if (!HUB_ID.test(id) || /\.\./.test(id)) return undefined;
  return { id, revision: revision || undefined };
}

export function hubModelDir(id: string): string {
  return `${HUB_MODELS_DIR}${id}`;
}

export function hubDatasetDir(id: string): string {
  return `${HUB_DATASETS_DIR}${id}`;
}

interface Wanted {
  kind: RepoKind;
  id: string;
  revision: string;
  depth: number;
  licenses: boolean;
}

export async function prefetchLineage(files: readonly InputFile[], kb: KnowledgeBase, opts: PrefetchOptions = {}): Promise<PrefetchResult> {
  return prefetchForTree(readTree(sourceOf(files), kb), kb, opts);
}

/** As prefetchLineage, for a tree already read (the CLI reads it once, for this and the analysis). */
export async function prefetchForTree(local: TreeFacts, kb: KnowledgeBase, opts: PrefetchOptions = {}): Promise<PrefetchResult> {
  const maxDepth = opts.maxDepth ?? LINEAGE_LIMITS.maxDepth;
  const maxRepos = opts.maxRepos ?? LINEAGE_LIMITS.maxBases * 4;
  const concurrency = Math.max(1, opts.concurrency ?? 6);
  const client: HubClientOptions = { ...opts, cache: opts.cacheDir ? new HubCache(opts.cacheDir) : undefined };
  const tree: TreeFacts = { models: [...local.models], datasetCards: [...local.datasetCards] };
  const result: PrefetchResult = { files: [], tree, modelDirs: [], repos: [], notes: [] };
  const requested = new Set<string>();
  const depthOf = new Map<string, number>();
  let skipped = 0;

  const want = (queue: Wanted[], w: Wanted) => {
    const key = `${w.kind}:${w.id.toLowerCase()}`;
    if (requested.has(key)) return;
    if (requested.size >= maxRepos) {
      skipped++;
      return;
    }
    requested.add(key);
    depthOf.set(key, w.depth);
    queue.push(w);
  };
  // Depth of what a card names: 1 for the tree's own cards, one more than the fetched card's own.
  const depthFor = (kind: RepoKind, file: string) => {
    const id = hubIdOf(file, kind === "model" ? HUB_MODELS_DIR : HUB_DATASETS_DIR);
    return id === undefined ? 1 : (depthOf.get(`${kind}:${id.toLowerCase()}`) ?? 0) + 1;
  };

  // Models to check straight from the Hub (depth 0), then what the tree's own cards name and nobody knows.
  let queue: Wanted[] = [];
  for (const w of requestedModels(opts.models ?? [], result)) want(queue, w);
  const scanned = new Set<string>();
  for (const w of unknownRefs(tree, scanned, kb, depthFor, maxDepth)) want(queue, w);

  let ready = false;
  while (queue.length > 0) {
    const level = queue;
    queue = [];
    if (!ready) await opts.beforeFetch?.();
    ready = true;
    const fetched = await mapLimit(level, concurrency, (w) => fetchRepo({ kind: w.kind, id: w.id, revision: w.revision, licenses: w.licenses }, client));
    const added = level.flatMap((w, i) => keepFetched(w, fetched[i]!, result));
    addFacts(tree, readTree(sourceOf(added), kb, { fetched: true }));
    for (const w of unknownRefs(tree, scanned, kb, depthFor, maxDepth)) want(queue, w);
  }
  if (skipped > 0) result.notes.push(`Hub: more than ${maxRepos} repositories to fetch; ${skipped} more were not fetched.`);
  return result;
}

/** The `org/model[@revision]` ids asked for on the command line, as depth-0 requests; a bad id gets a note. */
function requestedModels(models: readonly string[], result: PrefetchResult): Wanted[] {
  const wanted: Wanted[] = [];
  for (const m of models) {
    const parsed = parseHubRef(m);
    if (!parsed) {
      result.notes.push(`Hub: '${m}' is not a Hub model id (org/name); not fetched.`);
      continue;
    }
    result.modelDirs.push(hubModelDir(parsed.id));
    wanted.push({ kind: "model", id: parsed.id, revision: parsed.revision ?? "main", depth: 0, licenses: true });
  }
  return wanted;
}

/** Records one fetch and returns its files under `.hub/`; a failure, a stale copy or a missing card gets a note. */
function keepFetched(w: Wanted, r: RepoResult, result: PrefetchResult): InputFile[] {
  result.repos.push(record(w, r));
  if (!r.ok) {
    const what = w.depth === 0 ? "model" : w.kind === "model" ? "base model" : "dataset";
    result.notes.push(`Hub: could not fetch the card of ${what} ${w.id} (${r.reason}); ${w.depth === 0 ? "it was not checked" : "what it adds is unchecked"}.`);
    return [];
  }
  if (r.stale) result.notes.push(`Hub: ${w.id} could not be fetched (${r.stale}); used the cached card of commit ${r.snapshot.sha.slice(0, 7)} from ${r.snapshot.fetchedAt.slice(0, 10)}.`);
  const dir = w.kind === "model" ? hubModelDir(w.id) : hubDatasetDir(w.id);
  const files = Object.entries(r.snapshot.files).map(([file, content]) => ({ path: `${dir}/${file}`, content }));
  if (!files.some((f) => /(^|\/)readme\.md$/i.test(f.path))) result.notes.push(`Hub: ${w.kind} ${w.id} has no README.md card; what it adds is unchecked.`);
  result.files.push(...files);
  return files;
}

function record(w: Wanted, r: RepoResult): FetchedRepo {
  return r.ok
    ? { kind: w.kind, id: w.id, revision: w.revision, sha: r.snapshot.sha, from: r.from, problem: r.stale }
    : { kind: w.kind, id: w.id, revision: w.revision, problem: r.reason };
}

/**
 * Adds fetched cards' facts to the tree, in the order discover() gives a tree holding both. License
 * files of a fetched repository without a card have no model to belong to and are left out.
 */
function addFacts(tree: TreeFacts, fetched: TreeFacts): void {
  tree.models = [...tree.models, ...fetched.models.filter((m) => m.dir !== ".")].sort((a, b) => localeOrder(a.dir, b.dir));
  tree.datasetCards = [...tree.datasetCards, ...fetched.datasetCards].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Model and dataset ids named by cards not scanned yet that neither the tree nor rules/ resolves. */
function unknownRefs(tree: TreeFacts, scanned: Set<string>, kb: KnowledgeBase, depthFor: (kind: RepoKind, file: string) => number, maxDepth: number): Wanted[] {
  const models = modelDirIndex(tree.models.map((m) => m.dir));
  const datasetCards = tree.datasetCards.map((c) => c.file);
  const out: Wanted[] = [];
  const seen = new Set<string>();
  const add = (kind: RepoKind, ref: string, depth: number) => {
    const parsed = parseHubRef(ref);
    if (!parsed || depth > maxDepth) return;
    const key = `${kind}:${parsed.id.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, id: parsed.id, revision: parsed.revision ?? "main", depth, licenses: false });
  };
  for (const m of tree.models) {
    const card = m.card;
    if (!card || scanned.has(card.file)) continue;
    scanned.add(card.file);
    const depth = depthFor("model", card.file);
    const bases = card.baseModels.length > 0 ? card.baseModels : card.proseBaseModels;
    for (const b of bases) if (!resolvesModel(b.value, m.dir, models, kb)) add("model", b.value, depth);
    for (const d of card.datasets) if (!resolvesDataset(d.value, datasetCards, kb)) add("dataset", d.value, depth);
    // A share ("Books 7%", a Dropbox link) names nothing the Hub could have.
    for (const d of card.proseDatasets) if (!d.value.id && d.value.kind !== "share" && !resolvesDataset(d.value.name ?? d.value.ref, datasetCards, kb)) add("dataset", d.value.ref, depth);
  }
  for (const c of tree.datasetCards) {
    if (scanned.has(c.file)) continue;
    scanned.add(c.file);
    const depth = depthFor("dataset", c.file);
    for (const s of c.sourceDatasets) if (!resolvesDataset(s.value, datasetCards, kb)) add("dataset", s.value, depth);
  }
  return out;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** The report with the prefetch's notes added after analysis's own (a new object; the report is not mutated). */
export function withHubNotes(report: Report, prefetch: PrefetchResult): Report {
  return { ...report, notes: [...report.notes, ...hubNotes(prefetch)] };
}

/** What the prefetch has to tell the reader: what was fetched (or from the cache), then each problem. */
export function hubNotes(prefetch: PrefetchResult): string[] {
  const fetched = prefetch.repos.filter((r) => r.sha);
  const summary =
    prefetch.repos.length === 0
      ? "Hub: every base model and dataset was known to the tree or rules/; nothing was fetched."
      : `Hub: fetched ${fetched.length} of ${prefetch.repos.length} card(s) of models and datasets unknown to the tree and rules/` +
        (fetched.some((r) => r.from === "cache") ? ` (${fetched.filter((r) => r.from === "cache").length} from the cache)` : "") +
        `: ${prefetch.repos.map((r) => `${r.kind === "dataset" ? "datasets/" : ""}${r.id}${r.sha ? `@${r.sha.slice(0, 7)}` : " (failed)"}`).join(", ")}.`;
  return [summary, ...prefetch.notes];
}
