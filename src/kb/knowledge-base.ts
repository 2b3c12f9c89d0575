// The knowledge base as the checks see it: entries indexed by id, Hub id and alias. It is built
// from rules/ by load.ts (validating every entry) at build time, and at run time from the compiled
// artefact (rules/compiled/knowledge-base.json, the same data the Action's bundle embeds). This
// module holds no schema, so loading the artefact needs no zod and no YAML.
import type { ValidationProblem } from "../readers/validate.js";
import type { DatasetEntry, LegalBasisEntry, LicenseEntry, ModelEntry, ProviderEntry } from "./schema.js";
import { datasetRefCandidates, LANGUAGE_WORDS, versionOf } from "./dataset-ref.js";
import { ownData } from "./own-data.js";

export class KnowledgeBaseError extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super(problems.map((p) => `${p.location.file}:${p.location.line}: ${p.path ? p.path + ": " : ""}${p.message}`).join("\n"));
  }
}

/** Lower-cases and strips punctuation so "LAION-2B-en", "laion2B en" and "laion_2b_en" meet. */
export function aliasKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9.+]+/g, "");
}

export interface RuleFile {
  /** Path of the file relative to the rules directory, for evidence links. */
  file: string;
}

export type DatasetRecord = DatasetEntry & RuleFile;

/** How a reference found its dataset, for the report and for tests. */
export interface DatasetMatch {
  entry: DatasetRecord;
  /** The version the reference named (`common_voice_8_0` → "8.0"), when it named one. */
  version?: string | undefined;
  /** A config or split the reference named (`:en`, `-train`, `/viewer/mrpc`). */
  config?: string | undefined;
  /**
   * `exact`: id, Hub id or alias; `normalised`: after dropping a URL, config, split or version;
   * `legacy`: `org/name` matched the un-namespaced id `name`; `variant`: a name that extends a
   * canonical id with qualifiers (`mc4_fi_cleaned`, `custom_squad_v2`), read as a copy or subset of it.
   */
  how: "exact" | "normalised" | "legacy" | "variant";
}

/** One name a dataset is known by, for a reader's name matcher. */
export interface DatasetName {
  name: string;
  id: string;
  kind: "hub-id" | "name" | "alias";
  tier: "curated" | "imported";
  /**
   * False for names that are ordinary words or too short to find in prose without many false hits
   * ("emotion", "art", "race"): a reader should match those only where a card says they are data
   * (`datasets:` metadata, a Hub URL).
   */
  distinctive: boolean;
}

/**
 * Imported entries as the artefact packs them: one row each, what every entry of a catalogue
 * shares written once. Unpacked on first use, so start-up parses rows, not thousands of objects.
 */
interface PackedCatalogue {
  file: string;
  publisher: string;
  /** Every source link of the catalogue starts with it (a repository blob URL at a commit). */
  sourceBase: string;
  section: string;
}
type PackedRow = [
  id: string,
  catalogue: number,
  name: string,
  modality: DatasetEntry["modality"],
  hubIds: string[],
  aliases: string[],
  urls: string[],
  license: string | null,
  useRestriction: DatasetEntry["useRestriction"],
  status: DatasetEntry["content"]["status"],
  note: string,
  modelGenerated: [model: string, provider: string | null][],
  derivedFrom: string[],
  sourcePaths: string[],
];
/** The names of one dataset, in the order a reader gets them: its name, its aliases, its Hub ids, each once. */
function namesOf(d: Pick<DatasetEntry, "id" | "tier" | "name" | "aliases" | "hubIds">, distinctive: (name: string, kind: DatasetName["kind"]) => boolean, out: DatasetName[]): void {
  // A plain loop: this runs for thousands of datasets at every start-up.
  const start = out.length;
  const add = (name: string, kind: DatasetName["kind"]) => {
    for (let i = start; i < out.length; i++) if (out[i]!.name === name) return;
    out.push({ name, id: d.id, kind, tier: d.tier, distinctive: distinctive(name, kind) });
  };
  add(d.name, "name");
  for (const a of d.aliases) add(a, "alias");
  for (const h of d.hubIds) add(h, "hub-id");
}

/** The datasets, curated and unpacked imported entries as one read-only map. */
export class DatasetStore {
  private readonly entries = new Map<string, DatasetRecord>();
  private readonly packed = new Map<string, PackedRow>();
  private catalogues: PackedCatalogue[] = [];
  /** Ids in a fixed order (set, then loaded rows), whatever has been unpacked since. */
  private readonly order: string[] = [];

  get size(): number {
    return this.entries.size + this.packed.size;
  }
  has(id: string): boolean {
    return this.entries.has(id) || this.packed.has(id);
  }
  get(id: string): DatasetRecord | undefined {
    const entry = this.entries.get(id);
    if (entry) return entry;
    const row = this.packed.get(id);
    if (!row) return undefined;
    const unpacked = unpack(row, this.catalogues[row[1]]!);
    this.packed.delete(id);
    this.entries.set(id, unpacked);
    return unpacked;
  }
  set(id: string, entry: DatasetRecord): this {
    if (!this.has(id)) this.order.push(id);
    this.entries.set(id, entry);
    return this;
  }
  /** What names need of each dataset, in the fixed order, read from packed rows without unpacking them. */
  *nameFields(): Generator<Pick<DatasetEntry, "id" | "tier" | "name" | "aliases" | "hubIds">> {
    for (const id of this.order) {
      const row = this.packed.get(id);
      yield row ? { id, tier: "imported", name: row[2], aliases: row[5], hubIds: row[4] } : this.entries.get(id)!;
    }
  }
  *values(): IterableIterator<DatasetRecord> {
    yield* [...this.entries.values()];
    for (const id of [...this.packed.keys()]) yield this.get(id)!;
  }
  /** Every entry's URLs, read from packed rows without unpacking them. */
  urls(): { url: string; id: string }[] {
    const out: { url: string; id: string }[] = [];
    for (const d of this.entries.values()) for (const url of d.urls) out.push({ url, id: d.id });
    for (const r of this.packed.values()) for (const url of r[6]) out.push({ url, id: r[0] });
    return out;
  }
  load(catalogues: PackedCatalogue[], rows: PackedRow[]): void {
    this.catalogues = catalogues;
    for (const r of rows) {
      this.packed.set(r[0], r);
      this.order.push(r[0]);
    }
  }
}

function unpack(r: PackedRow, c: PackedCatalogue): DatasetRecord {
  return {
    id: r[0],
    tier: "imported",
    name: r[2],
    modality: r[3],
    hubIds: r[4],
    aliases: r[5],
    urls: r[6],
    publisher: c.publisher,
    license: r[7],
    licenseScope: "dataset",
    content: { status: r[9], itemLicenses: [], note: r[10] },
    useRestriction: r[8],
    legalBasis: null,
    alternativeBases: [],
    optOuts: "unknown",
    attributionPerItem: false,
    derivedFrom: r[12],
    modelGenerated: r[11].map(([model, provider]) => ({ model, provider })),
    versions: [],
    incidents: [],
    sources: r[13].map((p) => ({ url: c.sourceBase + p, section: c.section })),
    file: c.file,
  };
}

/** The row of an imported entry whose every other field is its catalogue's constant, else undefined. */
function pack(d: DatasetRecord, catalogue: (d: DatasetRecord) => number | undefined, catalogues: PackedCatalogue[]): PackedRow | undefined {
  const c = catalogue(d);
  if (c === undefined) return undefined;
  const row: PackedRow = [
    d.id, c, d.name, d.modality, d.hubIds, d.aliases, d.urls, d.license, d.useRestriction, d.content.status, d.content.note,
    d.modelGenerated.map((g) => [g.model, g.provider]), d.derivedFrom, d.sources.map((s) => s.url.slice(catalogues[c]!.sourceBase.length)),
  ];
  // Packing must lose nothing: the row unpacks to the very entry.
  return JSON.stringify(sortKeys(unpack(row, catalogues[c]!))) === JSON.stringify(sortKeys(d)) ? row : undefined;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sortKeys(x)]));
  return v;
}

export class KnowledgeBase {
  readonly licenses = new Map<string, LicenseEntry & RuleFile>();
  readonly legalBases = new Map<string, LegalBasisEntry & RuleFile>();
  readonly datasets = new DatasetStore();
  readonly models = new Map<string, ModelEntry & RuleFile>();
  readonly providers = new Map<string, ProviderEntry & RuleFile>();
  private readonly licenseIndex = new Map<string, string>();
  /** Dataset keys (lower-case and aliasKey forms) → id; compiled into the artefact. */
  private datasetIndex: Record<string, string> = Object.create(null) as Record<string, string>;
  /** Un-namespaced Hub ids (`squad`), for `org/squad` after the Hub moved canonical datasets under organisations. */
  private legacyIndex: Record<string, string> = Object.create(null) as Record<string, string>;
  private readonly modelIndex = new Map<string, string>();
  /**
   * `bert-base-cased` for `google-bert/bert-base-cased`: the Hub moved its un-namespaced canonical
   * models under organisations, and cards still name them the old way. A name two entries share is absent.
   */
  private readonly legacyModelIndex = new Map<string, string | null>();
  private names: DatasetName[] | undefined;
  /** One character per name ("1" distinctive, "0" not), in nameFields() order: precompiled flags. */
  private nameFlags: string | undefined;
  private urls: { url: string; id: string }[] | undefined;

  license(ref: string): (LicenseEntry & RuleFile) | undefined {
    const id = this.licenseIndex.get(ref.toLowerCase()) ?? this.licenseIndex.get(aliasKey(ref));
    return id ? this.licenses.get(id) : undefined;
  }

  legalBasis(id: string): (LegalBasisEntry & RuleFile) | undefined {
    return this.legalBases.get(id);
  }

  provider(id: string): (ProviderEntry & RuleFile) | undefined {
    return this.providers.get(id);
  }

  /** Finds a dataset by id, Hub id, alias, Hub URL, with config/split/version suffixes (see lookupDataset). */
  dataset(ref: string): DatasetRecord | undefined {
    return this.lookupDataset(ref)?.entry;
  }

  /**
   * Resolves a dataset reference as cards write them: any case, `_` or `-`, a Hub dataset URL, a
   * config or split suffix (`:en`, `-train`), a version (`common_voice_8_0`, kept in the match),
   * or a legacy un-namespaced id under an organisation (`rajpurkar/squad` = `squad`).
   */
  lookupDataset(ref: string): DatasetMatch | undefined {
    // The publisher's own data (`imagefolder`, an AutoTrain upload) is no dataset, even where a
    // catalogue lists the loader's name (the Hub's canonical `imagefolder` builder).
    if (ownData(ref)) return undefined;
    const candidates = datasetRefCandidates(ref);
    for (const c of candidates) {
      const id = c.legacyOnly ? this.legacyKey(c.ref) : this.datasetKey(c.ref);
      if (id) return this.match(id, c === candidates[0] && !c.config ? "exact" : "normalised", c.config, c.version);
    }
    // `org/name`: the Hub moved canonical datasets (`squad`) under organisations (`rajpurkar/squad`).
    for (const c of candidates) {
      const slash = c.ref.indexOf("/");
      if (slash <= 0 || c.legacyOnly) continue;
      const id = this.legacyKey(c.ref.slice(slash + 1));
      if (id) return this.match(id, "legacy", c.config, c.version);
    }
    // An empty or blank ref (`datasets: !` in a card) has no candidates, and names nothing.
    return candidates[0] ? this.variant(candidates[0].ref) : undefined;
  }

  /** `mc4_fi_cleaned` → mc4, `custom_squad_v2` → squad_v2: the longest canonical id the name extends, else the longest it ends with. */
  private variant(ref: string): DatasetMatch | undefined {
    const last = ref.slice(ref.lastIndexOf("/") + 1).toLowerCase();
    const name = last.replace(/^(custom|my|new|cleaned|filtered)[-_]/, "");
    const tokens = name.split(/[-_]/).filter(Boolean);
    // The whole name was looked up already, unless a qualifier prefix was dropped.
    for (let n = name === last ? tokens.length - 1 : tokens.length; n >= 1; n--) {
      const head = tokens.slice(0, n).join("_");
      if (head.length < 3) continue;
      const id = this.legacyKey(head);
      if (id) return this.match(id, "variant", tokens.slice(n).join("_") || undefined, undefined);
    }
    // `article100v1_wikigold_split`, `answerable_tydiqa`: qualifiers before the canonical id. Only
    // a name of five letters or more, so a generic tail (`qa`, `ner`) never names a dataset.
    const kept = tokens.length > 1 && SPLIT_WORD.test(tokens[tokens.length - 1]!) ? tokens.slice(0, -1) : tokens;
    for (let n = 1; n < kept.length; n++) {
      // `Russian-LibriSpeech` is another corpus modelled on LibriSpeech, not a copy of it.
      if (n === 1 && LANGUAGE_WORDS.has(kept[0]!)) break;
      const tail = kept.slice(n).join("_");
      if (tail.replace(/[^a-z]/g, "").length < 5) break;
      const id = this.legacyKey(tail);
      if (id) return this.match(id, "variant", kept.slice(0, n).join("_"), undefined);
    }
    return undefined;
  }

  private legacyKey(name: string): string | undefined {
    return own(this.legacyIndex, name.toLowerCase()) ?? own(this.legacyIndex, aliasKey(name));
  }

  private datasetKey(ref: string): string | undefined {
    return own(this.datasetIndex, ref.toLowerCase()) ?? own(this.datasetIndex, aliasKey(ref));
  }

  private match(id: string, how: DatasetMatch["how"], config: string | undefined, version: string | undefined): DatasetMatch {
    const entry = this.datasets.get(id)!;
    return { entry, how, ...(config ? { config } : {}), ...(version ? { version } : {}) };
  }

  model(ref: string): (ModelEntry & RuleFile) | undefined {
    const clean = ref.trim().replace(/^https?:\/\/(www\.)?(huggingface\.co|hf\.co)\//i, "").replace(/\/(tree|blob|resolve)\/.*$/, "").replace(/\/+$/, "");
    const id = this.modelIndex.get(clean.toLowerCase()) ?? this.modelIndex.get(aliasKey(clean)) ?? (clean.includes("/") ? undefined : this.legacyModelIndex.get(clean.toLowerCase()));
    return id ? this.models.get(id) : undefined;
  }

  /** Home pages and Hub pages of datasets, for links in a card's prose (normalise with the reader's urlKey). */
  datasetUrls(): { url: string; id: string }[] {
    this.urls ??= this.datasets.urls();
    return this.urls;
  }

  /** Every name and alias of every dataset, curated first, each flagged for prose matching (see DatasetName). */
  datasetNames(): DatasetName[] {
    if (this.names) return this.names;
    const flags = this.nameFlags;
    let at = 0;
    const out: DatasetName[] = [];
    for (const d of this.datasets.nameFields()) {
      namesOf(d, flags !== undefined ? () => flags[at++] === "1" : distinctiveIn(d), out);
    }
    this.names = out;
    return out;
  }

  private indexDatasets(): void {
    // The alias form alone where it leads to the same entry: half the keys, the same answers.
    const put = (index: Record<string, string>, key: string, id: string) => {
      const lower = key.toLowerCase();
      const loose = aliasKey(key);
      if (loose && !Object.hasOwn(index, loose)) index[loose] = id;
      if (lower !== loose && !Object.hasOwn(index, lower) && index[loose] !== id) index[lower] = id;
    };
    // Curated entries first, then imported; ids and Hub ids before names and aliases, so a name an
    // annotation set gives one subset never hides another dataset's Hub id.
    const tiers = [...this.datasets.values()].sort((a, b) => tierRank(a) - tierRank(b));
    for (const d of tiers) {
      put(this.datasetIndex, d.id, d.id);
      for (const h of d.hubIds) {
        put(this.datasetIndex, h, d.id);
        if (!h.includes("/")) put(this.legacyIndex, h, d.id);
      }
    }
    for (const d of tiers) for (const a of [d.name, ...d.aliases]) put(this.datasetIndex, a, d.id);
    // A curated one-word alias (COCO) also names the dataset under an organisation (`detection-datasets/coco`).
    for (const d of tiers) if (d.tier === "curated") for (const a of d.aliases) if (/^[\w.-]{3,}$/.test(a)) put(this.legacyIndex, a, d.id);
  }

  /** The dataset indexes as the artefact stores them. */
  compiledIndexes(): Pick<CompiledKnowledgeBase, "datasetIndex" | "legacyIndex"> {
    return { datasetIndex: { ...this.datasetIndex }, legacyIndex: { ...this.legacyIndex } };
  }

  /** Builds the indexes; the dataset indexes come precompiled when the artefact carries them. */
  index(compiled?: Pick<CompiledKnowledgeBase, "datasetIndex" | "legacyIndex" | "nameFlags">): void {
    const put = (index: Map<string, string>, key: string, id: string) => {
      for (const k of [key.toLowerCase(), aliasKey(key)]) if (k && !index.has(k)) index.set(k, id);
    };
    for (const l of this.licenses.values()) {
      put(this.licenseIndex, l.id, l.id);
      if (l.spdx) put(this.licenseIndex, l.spdx, l.id);
      if (l.scancode) put(this.licenseIndex, l.scancode, l.id);
      for (const a of l.aliases) put(this.licenseIndex, a, l.id);
    }
    if (compiled?.datasetIndex && compiled.legacyIndex) {
      // Used as parsed (own() guards against inherited keys such as `constructor`).
      this.datasetIndex = compiled.datasetIndex;
      this.legacyIndex = compiled.legacyIndex;
    } else this.indexDatasets();
    this.nameFlags = compiled?.nameFlags;
    for (const m of this.models.values()) {
      put(this.modelIndex, m.id, m.id);
      for (const h of m.hubIds) put(this.modelIndex, h, m.id);
      for (const a of [m.name, ...m.aliases]) put(this.modelIndex, a, m.id);
      for (const h of m.hubIds) {
        const name = h.includes("/") ? h.slice(h.lastIndexOf("/") + 1).toLowerCase() : undefined;
        if (!name) continue;
        const seen = this.legacyModelIndex.get(name);
        this.legacyModelIndex.set(name, seen === undefined || seen === m.id ? m.id : null);
      }
    }
  }
}

const SPLIT_WORD = /^(?:splits?|train|test|dev|valid|validation)$/;

function own(index: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(index, key) ? index[key] : undefined;
}

function tierRank(d: DatasetEntry): number {
  return d.tier === "curated" ? 0 : 1;
}

/** English words and generic labels that name datasets on the Hub but mean something else in prose. */
const COMMON = new Set(
  "art emotion emo race trec beans news reviews books wiki web code math science poetry stories dialog chat tweets sentiment music speech images caption captions qa text data dataset corpus summary summarization translation health medical legal finance law".split(" "),
);

/** Curated names are offered to prose matching, except ordinary words (the `emotion` Hub id is also the word). */
function distinctiveIn(d: Pick<DatasetEntry, "tier">): (name: string, kind: DatasetName["kind"]) => boolean {
  return (name, kind) => (d.tier === "curated" && !COMMON.has(name.trim().toLowerCase())) || isDistinctive(name, kind);
}

/** Whether a name is safe to look for in prose (see DatasetName.distinctive). */
function isDistinctive(name: string, kind: DatasetName["kind"]): boolean {
  if (kind === "hub-id" && name.includes("/")) return true;
  const bare = name.trim();
  if (bare.length < 4 || COMMON.has(bare.toLowerCase())) return false;
  // A single ordinary word in any case ("Emotion", "imdb") is not; a mixed-case or digit-bearing
  // name (SQuAD, CoNLL-2003, WMT16) or a name of several words is.
  if (/\d/.test(bare) || /[a-z][A-Z]|[A-Z]{2,}[a-z]/.test(bare)) return true;
  if (/^[A-Z0-9-]{4,}$/.test(bare)) return true;
  return /\s/.test(bare) && bare.length >= 10;
}

/** A validated knowledge base as plain JSON data: rules/compiled/knowledge-base.json. */
export interface CompiledKnowledgeBase {
  licenses: (LicenseEntry & RuleFile)[];
  legalBases: (LegalBasisEntry & RuleFile)[];
  providers: (ProviderEntry & RuleFile)[];
  models: (ModelEntry & RuleFile)[];
  /** Curated datasets (and any imported entry that does not pack). */
  datasets: DatasetRecord[];
  /** Imported datasets, packed (see PackedRow). */
  imported?: { catalogues: PackedCatalogue[]; rows: PackedRow[] } | undefined;
  datasetIndex?: Record<string, string> | undefined;
  legacyIndex?: Record<string, string> | undefined;
  /** The distinctive flag of every dataset name, in the order the entries above give them (datasets, then rows). */
  nameFlags?: string | undefined;
}

/** A loaded (hence validated) knowledge base as the artefact stores it, indexes included. */
export function compileKnowledgeBase(kb: KnowledgeBase): CompiledKnowledgeBase {
  const catalogues: PackedCatalogue[] = [];
  const catalogueOf = (d: DatasetRecord): number | undefined => {
    const url = d.sources[0]?.url ?? "";
    const base = /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//.exec(url)?.[0];
    if (d.tier !== "imported" || !base) return undefined;
    let i = catalogues.findIndex((c) => c.file === d.file && c.sourceBase === base && c.publisher === d.publisher && c.section === d.sources[0]!.section);
    if (i < 0) i = catalogues.push({ file: d.file, publisher: d.publisher, sourceBase: base, section: d.sources[0]!.section ?? "" }) - 1;
    return i;
  };
  const datasets: DatasetRecord[] = [];
  const rows: PackedRow[] = [];
  for (const d of kb.datasets.values()) {
    const row = pack(d, catalogueOf, catalogues);
    if (row) rows.push(row);
    else datasets.push(d);
  }
  return {
    licenses: [...kb.licenses.values()],
    legalBases: [...kb.legalBases.values()],
    providers: [...kb.providers.values()],
    models: [...kb.models.values()],
    datasets,
    imported: { catalogues, rows },
    ...kb.compiledIndexes(),
    // Names are rebuilt from the entries at load; only whether each is distinctive is stored.
    nameFlags: flagsOf([...datasets, ...rows.map((r) => ({ id: r[0], tier: "imported" as const, name: r[2], aliases: r[5], hubIds: r[4] }))]),
  };
}

function flagsOf(ds: Pick<DatasetEntry, "id" | "tier" | "name" | "aliases" | "hubIds">[]): string {
  const names: DatasetName[] = [];
  for (const d of ds) namesOf(d, distinctiveIn(d), names);
  return names.map((n) => (n.distinctive ? "1" : "0")).join("");
}

/** Rebuilds a knowledge base from compileKnowledgeBase's output; it was validated when compiled. */
export function loadKnowledgeBaseFromJson(data: CompiledKnowledgeBase): KnowledgeBase {
  const kb = new KnowledgeBase();
  for (const e of data.licenses) kb.licenses.set(e.id, e);
  for (const e of data.legalBases) kb.legalBases.set(e.id, e);
  for (const e of data.datasets) kb.datasets.set(e.id, e);
  if (data.imported) kb.datasets.load(data.imported.catalogues, data.imported.rows);
  for (const e of data.models) kb.models.set(e.id, e);
  for (const e of data.providers ?? []) kb.providers.set(e.id, e);
  kb.index(data);
  return kb;
}

export { versionOf };
