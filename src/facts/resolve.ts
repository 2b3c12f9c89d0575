// From what the files say to what the checks judge: the model's license, its training sources
// (its own and, transitively, its bases'), and its base models, each with the evidence's location.
import type { Location } from "../domain.js";
import type { KnowledgeBase, RuleFile } from "../kb/load.js";
import type { LicenseEntry } from "../kb/schema.js";
import type { Policy } from "../policy/schema.js";
import type { DatasetCardFacts, ModelFacts } from "./types.js";
import { viewOfDeclaration, viewOfEntry, type DatasetView } from "./sources.js";

export interface ResolvedLicense {
  id: string | null;
  entry?: (LicenseEntry & RuleFile) | undefined;
  source: "metadata" | "license-file" | "prose" | "none";
  /** The text as written (a Hub id, a license_name, a file's identification). */
  raw?: string | undefined;
  location?: Location | undefined;
}

export interface ResolvedSource {
  ref: string;
  via: "metadata" | "prose" | "base-model" | "dataset-card" | "policy";
  location?: Location | undefined;
  /** model → base → … → dataset, for inherited sources. */
  chain: string[];
  dataset?: DatasetView | undefined;
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
  sourceUrl?: string | undefined;
}

export interface ResolvedModel {
  facts: ModelFacts;
  license: ResolvedLicense;
  metadataLicense?: ResolvedLicense | undefined;
  fileLicense?: ResolvedLicense | undefined;
  proseLicense?: ResolvedLicense | undefined;
  sources: ResolvedSource[];
  bases: ResolvedBase[];
  lineageProblems: { message: string; location: Location }[];
}

export interface Tree {
  models: ModelFacts[];
  datasetCards: DatasetCardFacts[];
  policyFile: string;
}

/** Bounds that keep a malicious or mistaken lineage from looping or exploding. */
export const LINEAGE_LIMITS = { maxDepth: 16, maxBases: 64 };

export function resolveModel(model: ModelFacts, tree: Tree, kb: KnowledgeBase, policy: Policy): ResolvedModel {
  const resolved = ownFacts(model, tree, kb, policy);
  const card = model.card;
  const self = selfName(model);
  if (card) {
    const baseRefs = card.baseModels.length > 0 ? card.baseModels : card.proseBaseModels;
    const relation = card.baseModelRelation?.value ?? (card.baseModels.length > 1 ? "merge" : "finetune");
    const seen = new Set<string>([`tree:${model.dir}`]);
    for (const b of baseRefs) walkBase(b.value, relation, b.location, 1, [self], seen, resolved, tree, kb, policy);
    for (const c of card.proseComponents) walkBase(c.value, "component", c.location, 1, [self], seen, resolved, tree, kb, policy);
  }
  return resolved;
}

function selfName(m: ModelFacts): string {
  return m.dir === "." ? m.name : m.dir;
}

/** What a model's own files say: its license and the datasets its card names (no lineage). */
function ownFacts(model: ModelFacts, tree: Tree, kb: KnowledgeBase, policy: Policy): ResolvedModel {
  const r: ResolvedModel = { facts: model, license: { id: null, source: "none" }, sources: [], bases: [], lineageProblems: [] };
  resolveLicense(r, kb);
  const card = model.card;
  const self = selfName(model);
  if (!card) return r;
  for (const d of card.datasets) r.sources.push(source(d.value, "metadata", d.location, [self], tree, kb, policy));
  for (const d of card.proseDatasets) {
    const known = r.sources.some((s) => (d.value.id && s.dataset?.id === d.value.id) || s.ref.toLowerCase() === d.value.ref.toLowerCase());
    if (!known) r.sources.push(source(d.value.ref, "prose", d.location, [self], tree, kb, policy, d.value.id));
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
  const prose = card?.proseLicenses[0];
  if (prose) r.proseLicense = { id: prose.value.id, entry: kb.license(prose.value.id), source: "prose", raw: prose.value.text, location: prose.location };

  const usable = (l?: ResolvedLicense) => l?.entry && l.entry.kind !== "placeholder";
  r.license =
    [r.metadataLicense, r.fileLicense, r.proseLicense].find(usable) ??
    r.metadataLicense ??
    r.fileLicense ??
    r.proseLicense ?? { id: null, source: "none" };
}

function findDataset(ref: string, tree: Tree, kb: KnowledgeBase, policy: Policy): DatasetView | undefined {
  const lower = ref.toLowerCase();
  const last = lower.split("/").pop()!;
  const declared = policy.declarations.find((d) => [d.id, d.name ?? "", ...d.aliases].some((n) => n.toLowerCase() === lower || n.toLowerCase() === last));
  if (declared) return viewOfDeclaration(declared, tree.policyFile);
  const card = tree.datasetCards.find((c) => c.name.toLowerCase() === lower || c.name.toLowerCase() === last);
  if (card) return viewOfDatasetCard(card, tree, kb, policy);
  const entry = kb.dataset(ref);
  return entry ? viewOfEntry(entry) : undefined;
}

/** A dataset card in the tree declares its own terms; its source datasets' limits still apply through it. */
function viewOfDatasetCard(card: DatasetCardFacts, _tree: Tree, kb: KnowledgeBase, _policy: Policy): DatasetView {
  const lic = card.license ? kb.license(card.license.value) : undefined;
  const nc = lic?.grants["commercial-use"] === "no";
  return {
    id: card.name,
    name: card.name,
    origin: "dataset-card",
    file: card.file,
    license: lic?.id ?? card.license?.value ?? null,
    contentStatus: "licensed",
    itemLicenses: [],
    useRestriction: nc ? "non-commercial" : "none",
    legalBasis: "licensed",
    alternativeBases: [],
    optOuts: "not-applicable",
    attributionPerItem: false,
    // Its sources' limits still apply through it (a subset of LAION stays LAION).
    derivedFrom: card.sourceDatasets.map((s) => kb.dataset(s.value)?.id).filter((id): id is string => id !== undefined),
    note: `declared by its dataset card ${card.file}`,
    sources: [],
  };
}

/** `ref` as the card writes it; `id` when the reader already matched it to rules/. */
function source(
  ref: string,
  via: ResolvedSource["via"],
  location: Location | undefined,
  chain: string[],
  tree: Tree,
  kb: KnowledgeBase,
  policy: Policy,
  id?: string,
): ResolvedSource {
  const dataset = findDataset(id ?? ref, tree, kb, policy);
  return { ref, via, location, chain: [...chain, dataset?.id ?? ref], dataset };
}

/** A model in the tree whose folder is the ref, or whose folder name is the ref's last segment (a Hub id). */
function localModel(ref: string, tree: Tree, self: ModelFacts): ModelFacts | undefined {
  const clean = ref.replace(/^\.\//, "").replace(/\/$/, "").toLowerCase();
  const last = clean.split("/").pop();
  const exact = tree.models.find((m) => m.dir.toLowerCase() === clean);
  if (exact) return exact;
  // A quantised copy often sits in a folder named like its base: never resolve a model to itself by name.
  return tree.models.find((m) => m !== self && m.dir !== "." && m.dir.toLowerCase().split("/").pop() === last);
}

function walkBase(
  ref: string,
  relation: string,
  location: Location | undefined,
  depth: number,
  chain: string[],
  seen: Set<string>,
  r: ResolvedModel,
  tree: Tree,
  kb: KnowledgeBase,
  policy: Policy,
): void {
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
  const local = localModel(ref, tree, r.facts);
  const entry = local ? undefined : kb.model(ref);
  const key = local ? `tree:${local.dir}` : entry ? `kb:${entry.id}` : `ref:${ref.toLowerCase()}`;
  if (seen.has(key)) {
    if (chain.some((c) => c.toLowerCase() === (local?.dir ?? entry?.id ?? ref).toLowerCase()) || key === `tree:${r.facts.dir}`) {
      r.lineageProblems.push({ message: `lineage cycle: ${[...chain, ref].join(" → ")}`, location: loc });
    }
    return;
  }
  seen.add(key);
  const link = [...chain, ref];
  const base: ResolvedBase = { ref, relation, location, depth, chain: link };
  r.bases.push(base);

  if (local) {
    // A base in the same repository is read from the tree: its license, its own data, its bases.
    const own = ownFacts(local, tree, kb, policy);
    base.license = own.license.entry;
    base.licenseRef = own.license.raw ?? own.license.id ?? undefined;
    base.file = local.card?.file;
    base.dataDisclosed = own.sources.length > 0 ? "yes" : "no";
    for (const s of own.sources) inherit(r, { ...s, via: "base-model", location: loc, chain: [...link, ...s.chain.slice(1)] });
    const card = local.card;
    for (const b of card?.baseModels ?? []) walkBase(b.value, card?.baseModelRelation?.value ?? "finetune", loc, depth + 1, link, seen, r, tree, kb, policy);
    return;
  }
  if (entry) {
    base.license = kb.license(entry.license);
    base.licenseRef = entry.license;
    base.dataDisclosed = entry.dataDisclosed;
    base.file = `rules/${entry.file}`;
    base.sourceUrl = entry.sources[0]?.url;
    // Quantized copies and adapters carry the base's weights, so they carry its data too.
    for (const id of entry.datasets) {
      inherit(r, { ref: id, via: "base-model", location: loc, chain: [...link, id], dataset: findDataset(id, tree, kb, policy) });
    }
    for (const b of entry.baseModels) walkBase(b.id, b.relation, loc, depth + 1, link, seen, r, tree, kb, policy);
  }
}

/** Adds an inherited source once: the same dataset reached through two bases is one source. */
function inherit(r: ResolvedModel, s: ResolvedSource): void {
  const key = s.dataset?.id ?? s.ref.toLowerCase();
  if (r.sources.some((x) => (x.dataset?.id ?? x.ref.toLowerCase()) === key)) return;
  r.sources.push(s);
}
