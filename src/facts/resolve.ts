// From what the files say to what the checks judge: the model's license, its training sources
// (its own and, transitively, its bases'), and its base models, each with the evidence's location.
import type { Location } from "../domain.js";
import type { DatasetMatch, KnowledgeBase, RuleFile } from "../kb/load.js";
import type { LicenseEntry, ModelEntry } from "../kb/schema.js";
import type { Policy } from "../policy/schema.js";
import type { CardFacts, DatasetCardFacts, ModelFacts } from "./types.js";
import { viewOfDeclaration, viewOfEntry, type DatasetView } from "./sources.js";

export interface ResolvedLicense {
  id: string | null;
  entry?: (LicenseEntry & RuleFile) | undefined;
  source: "metadata" | "license-file" | "prose" | "none";
  /** The text as written (a Hub id, a license_name, a file's identification). */
  raw?: string | undefined;
  location?: Location | undefined;
  /** A statement that denies this license ("NOT CC0"). */
  negated?: boolean | undefined;
}

export interface ResolvedSource {
  ref: string;
  via: "metadata" | "prose" | "base-model" | "dataset-card" | "policy";
  location?: Location | undefined;
  /** model → base → … → dataset, for inherited sources. */
  chain: string[];
  dataset?: DatasetView | undefined;
  /** How a rules/ entry was found for `ref` (see KnowledgeBase.lookupDataset). */
  match?: Pick<DatasetMatch, "how" | "version" | "config"> | undefined;
  /** For data the prose only describes (a share): the terms the card states for it, and the file host it is linked on. */
  share?: { terms?: string | undefined; host?: string | undefined } | undefined;
}

export interface ResolvedBase {
  ref: string;
  relation: string;
  location?: Location | undefined;
  depth: number;
  chain: string[];
  license?: (LicenseEntry & RuleFile) | undefined;
  licenseRef?: string | undefined;
  dataDisclosed?: "yes" | "partly" | "no" | undefined;
  /** rules/models file or the card in the tree the facts come from. */
  file?: string | undefined;
  /** The model folder of a base in the tree (fetched Hub cards' included), for lineage groups. */
  dir?: string | undefined;
  sourceUrl?: string | undefined;
}

export interface ResolvedModel {
  facts: ModelFacts;
  license: ResolvedLicense;
  metadataLicense?: ResolvedLicense | undefined;
  fileLicense?: ResolvedLicense | undefined;
  proseLicense?: ResolvedLicense | undefined;
  /** The body's statements about the weights that name a known license, in text order. */
  weightStatements: ResolvedLicense[];
  /** True when the body states a license for the weights in words no catalogue entry names (proprietary, custom). */
  freeTextLicense?: boolean | undefined;
  sources: ResolvedSource[];
  bases: ResolvedBase[];
  lineageProblems: { message: string; location: Location }[];
  /** In-tree cards (not rules/, not fetched from the Hub) whose facts were used. */
  reliedOn: string[];
}

export interface Tree {
  models: ModelFacts[];
  datasetCards: DatasetCardFacts[];
  policyFile: string;
  /** On a pull request: what it changed, with the base branch's reading of those files. */
  pullRequest?: PullRequestFacts | undefined;
}

/**
 * A pull request's view of the tree: facts from changed files about anything but the model being
 * judged count only where they add restrictions; the base branch's versions supply the rest.
 */
export interface PullRequestFacts {
  changed: ReadonlySet<string>;
  /** Model folders as the base branch has them (for folders with a changed file). */
  baseModels: ReadonlyMap<string, ModelFacts>;
  /** Dataset cards as the base branch has them, by file. */
  baseDatasetCards: ReadonlyMap<string, DatasetCardFacts>;
}

/** Bounds that keep a malicious or mistaken lineage from looping or exploding. */
export const LINEAGE_LIMITS = { maxDepth: 16, maxBases: 64 };

/**
 * What a derivative takes from the model it names, by `base_model_relation` (the Hub's values, plus
 * the two rules/models uses). Every relation below carries the base's weights, or was trained to
 * reproduce them, so each inherits both the base's training data (its limits reach the derivative)
 * and the obligations of the base's license (checked by base-model-terms-violated):
 * - `finetune`: the base's weights trained further on new data; the default for one `base_model`.
 * - `adapter`: a LoRA/PEFT adapter that only works loaded on top of the base's weights.
 * - `merge`: weights averaged or spliced from several parents; the default for a list of bases.
 * - `quantized`: the base's weights at lower precision (GGUF, AWQ, GPTQ); a copy, not a new model.
 * - `component`: a pretrained part the weights ship unchanged (a frozen text encoder, a VAE), named
 *   in the card's prose on the line that says it is one, or listed in rules/models.
 * - `distilled` (rules/models only): a student trained on the teacher's outputs; inherited
 *   conservatively, because the teacher's license terms usually reach distillation too.
 * An unknown relation (reported by card-malformed) is read as `finetune`.
 */
export const BASE_MODEL_RELATIONS = {
  finetune: { inheritsData: true, inheritsObligations: true },
  adapter: { inheritsData: true, inheritsObligations: true },
  merge: { inheritsData: true, inheritsObligations: true },
  quantized: { inheritsData: true, inheritsObligations: true },
  component: { inheritsData: true, inheritsObligations: true },
  distilled: { inheritsData: true, inheritsObligations: true },
} as const satisfies Record<string, { inheritsData: boolean; inheritsObligations: boolean }>;

export type BaseModelRelation = keyof typeof BASE_MODEL_RELATIONS;

/**
 * The relation a card declares for its bases; else the one its prose gives ("GGUF format model
 * files for X", "a merge of A and B"), so a quantised copy or a merge is not judged as a fine-tune;
 * else the Hub's defaults. A prose "fine-tuned from" does not overrule the default for a list of
 * `base_model` ids (a merge).
 */
function relationOf(card: CardFacts): BaseModelRelation {
  const declared = card.baseModelRelation?.value;
  if (declared && declared in BASE_MODEL_RELATIONS) return declared as BaseModelRelation;
  const prose = card.proseBaseRelation && card.proseBaseRelation in BASE_MODEL_RELATIONS ? (card.proseBaseRelation as BaseModelRelation) : undefined;
  if (prose && (prose !== "finetune" || card.baseModels.length === 0)) return prose;
  return card.baseModels.length > 1 ? "merge" : "finetune";
}

/** Where prefetched Hub cards sit in the tree (see src/hub): `.hub/models/<id>`, `.hub/datasets/<id>`. */
export const HUB_DIR = ".hub";
export const HUB_MODELS_DIR = `${HUB_DIR}/models/`;
export const HUB_DATASETS_DIR = `${HUB_DIR}/datasets/`;
const HUB_URL = "https://huggingface.co";

/**
 * Per-tree lookups and memoised facts, so resolving every model of a large tree does not re-read
 * or re-scan: model folders by path and by last segment, dataset cards by name, each model's own
 * facts, and each dataset reference's view. Keyed by the Tree object; rebuilt for another kb/policy.
 */
interface TreeMemo {
  kb: KnowledgeBase;
  policy: Policy;
  byDir: Map<string, ModelFacts>;
  byLast: Map<string, ModelFacts[]>;
  hubDatasetCards: Map<string, DatasetCardFacts>;
  datasetCardsByName: Map<string, DatasetCardFacts>;
  own: Map<ModelFacts, ResolvedModel>;
  datasets: Map<string, { view?: DatasetView | undefined; match?: DatasetMatch | undefined }>;
}

const memos = new WeakMap<Tree, TreeMemo>();

function memoOf(tree: Tree, kb: KnowledgeBase, policy: Policy): TreeMemo {
  const existing = memos.get(tree);
  if (existing && existing.kb === kb && existing.policy === policy) return existing;
  const memo: TreeMemo = {
    kb,
    policy,
    byDir: new Map(),
    byLast: new Map(),
    hubDatasetCards: new Map(),
    datasetCardsByName: new Map(),
    own: new Map(),
    datasets: new Map(),
  };
  for (const m of tree.models) {
    const dir = m.dir.toLowerCase();
    if (!memo.byDir.has(dir)) memo.byDir.set(dir, m);
    // Hub cards are matched by their full id only: `.hub/models/a/base` is not `b/base`.
    if (m.dir === "." || dir.startsWith(`${HUB_DIR}/`)) continue;
    const last = dir.split("/").pop()!;
    memo.byLast.set(last, [...(memo.byLast.get(last) ?? []), m]);
  }
  for (const c of tree.datasetCards) {
    const hubId = hubIdOf(c.file, HUB_DATASETS_DIR);
    if (hubId) {
      if (!memo.hubDatasetCards.has(hubId.toLowerCase())) memo.hubDatasetCards.set(hubId.toLowerCase(), c);
    } else if (!memo.datasetCardsByName.has(c.name.toLowerCase())) memo.datasetCardsByName.set(c.name.toLowerCase(), c);
  }
  memos.set(tree, memo);
  return memo;
}

/** The Hub id of a prefetched card's file (`.hub/models/org/name/README.md` → `org/name`), else undefined. */
export function hubIdOf(file: string, prefix: string): string | undefined {
  if (!file.startsWith(prefix)) return undefined;
  const rest = file.slice(prefix.length);
  const slash = rest.lastIndexOf("/");
  return slash > 0 ? rest.slice(0, slash) : undefined;
}

export function resolveModel(model: ModelFacts, tree: Tree, kb: KnowledgeBase, policy: Policy): ResolvedModel {
  const memo = memoOf(tree, kb, policy);
  const own = ownFactsOf(model, tree, memo);
  const resolved: ResolvedModel = { ...own, sources: [...own.sources], bases: [], lineageProblems: [], reliedOn: [] };
  const card = model.card;
  if (card) {
    const walk: Walk = { r: resolved, tree, memo, seen: new Set([`tree:${model.dir}`]), path: new Set([`tree:${model.dir}`]), sourceKeys: new Set(resolved.sources.map(sourceKey)) };
    followBases(card, undefined, 1, [selfName(model)], walk);
  }
  resolved.reliedOn = reliedOnOf(resolved, model);
  return resolved;
}

/** In-tree cards whose facts the resolution used: dataset cards read as sources, and bases' cards. */
function reliedOnOf(r: ResolvedModel, self: ModelFacts): string[] {
  const files = new Set<string>();
  for (const s of r.sources) if (s.dataset?.origin === "dataset-card" && !s.dataset.file.startsWith(`${HUB_DIR}/`)) files.add(s.dataset.file);
  for (const b of r.bases) if (b.file && !b.file.startsWith("rules/") && !b.file.startsWith(`${HUB_DIR}/`) && b.file !== self.card?.file) files.add(b.file);
  return [...files].sort();
}

interface Walk {
  r: ResolvedModel;
  tree: Tree;
  memo: TreeMemo;
  /** Models already visited from this root (tree:dir, kb:id or ref:id). */
  seen: Set<string>;
  /** Models on the path from the root to the model being followed, to tell a cycle from a diamond. */
  path: Set<string>;
  /** Sources already on the root, for O(1) de-duplication. */
  sourceKeys: Set<string>;
}

/** Walks a card's bases (metadata, else prose) and its pretrained components. */
function followBases(card: CardFacts, inheritedLocation: Location | undefined, depth: number, chain: string[], w: Walk): void {
  const baseRefs = card.baseModels.length > 0 ? card.baseModels : card.proseBaseModels;
  const relation = relationOf(card);
  for (const b of baseRefs) walkBase(b.value, relation, inheritedLocation ?? b.location, depth, chain, w);
  for (const c of card.proseComponents) walkBase(c.value, "component", inheritedLocation ?? c.location, depth, chain, w);
}

function selfName(m: ModelFacts): string {
  return m.dir === "." ? m.name : m.dir;
}

/** What a model's own files say: its license and the datasets its card names (no lineage). Memoised per tree. */
function ownFactsOf(model: ModelFacts, tree: Tree, memo: TreeMemo): ResolvedModel {
  const cached = memo.own.get(model);
  if (cached) return cached;
  const r: ResolvedModel = { facts: model, license: { id: null, source: "none" }, weightStatements: [], sources: [], bases: [], lineageProblems: [], reliedOn: [] };
  memo.own.set(model, r);
  resolveLicense(r, memo.kb);
  const card = model.card;
  const self = selfName(model);
  if (!card) return r;
  for (const d of card.datasets) r.sources.push(source(d.value, "metadata", d.location, [self], tree, memo));
  for (const d of card.proseDatasets) {
    const known = r.sources.some((s) => (d.value.id && s.dataset?.id === d.value.id) || s.ref.toLowerCase() === d.value.ref.toLowerCase());
    if (known) continue;
    // "the RACE dataset": looked up as "RACE" when the card's words are not a name rules/ knows.
    const lookup = d.value.id ?? (d.value.name && findDataset(d.value.name, tree, memo).view ? d.value.name : undefined);
    const s = source(d.value.ref, "prose", d.location, [self], tree, memo, lookup);
    if (d.value.kind === "share") s.share = { ...(d.value.terms ? { terms: d.value.terms } : {}), ...(d.value.host ? { host: d.value.host } : {}) };
    r.sources.push(s);
  }
  return r;
}

function resolveLicense(r: ResolvedModel, kb: KnowledgeBase): void {
  const card = r.facts.card;
  if (card?.license) {
    const raw = card.license.value;
    let entry = kb.license(raw);
    let location = card.license.location;
    if (raw.toLowerCase() === "other" && card.licenseName) {
      entry = kb.license(card.licenseName.value) ?? entry;
      location = card.licenseName.location;
    }
    if (raw.toLowerCase() === "other" && card.licenseLink) {
      const linked = r.facts.licenseFiles.find((f) => f.file.toLowerCase().endsWith(`/${card.licenseLink!.value.replace(/^\.\//, "").toLowerCase()}`) || f.file.toLowerCase() === card.licenseLink!.value.toLowerCase());
      const id = linked?.identification?.id;
      if (id && kb.license(id) && entry?.kind === "placeholder") entry = kb.license(id);
    }
    r.metadataLicense = { id: entry?.id ?? null, entry, source: "metadata", raw: card.licenseName?.value ?? raw, location };
  }
  const gov = r.facts.governingLicense;
  if (gov) {
    const ident = gov.identification;
    const entry = ident?.id ? kb.license(ident.id) : undefined;
    r.fileLicense = {
      id: entry?.id ?? null,
      entry,
      source: "license-file",
      raw: ident?.id ?? "unrecognized",
      location: { file: gov.file, line: 1, column: 1 },
    };
  }
  const body = (card?.licenseStatements ?? []).filter((st) => st.via !== "metadata" && st.via !== "license_name" && st.via !== "license_link");
  // The weights' license from the body: what a statement about the weights (or about nothing
  // else) names; "This code repository is licensed under MIT" is not it.
  r.weightStatements = body.flatMap((st) => {
    const entry = st.license && st.subject === "weights" ? kb.license(st.license) : undefined;
    return entry ? [{ id: entry.id, entry, source: "prose" as const, raw: st.text, location: st.location, ...(st.negated ? { negated: true } : {}) }] : [];
  });
  r.freeTextLicense = body.some((st) => (st.subject === "weights" || st.subject === "unknown") && !st.negated && (st.class !== undefined || st.license !== undefined));
  const stated = body.find((st) => (st.subject === "weights" || st.subject === "unknown") && !st.negated && st.license && kb.license(st.license));
  if (stated) r.proseLicense = { id: kb.license(stated.license!)!.id, entry: kb.license(stated.license!), source: "prose", raw: stated.text, location: stated.location };

  const usable = (l?: ResolvedLicense) => l?.entry && l.entry.kind !== "placeholder";
  r.license =
    [r.metadataLicense, r.fileLicense, r.proseLicense].find(usable) ??
    r.metadataLicense ??
    r.fileLicense ??
    r.proseLicense ?? { id: null, source: "none" };
}

function findDataset(ref: string, tree: Tree, memo: TreeMemo): { view?: DatasetView | undefined; match?: DatasetMatch | undefined } {
  const lower = ref.toLowerCase();
  const cached = memo.datasets.get(lower);
  if (cached) return cached;
  const found = findDatasetUncached(lower, tree, memo);
  memo.datasets.set(lower, found);
  return found;
}

/**
 * Whose word counts: the policy's declarations first; then rules/ (an in-tree or fetched card
 * never changes what rules/ knows); then, for what rules/ does not know, a dataset card in the
 * tree, and last a card fetched from the Hub (matched by its full id only).
 */
function findDatasetUncached(lower: string, tree: Tree, memo: TreeMemo): { view?: DatasetView | undefined; match?: DatasetMatch | undefined } {
  const last = lower.split("/").pop()!;
  const declared = memo.policy.declarations.find((d) => [d.id, d.name ?? "", ...d.aliases].some((n) => n.toLowerCase() === lower || n.toLowerCase() === last));
  if (declared) return { view: viewOfDeclaration(declared, tree.policyFile) };
  const match = memo.kb.lookupDataset(lower);
  if (match) return { view: viewOfEntry(match.entry), match };
  const card = memo.datasetCardsByName.get(lower) ?? memo.datasetCardsByName.get(last);
  if (card) return { view: inTreeView(card, tree, memo.kb) };
  const hub = memo.hubDatasetCards.get(lower.replace(/^https?:\/\/huggingface\.co\/datasets\//, ""));
  return { view: hub ? viewOfDatasetCard(hub, memo.kb) : undefined };
}

/** A dataset card whose front matter cannot be read claims nothing: its terms are unknown, never permissive. */
function unreadableCard(card: DatasetCardFacts): DatasetView {
  return {
    id: card.name,
    name: card.name,
    origin: "dataset-card",
    file: card.file,
    license: null,
    licenseScope: "dataset",
    modelGenerated: [],
    contentStatus: "mixed",
    itemLicenses: [],
    useRestriction: "unknown",
    legalBasis: null,
    alternativeBases: [],
    optOuts: "not-applicable",
    attributionPerItem: false,
    derivedFrom: [],
    note: `its dataset card ${card.file} cannot be read (${card.problems[0]!.message}), so its terms are unknown`,
    sources: [],
    problems: card.problems.map((p) => ({ message: p.message, location: p.location })),
  };
}

/** How far a view restricts use: the higher, the more binding. */
function restriction(v: DatasetView): number {
  return { "research-only": 4, "non-commercial": 3, unknown: 2, "recommended-research": 1, none: 0 }[v.useRestriction];
}

/**
 * An in-tree dataset card's view. On a pull request a changed card counts only where it adds
 * restrictions: against the base branch's version when there is one, else against not knowing the
 * dataset at all (a card the PR adds cannot make an unknown dataset permissive).
 */
function inTreeView(card: DatasetCardFacts, tree: Tree, kb: KnowledgeBase): DatasetView {
  const head = viewOfDatasetCard(card, kb);
  const pr = tree.pullRequest;
  if (!pr?.changed.has(card.file)) return head;
  const baseCard = pr.baseDatasetCards.get(card.file);
  const base: DatasetView = baseCard
    ? viewOfDatasetCard(baseCard, kb)
    : { ...head, license: null, useRestriction: "unknown", legalBasis: null, contentStatus: "mixed", note: `${card.file} is added by this pull request; terms that would loosen the verdict count from the base branch only` };
  return restriction(head) > restriction(base) ? head : { ...base, note: `${base.note ?? ""} (${card.file} as the base branch has it: this pull request's version would loosen the verdict)`.trim() };
}

/** A dataset card in the tree declares its own terms; its source datasets' limits still apply through it. */
function viewOfDatasetCard(card: DatasetCardFacts, kb: KnowledgeBase): DatasetView {
  if (card.problems.length > 0) return unreadableCard(card);
  const { license, useRestriction } = bindingLicense(card, kb);
  const hubId = hubIdOf(card.file, HUB_DATASETS_DIR);
  const declaredBy = hubId ? `its dataset card on the Hub (${HUB_URL}/datasets/${hubId}), fetched with --hub` : `its dataset card ${card.file}`;
  return {
    id: hubId ?? card.name,
    name: hubId ?? card.name,
    origin: "dataset-card",
    file: card.file,
    license,
    licenseScope: "dataset",
    modelGenerated: [],
    contentStatus: useRestriction === "unknown" ? "mixed" : "licensed",
    itemLicenses: [],
    useRestriction,
    legalBasis: useRestriction === "unknown" ? null : "licensed",
    alternativeBases: [],
    optOuts: "not-applicable",
    attributionPerItem: false,
    // Its sources' limits still apply through it (a subset of LAION stays LAION).
    derivedFrom: card.sourceDatasets.map((s) => kb.dataset(s.value)?.id).filter((id): id is string => id !== undefined),
    note:
      card.licenses.length === 0
        ? `${declaredBy} declares no license, so its terms are unknown`
        : useRestriction === "unknown"
          ? `${declaredBy} declares the license '${license}', which rules/ does not know, so its terms are unknown`
          : `declared by ${declaredBy}`,
    sources: hubId ? [{ url: `${HUB_URL}/datasets/${hubId}` }] : [],
  };
}

/**
 * The license that binds among those a dataset card lists: the most restrictive. A card that lists
 * none, or a license rules/ does not know, leaves the terms unknown, never permissive.
 */
function bindingLicense(card: DatasetCardFacts, kb: KnowledgeBase): { license: string | null; useRestriction: DatasetView["useRestriction"] } {
  const rank = { none: 0, unknown: 1, "non-commercial": 2 } as const;
  let binding: { license: string | null; useRestriction: keyof typeof rank } = { license: null, useRestriction: "unknown" };
  card.licenses.forEach((named, i) => {
    const entry = kb.license(named.value);
    const useRestriction = !entry ? "unknown" : entry.grants["commercial-use"] === "no" ? "non-commercial" : "none";
    if (i === 0 || rank[useRestriction] > rank[binding.useRestriction]) binding = { license: entry?.id ?? named.value, useRestriction };
  });
  return binding;
}

/** `ref` as the card writes it; `id` when the reader already matched it to rules/. */
function source(ref: string, via: ResolvedSource["via"], location: Location | undefined, chain: string[], tree: Tree, memo: TreeMemo, id?: string): ResolvedSource {
  const { view: dataset, match } = findDataset(id ?? ref, tree, memo);
  return { ref, via, location, chain: [...chain, dataset?.id ?? ref], dataset, ...(match && match.how !== "exact" ? { match: { how: match.how, version: match.version, config: match.config } } : {}) };
}

/**
 * A model in the tree for `ref`: the folder that is the ref; a card fetched from the Hub for it
 * (`.hub/models/<ref>`, exact id); else a folder whose name is the ref's last segment (a Hub id
 * written for a model kept in this repository).
 */
function localModel(ref: string, memo: TreeMemo, self: ModelFacts): ModelFacts | undefined {
  const clean = ref.replace(/^\.\//, "").replace(/\/$/, "").toLowerCase();
  const exact = memo.byDir.get(clean);
  if (exact) return exact;
  const hub = memo.byDir.get(`${HUB_MODELS_DIR}${clean.replace(/^https?:\/\/huggingface\.co\//, "")}`);
  if (hub) return hub;
  const last = clean.split("/").pop()!;
  // A quantised copy often sits in a folder named like its base: never resolve a model to itself by name.
  return memo.byLast.get(last)?.find((m) => m !== self);
}

/** Model folders by lower-cased path and by last segment, as localModel matches them: built once per tree. */
export interface ModelDirIndex {
  dirs: Set<string>;
  byLast: Map<string, string[]>;
}

export function modelDirIndex(modelDirs: readonly string[]): ModelDirIndex {
  const index: ModelDirIndex = { dirs: new Set(), byLast: new Map() };
  for (const d of modelDirs) {
    const dir = d.toLowerCase();
    index.dirs.add(dir);
    if (dir === "." || dir.startsWith(`${HUB_DIR}/`)) continue;
    const last = dir.split("/").pop()!;
    index.byLast.set(last, [...(index.byLast.get(last) ?? []), dir]);
  }
  return index;
}

/**
 * Whether `ref` resolves without the Hub, by the same rules as localModel and rules/models: for
 * src/hub, which fetches only what the tree and rules/ do not know. `self` is the naming model's folder.
 */
export function resolvesModel(ref: string, self: string, models: ModelDirIndex, kb: KnowledgeBase): boolean {
  if (kb.model(ref)) return true;
  const clean = ref.replace(/^\.\//, "").replace(/\/$/, "").toLowerCase();
  if (models.dirs.has(clean) || models.dirs.has(`${HUB_MODELS_DIR}${clean.replace(/^https?:\/\/huggingface\.co\//, "")}`)) return true;
  const lowerSelf = self.toLowerCase();
  return (models.byLast.get(clean.split("/").pop()!) ?? []).some((dir) => dir !== lowerSelf);
}

/** Whether a dataset `ref` resolves without the Hub: rules/datasets, a dataset card in the tree, or a fetched one. */
export function resolvesDataset(ref: string, datasetCardFiles: readonly string[], kb: KnowledgeBase): boolean {
  if (kb.dataset(ref)) return true;
  const lower = ref.toLowerCase().replace(/^https?:\/\/huggingface\.co\/datasets\//, "");
  const last = lower.split("/").pop()!;
  return datasetCardFiles.some((f) => {
    const hubId = hubIdOf(f, HUB_DATASETS_DIR);
    if (hubId) return hubId.toLowerCase() === lower;
    const name = f.split("/").slice(-2, -1)[0]?.toLowerCase();
    return name === lower || name === last;
  });
}

function walkBase(ref: string, relation: string, location: Location | undefined, depth: number, chain: string[], w: Walk): void {
  const { r, memo } = w;
  const loc = location ?? r.facts.card?.baseModels[0]?.location ?? { file: r.facts.card?.file ?? r.facts.dir, line: 1, column: 1 };
  if (depth > LINEAGE_LIMITS.maxDepth) {
    r.lineageProblems.push({ message: `lineage deeper than ${LINEAGE_LIMITS.maxDepth} levels at ${[...chain, ref].join(" → ")}; stopped there`, location: loc });
    return;
  }
  if (r.bases.length >= LINEAGE_LIMITS.maxBases) {
    if (!r.lineageProblems.some((p) => p.message.startsWith("more than"))) {
      r.lineageProblems.push({ message: `more than ${LINEAGE_LIMITS.maxBases} base models; the rest were not followed`, location: loc });
    }
    return;
  }
  // A base rules/ knows is read from rules/: a local folder or a fetched card named like it is not
  // its word. Only an explicit relative path (`./base`) names a folder of this repository.
  const known = ref.startsWith("./") ? undefined : memo.kb.model(ref);
  const local = known ? undefined : localModel(ref, memo, r.facts);
  const entry = local ? undefined : (known ?? memo.kb.model(ref));
  const key = local ? `tree:${local.dir}` : entry ? `kb:${entry.id}` : `ref:${ref.toLowerCase()}`;
  if (w.seen.has(key)) {
    // Seen on the path from the root: a cycle. Seen elsewhere (a diamond): already followed.
    if (w.path.has(key)) r.lineageProblems.push({ message: `lineage cycle: ${[...chain, ref].join(" → ")}`, location: loc });
    return;
  }
  w.seen.add(key);
  w.path.add(key);
  try {
    followBase(ref, relation, location, loc, depth, chain, local, entry, w);
  } finally {
    w.path.delete(key);
  }
}

function followBase(
  ref: string,
  relation: string,
  location: Location | undefined,
  loc: Location,
  depth: number,
  chain: string[],
  local: ModelFacts | undefined,
  entry: (ModelEntry & RuleFile) | undefined,
  w: Walk,
): void {
  const { r, memo } = w;
  const link = [...chain, ref];
  const base: ResolvedBase = { ref, relation, location, depth, chain: link };
  r.bases.push(base);
  const inherits = BASE_MODEL_RELATIONS[relation as BaseModelRelation] ?? BASE_MODEL_RELATIONS.finetune;

  if (local) {
    // A base in the same repository (or fetched from the Hub) is read from the tree: its license, its own data, its bases.
    const own = prView(local, w.tree, memo);
    base.license = own.license.entry;
    base.licenseRef = own.license.raw ?? own.license.id ?? undefined;
    base.file = local.card?.file;
    base.dir = local.dir;
    const hubId = hubIdOf(local.card?.file ?? "", HUB_MODELS_DIR);
    if (hubId) base.sourceUrl = `${HUB_URL}/${hubId}`;
    base.dataDisclosed = own.sources.length > 0 ? "yes" : "no";
    if (inherits.inheritsData) for (const s of own.sources) inherit(w, { ...s, via: "base-model", location: loc, chain: [...link, ...s.chain.slice(1)] });
    if (local.card) followBases(local.card, loc, depth + 1, link, w);
    return;
  }
  if (entry) {
    base.license = memo.kb.license(entry.license);
    base.licenseRef = entry.license;
    base.dataDisclosed = entry.dataDisclosed;
    base.file = `rules/${entry.file}`;
    base.sourceUrl = entry.sources[0]?.url;
    if (inherits.inheritsData) {
      for (const id of entry.datasets) inherit(w, { ref: id, via: "base-model", location: loc, chain: [...link, id], dataset: findDataset(id, w.tree, memo).view });
    }
    for (const b of entry.baseModels) walkBase(b.id, b.relation, loc, depth + 1, link, w);
  }
}

/** How much a license grants: the more rights granted, the looser. */
function looseness(l: LicenseEntry | undefined): number {
  if (!l || l.kind === "placeholder" || l.family) return -1;
  return Object.values(l.grants).filter((g) => g === "yes" || g === "conditional").length;
}

/**
 * An in-tree base's facts on a pull request. If the PR changed its folder, the base branch's
 * license counts unless the PR's is stricter; the data either version names counts (it only adds).
 */
function prView(local: ModelFacts, tree: Tree, memo: TreeMemo): ResolvedModel {
  const head = ownFactsOf(local, tree, memo);
  const pr = tree.pullRequest;
  const baseFacts = pr?.baseModels.get(local.dir);
  if (!pr || !baseFacts) return head;
  const base = ownFactsOf(baseFacts, tree, memo);
  const license = looseness(head.license.entry) >= 0 && looseness(head.license.entry) < looseness(base.license.entry) ? head.license : base.license;
  const keys = new Set(base.sources.map(sourceKey));
  return { ...head, license, sources: [...base.sources, ...head.sources.filter((s) => !keys.has(sourceKey(s)))] };
}

function sourceKey(s: ResolvedSource): string {
  return s.dataset?.id ?? s.ref.toLowerCase();
}

/** Adds an inherited source once: the same dataset reached through two bases is one source. */
function inherit(w: Walk, s: ResolvedSource): void {
  const key = sourceKey(s);
  if (w.sourceKeys.has(key)) return;
  w.sourceKeys.add(key);
  w.r.sources.push(s);
}
