// The straight path: files → facts → resolved models → checks → findings → one Report.
// Pure: no file system, no network. The CLI and the Action hand it the files they read.
import path from "node:path/posix";
import type { Finding } from "./domain.js";
import { evaluateModel, evaluateRun, type EvaluationInput } from "./engine/evaluate.js";
import { shardMembers, type Shard } from "./engine/shard.js";
import { count, verdictOf } from "./engine/verdict.js";
import { HUB_DIR, resolveModel, type PullRequestFacts, type ResolvedModel, type Tree } from "./facts/resolve.js";
import { jurisdictionsInForce } from "./facts/sources.js";
import type { CardFacts, DatasetCardFacts, LicenseFileFacts, ModelFacts } from "./facts/types.js";
import { identifyLicense, pickGoverningLicense } from "./identify/index.js";
import type { KnowledgeBase } from "./kb/load.js";
import { loadPolicy, type LoadedPolicy } from "./policy/load.js";
import { DEFAULT_POLICY_PATH, defaultPolicy, type Policy } from "./policy/schema.js";
import { readDatasetCard } from "./readers/dataset-card.js";
import { splitFrontMatter } from "./readers/front-matter.js";
import { classify, discover, isDataLicense, looksLikeLicenseText, notAModelCard, type ModelFolder } from "./readers/discover.js";
import { globFilter, type PathScope, type Skipped } from "./readers/scope.js";
import { readModelCard, urlKey, type NameIndex } from "./readers/model-card.js";
import { decodeText } from "./readers/text.js";
import { CHECK_IDS } from "./checks/index.js";
import { REPORT_SCHEMA_VERSION, type ModelReport, type Report, type ReportHead, type ReportTail, type TrainingSource } from "./report.js";
import { TOOL } from "./version.js";

export interface InputFile {
  /** Path relative to the scan root, with forward slashes. */
  path: string;
  content: string | Uint8Array;
}

export interface AnalysisInput {
  /** Cards, license files and dataset cards (other files are ignored), in memory or read on demand. */
  files: readonly InputFile[] | FileSource;
  policy?: InputFile | undefined;
  kb: KnowledgeBase;
  /** Overrides the policy's fail_on (a CLI flag or Action input that was given). */
  failOn?: "error" | "warning" | "never" | undefined;
  /** What was read from `files` already (the --hub prefetch reads the tree first): not read again. */
  tree?: TreeFacts | undefined;
  /** Globs of paths to leave out (--exclude, the Action's `exclude`), added to the policy's `exclude:`. */
  exclude?: readonly string[] | undefined;
  /** Evaluate only these model folders (a PR's changed models); undefined = all. */
  onlyModels?: readonly string[] | undefined;
  /** With onlyModels: also evaluate the models whose lineage runs through one of them in the tree. */
  withFineTunes?: boolean | undefined;
  /** Job K of N of a matrix: only the models whose lineage group falls to it (src/engine/shard.ts). */
  shard?: Shard | undefined;
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string | undefined;
  /**
   * On a pull request: what the PR changed, so that it cannot loosen its own verdict. Facts from a
   * changed file about anything but the changed model itself (an in-tree dataset card, the card of
   * an in-tree base) count only where they add restrictions; the base branch's version supplies the
   * rest. Undefined outside pull requests (every file is trusted as the repository's own).
   */
  pullRequest?: PullRequestView | undefined;
  /**
   * Cards fetched from the Hub for lineage (`.hub/models/<id>/README.md`, `.hub/datasets/<id>/README.md`),
   * never from the repository: a `.hub/` folder among `files` is ignored (readTree). They describe
   * only what rules/ does not know. (The --hub prefetch hands its cards' facts over in `tree` instead.)
   */
  hub?: readonly InputFile[] | undefined;
}

export interface PullRequestView {
  /** Paths the PR adds, modifies or deletes (complete: a truncated list is the caller's to widen). */
  changed: readonly string[];
  /** The base branch's content of those changed paths that exist there. */
  base: readonly InputFile[];
}

/**
 * Files listed up front and read on demand, one model at a time, so that nothing read is held
 * after its model's facts are taken (the CLI's workspace). `read` returns undefined for a file that
 * vanished since it was listed.
 */
export interface FileSource {
  paths: readonly string[];
  read(path: string): string | Uint8Array | undefined;
  /** What the listing left out already, with why (vendored folders, .gitignore). */
  skipped?: readonly Skipped[] | undefined;
}

/** What was read from the tree: every model folder and dataset card, in discovery order. */
export interface TreeFacts {
  models: ModelFacts[];
  datasetCards: DatasetCardFacts[];
  /** Paths not read, or read and found not to be model cards, with why. */
  skipped?: Skipped[] | undefined;
}


/**
 * An analysis under way: the head, then the models judged one at a time (so a report can be written
 * as a stream without holding every model's findings), then the tail. `models()` is iterated once.
 */
export interface Analysis {
  head: ReportHead;
  models(): Generator<ModelReport>;
  /** Counts, verdict and notes over the run's findings and every model yielded so far. */
  tail(): ReportTail;
}

export function analyze(input: AnalysisInput): Report {
  return collect(startAnalysis(input));
}

/** The whole report of an analysis, every model held in memory. */
export function collect(analysis: Analysis): Report {
  const models = [...analysis.models()];
  const { schemaVersion, tool, policy, findings, shard, skipped } = analysis.head;
  return { schemaVersion, tool, ...(shard ? { shard } : {}), policy, models, findings, ...analysis.tail(), ...(skipped ? { skipped } : {}) };
}

/** Reads the tree (unless input.tree is what was read already) and sets up the judgement of its models. */
export function startAnalysis(input: AnalysisInput): Analysis {
  const { kb } = input;
  const loaded: LoadedPolicy = input.policy
    ? loadPolicy(input.policy.path, input.policy.content, { kb, checkIds: CHECK_IDS })
    : { policy: defaultPolicy(), problems: [], locate: () => ({ file: DEFAULT_POLICY_PATH, line: 1, column: 1 }) };
  const policy = input.failOn ? { ...loaded.policy, fail_on: input.failOn } : loaded.policy;
  const policyFile = input.policy?.path ?? DEFAULT_POLICY_PATH;
  const read = input.tree ?? readTree(sourceOf(input.files), kb, { scope: pathScopeOf(policy, input) });
  const facts = input.hub ? withFetched(read, readTree(sourceOf(input.hub), kb, { fetched: true })) : read;
  const resolvable: Tree = {
    ...facts,
    policyFile,
    pullRequest: input.pullRequest ? pullRequestFacts(input.pullRequest, facts, sourceOf(input.files), kb) : undefined,
  };
  const resolve = (m: ModelFacts) => resolveModel(m, resolvable, kb, policy);
  const selected = inShard(selectModels(facts.models, input, resolve), facts.models, input.shard, resolve);
  const scope = { kb, policy, jurisdictions: jurisdictionsInForce(kb, policy) };
  const evaluation: EvaluationInput = {
    kb,
    policy,
    policyFile,
    policyProblems: loaded.problems,
    locatePolicy: loaded.locate,
    scope,
    today: input.today ?? new Date().toISOString().slice(0, 10),
  };
  const run = evaluateRun(evaluation);
  const counts = count(run);
  let webContent = false;
  return {
    head: {
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: TOOL,
      policy: {
        file: input.policy?.path,
        source: input.policy ? "file" : "default",
        jurisdictions: scope.jurisdictions,
        derivative: policy.derivative,
        failOn: policy.fail_on,
        ...(policy.badge ? { badge: policy.badge } : {}),
      },
      findings: run,
      ...(input.shard ? { shard: input.shard } : {}),
      ...(read.skipped && read.skipped.length > 0 ? { skipped: read.skipped } : {}),
    },
    *models() {
      for (const m of selected) {
        const resolved = resolveModel(m, resolvable, kb, policy);
        webContent ||= resolved.sources.some((s) => s.dataset?.contentStatus === "copyrighted");
        const report = modelReport(resolved, evaluateModel(evaluation, resolved));
        for (const k of ["error", "warning", "note"] as const) counts[k] += report.counts[k];
        yield report;
      }
    },
    tail: () => ({ counts: { ...counts }, verdict: verdictOf(counts), notes: runNotes(webContent, kb) }),
  };
}

/** The policy's `exclude:`/`include:` globs with those the CLI or Action adds. */
export function pathScopeOf(policy: Pick<Policy, "exclude" | "include">, input: { exclude?: readonly string[] | undefined }): PathScope {
  return { exclude: [...policy.exclude, ...(input.exclude ?? [])], include: policy.include };
}

/** pathScopeOf for a caller that reads the tree before the analysis (--hub, the Action's Hub step). */
export function treeScope(policy: InputFile | undefined, exclude?: readonly string[]): PathScope {
  return pathScopeOf(policy ? loadPolicy(policy.path, policy.content).policy : defaultPolicy(), { exclude });
}

/** In-memory files as a source. */
export function sourceOf(files: readonly InputFile[] | FileSource): FileSource {
  if (!Array.isArray(files)) return files as FileSource;
  const byPath = new Map((files as readonly InputFile[]).map((f) => [f.path, f.content]));
  return { paths: [...byPath.keys()], read: (p) => byPath.get(p) };
}

/**
 * Reads every model folder (card and license files) and dataset card of the source. Whose word
 * counts: a `.hub/` folder in a repository is not the Hub's word, so it is read only from what the
 * Hub client fetched (`fetched: true`). `scope` removes paths by glob; a README that is not a model
 * card (see notAModelCard) is left out, and every path left out is listed in `skipped`.
 */
export function readTree(source: FileSource, kb: KnowledgeBase, opts: { fetched?: boolean; scope?: PathScope | undefined } = {}): TreeFacts {
  const names = nameIndex(kb);
  if (opts.fetched) {
    const found = discover(source.paths.filter(isHubPath));
    return {
      models: found.models.map((folder) => readModel(folder.dir, folder.card, folder.licenses, source, names)),
      datasetCards: found.datasetCards.map((f) => readDatasetCard(f, source.read(f) ?? "")),
    };
  }
  const skipped: Skipped[] = [...(source.skipped ?? [])];
  const outOfScope = globFilter(opts.scope);
  const paths = source.paths.filter((p) => {
    if (isHubPath(p)) return false;
    const why = outOfScope?.(p);
    if (why && (classify(p) !== undefined || p.endsWith("/"))) skipped.push({ path: p, reason: why });
    return why === undefined;
  });
  const found = discover(paths);
  const { models, cards } = modelCardsOf(found.models, source, names, skipped);
  return {
    models: models.map((folder) => readModel(folder.dir, folder.card, folder.licenses, source, names, cards.get(folder.dir), skipped)),
    datasetCards: found.datasetCards.map((f) => readDatasetCard(f, source.read(f) ?? "")),
    skipped,
  };
}

/**
 * The folders whose card is a model card, each card read once. A folder whose README is not one
 * gives its license files to the nearest model folder above it, or they are skipped with it; a tree
 * with no card at all stays one model at its root (a folder of license files checked on its own).
 */
function modelCardsOf(folders: readonly ModelFolder[], source: FileSource, names: NameIndex, skipped: Skipped[]): { models: ModelFolder[]; cards: Map<string, CardFacts> } {
  const cards = new Map<string, CardFacts>();
  for (const f of folders) if (f.card) cards.set(f.dir, readModelCard(f.card, source.read(f.card) ?? "", names));
  const verdicts = new Map<string, string | undefined>();
  const judge = (f: ModelFolder, others: boolean) => {
    const card = cards.get(f.dir)!;
    verdicts.set(f.dir, notAModelCard(card, f, others, splitFrontMatter(card.body, card.file, []).bodyStart));
  };
  const project = (f: ModelFolder) => f.dir === "." || /(^|\/)(docs?|documentation|wiki)(\/|$)/i.test(f.dir);
  for (const f of folders) if (f.card && !project(f)) judge(f, true);
  const othersAccepted = [...verdicts.values()].some((v) => v === undefined);
  for (const f of folders) if (f.card && project(f)) judge(f, othersAccepted);
  const kept = new Map(folders.filter((f) => !f.card || verdicts.get(f.dir) === undefined).map((f): [string, ModelFolder] => [f.dir, { ...f, licenses: [...f.licenses] }]));
  for (const f of folders) {
    const why = verdicts.get(f.dir);
    if (why === undefined) continue;
    skipped.push({ path: f.card!, reason: why });
    cards.delete(f.dir);
    const owner = enclosingModel(f.dir, kept);
    if (owner) owner.licenses.push(...f.licenses);
    else for (const l of f.licenses) skipped.push({ path: l, reason: `beside ${f.card}, which is not a model card, and in no model folder` });
  }
  return { models: [...kept.values()], cards };
}

function enclosingModel<T>(dir: string, models: Map<string, T>): T | undefined {
  for (let d = dir; d !== "." && d !== "/" && d !== ""; ) {
    d = path.dirname(d);
    const m = models.get(d);
    if (m) return m;
  }
  return undefined;
}

/**
 * The models to evaluate. Cards fetched from the Hub (--hub) are lineage material, reported only
 * when asked for by name. A fine-tune of a chosen model is found by resolving the others (no check
 * runs for them), so a PR's scope costs one analysis, not two.
 */
function selectModels(models: readonly ModelFacts[], input: AnalysisInput, resolve: (m: ModelFacts) => ResolvedModel): ModelFacts[] {
  if (!input.onlyModels) return models.filter((m) => !m.dir.startsWith(`${HUB_DIR}/`));
  const chosen = new Set(input.onlyModels);
  const picked = models.filter((m) => chosen.has(m.dir));
  if (!input.withFineTunes) return picked;
  const chosenCards = new Set(picked.flatMap((m) => (m.card ? [m.card.file] : [])));
  const throughChosen = (m: ModelFacts) => !m.dir.startsWith(`${HUB_DIR}/`) && resolve(m).bases.some((b) => b.file !== undefined && chosenCards.has(b.file));
  return models.filter((m) => chosen.has(m.dir) || throughChosen(m));
}

/** A shard's share of the selected models: those of the lineage groups (over the whole tree) that fall to it. */
function inShard(selected: ModelFacts[], all: readonly ModelFacts[], shard: Shard | undefined, resolve: (m: ModelFacts) => ResolvedModel): ModelFacts[] {
  if (!shard) return selected;
  const own = all.filter((m) => !m.dir.startsWith(`${HUB_DIR}/`));
  const byDir = new Map(own.map((m) => [m.dir, m]));
  const basesOf = (dir: string) => resolve(byDir.get(dir)!).bases.flatMap((b) => (b.dir !== undefined && byDir.has(b.dir) ? [b.dir] : []));
  const members = shardMembers([...byDir.keys()], basesOf, shard);
  return selected.filter((m) => members.has(m.dir));
}

function isHubPath(p: string): boolean {
  return p === HUB_DIR || p.startsWith(`${HUB_DIR}/`) || p.startsWith(`./${HUB_DIR}/`);
}

function withFetched(tree: TreeFacts, fetched: TreeFacts): TreeFacts {
  return { models: [...tree.models, ...fetched.models], datasetCards: [...tree.datasetCards, ...fetched.datasetCards] };
}

/** The base branch's reading of the model folders and dataset cards a pull request changed. */
function pullRequestFacts(pr: PullRequestView, tree: TreeFacts, head: FileSource, kb: KnowledgeBase): PullRequestFacts {
  const changed = new Set(pr.changed);
  const baseFiles = new Map(pr.base.map((f) => [f.path, f.content]));
  const names = nameIndex(kb);
  const baseModels = new Map<string, ModelFacts>();
  for (const m of tree.models) {
    const card = m.card?.file;
    const licenses = m.licenseFiles.map((f) => f.file);
    if (!card || ![card, ...licenses].some((f) => changed.has(f)) || !baseFiles.has(card)) continue;
    // The folder as the base branch has it: its changed files at their base version, the rest as they are.
    const at = (f: string) => (changed.has(f) ? baseFiles.get(f) : head.read(f));
    const view: FileSource = { paths: [card, ...licenses].filter((f) => at(f) !== undefined), read: at };
    baseModels.set(m.dir, readModel(m.dir, card, licenses.filter((l) => at(l) !== undefined), view, names));
  }
  const baseDatasetCards = new Map(tree.datasetCards.filter((c) => changed.has(c.file) && baseFiles.has(c.file)).map((c) => [c.file, readDatasetCard(c.file, baseFiles.get(c.file)!)] as const));
  return { changed, baseModels, baseDatasetCards };
}

/** The names a card's prose is searched for, built from the knowledge base. */
export function nameIndex(kb: KnowledgeBase): NameIndex {
  return {
    // Ordinary words that name imported datasets ("emotion") are matched only as Hub ids and URLs.
    datasets: kb.datasetNames().filter((n) => n.distinctive),
    datasetUrls: kb.datasetUrls().map((u) => ({ url: urlKey(u.url), id: u.id })),
    licenses: [...kb.licenses.values()]
      .filter((l) => l.kind !== "placeholder" && !l.family)
      .flatMap((l) => [l.name, ...l.aliases].filter((n) => n.length >= 3).map((name) => ({ name, id: l.id }))),
    models: [...kb.models.values()].flatMap((m) => [m.name, ...m.aliases].filter((n) => n.length >= 4).map((name) => ({ name, id: m.id }))),
  };
}

function readModel(dir: string, cardPath: string | undefined, licensePaths: string[], files: FileSource, names: NameIndex, read?: CardFacts, skipped?: Skipped[]): ModelFacts {
  const card = read ?? (cardPath ? readModelCard(cardPath, files.read(cardPath) ?? "", names) : undefined);
  const licenseFiles = licensePaths.flatMap((file) => readLicenseFile(file, files, skipped));
  // A data license (DATA_LICENSE) states the terms of data shipped beside the model, never the weights'.
  const candidates = licenseFiles.filter((f) => f.identification && f.subject !== "data").map((f) => ({ path: f.file, identification: f.identification! }));
  const pick = candidates.length > 0 ? pickGoverningLicense(candidates) : undefined;
  return {
    dir,
    name: modelName(dir, card?.body),
    card,
    licenseFiles,
    governingLicense: pick ? licenseFiles.find((f) => f.file === pick.governing.path) : undefined,
    governingReason: pick?.reason,
  };
}

/**
 * One license file, identified; none when a file named like one holds no license text (a
 * `LICENSE_CHECK` script's notes): it is listed in `skipped` instead.
 */
function readLicenseFile(file: string, files: FileSource, skipped?: Skipped[]): LicenseFileFacts[] {
  const decoded = decodeText(files.read(file) ?? "");
  if (!decoded.ok) return [{ file, problems: [{ messageId: "unreadable", message: decoded.reason, location: { file, line: 1, column: 1 } }] }];
  const identification = identifyLicense(decoded.text);
  if (identification.status !== "identified" && !looksLikeLicenseText(decoded.text)) {
    skipped?.push({ path: file, reason: "named like a license file, but its text is no license" });
    return [];
  }
  return [{ file, identification, problems: [], ...(isDataLicense(file) ? { subject: "data" as const } : {}) }];
}

/** H1s that title a section, not the model ("# Model Details" in Meta's cards). */
const GENERIC_TITLE = /^(model (details|card|description|overview)|overview|introduction|readme)$/i;

/** The card's first H1 unless it is a generic section title, else the folder's name. */
function modelName(dir: string, body?: string): string {
  // A YAML comment in the front matter ("# Training config") is not the card's title.
  const h1 = body ? /^#[ \t]+(.+?)[ \t#]*$/m.exec(body.slice(splitFrontMatter(body, "", []).bodyStart)) : null;
  const title = h1?.[1]?.replace(/[*_`]/g, "").trim();
  if (title && !GENERIC_TITLE.test(title)) return title;
  return dir === "." ? "(repository root)" : path.basename(dir);
}

function modelReport(r: ResolvedModel, findings: Finding[]): ModelReport {
  const counts = count(findings);
  const gov = r.facts.governingLicense;
  const sources: TrainingSource[] = onceEach(r.sources).map((s) => ({
    ref: s.ref,
    id: s.dataset?.id,
    name: s.dataset?.name,
    via: s.via,
    chain: s.chain.length > 2 ? s.chain : undefined,
    location: s.location,
    license: s.dataset?.license,
    useRestriction: s.dataset?.useRestriction,
    legalBasis: s.dataset?.legalBasis,
  }));
  return {
    path: r.facts.dir,
    name: r.facts.name,
    card: r.facts.card ? { file: r.facts.card.file, frontMatter: r.facts.card.frontMatter } : undefined,
    license: {
      id: r.license.entry?.id ?? null,
      name: r.license.entry?.name ?? r.license.raw,
      source: r.license.source,
      location: r.license.location,
      file: gov?.identification
        ? { file: gov.file, id: gov.identification.id, confidence: gov.identification.confidence, matcher: gov.identification.matcher }
        : undefined,
    },
    trainingSources: sources,
    baseModels: r.bases.map((b) => ({ ref: b.ref, id: b.file, relation: b.relation, location: b.location, license: b.license?.id ?? b.licenseRef })),
    ...(r.reliedOn.length > 0 ? { reliedOn: r.reliedOn } : {}),
    findings,
    counts,
    verdict: verdictOf(counts),
  };
}

/** A source named again (the same dataset on many lines of a card) is listed once, where first named; its findings list every place. */
function onceEach(sources: ResolvedModel["sources"]): ResolvedModel["sources"] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = [s.ref, s.via, s.dataset?.id ?? "", ...s.chain].join("\0");
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Context that is not a finding on any model: the general uncertainty of training on web content. */
function runNotes(webContent: boolean, kb: KnowledgeBase): string[] {
  const fairUse = kb.legalBasis("us-fair-use");
  return webContent && fairUse
    ? [`Some training sources are copyrighted web content. ${fairUse.name}: ${fairUse.summary} This is context, not a finding on any model.`]
    : [];
}
