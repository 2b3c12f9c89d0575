import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { o as ownData } from './own-data.js';

// How cards write a dataset: a Hub id in any case, a Hub URL (with /viewer/<config>/<split> or
// /tree/main), a config (`:en`, `glue/mrpc`), a split (`-train`), a version (`common_voice_8_0`).
// datasetRefCandidates lists the forms to look up, most literal first, each with what it dropped.









const HUB_DATASET_URL = /^(?:https?:\/\/)?(?:www\.)?(?:huggingface\.co|hf\.co)\/datasets\/([^?#\s]+)/i;
/** The Hub's former viewer page: `huggingface.co/datasets/viewer/?dataset=oscar&config=unshuffled_deduplicated_he`. */
const OLD_VIEWER_URL = /^(?:https?:\/\/)?(?:www\.)?huggingface\.co\/datasets\/viewer\/?\?(\S*)$/i;
/** A qualifier in brackets after the name: `oscar (NL)`, `VoxPopuli-(EN)`, `stackexchange(pets,` (cut short). */
const BRACKETED = /^(.+?)[\s_-]*\(([^()]*)\)?$/;
/** Path segments after a Hub repo id that are pages of it, not part of the id. */
const REPO_PAGES = new Set(["tree", "blob", "resolve", "raw", "viewer", "discussions", "commits", "commit", "edit", "discussion", "sql-console", "embed"]);
const SPLIT = /^(.+?)[-_.](train|training|validation|valid|val|dev|test|eval|all|full|split)$/i;
/** `common_voice_8_0`, `OSCAR-2201`, `wikitext-103-v1`, `squad_v2` ... */
const VERSION = /^(.+?)[-_.]v?(\d+(?:[._]\d+)*)$/i;
/** Language names: `Swahili corpus` is a corpus in Swahili and `Russian-LibriSpeech` another corpus, not the dataset named after the language word. */
const LANGUAGE_WORDS = new Set(
  "albanian amharic arabic armenian basque bengali bulgarian burmese catalan chinese croatian czech danish dutch english estonian filipino finnish french galician georgian german greek gujarati hausa hebrew hindi hungarian icelandic igbo indonesian irish italian japanese kannada kazakh khmer kinyarwanda korean lao latvian lithuanian macedonian malay marathi mongolian nepali norwegian persian polish portuguese punjabi romanian russian serbian sinhala slovak slovenian somali spanish swahili swedish tagalog tamil telugu thai turkish ukrainian urdu uzbek vietnamese welsh yoruba".split(" "),
);
/** Prose names a dataset with the word for one: `the RACE dataset`, `the Suomi24 Sentences Corpus`. */
const DATA_WORD = /^(?:the\s+)?(.+?)(?:\s+(?:dataset|datasets|data\s*set|corpus|corpora))?$/i;
/** `GLUE STSB`, `OpenTable OPENTABLE-ABSA`: a canonical id and one of its configs, as prose writes them. */
const PARENT_CONFIG = /^([\w.-]{3,})\s+([\p{L}\p{N}_.-]+)$/u;
/** A leading `v` or separators make a version readable: `8_0` → `8.0`. */
function versionOf(raw) {
  return raw.replace(/^v/i, "").replace(/_/g, ".");
}

function datasetRefCandidates(input) {
  const out = [];
  const seen = new Set();
  const add = (c) => {
    const key = c.ref.toLowerCase();
    if (!c.ref || seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };
  let ref = input.trim().replace(/^[`'"<[(]+|[`'">\])]+$/g, "").replace(/[.,;:]+$/, "");
  let config;
  const oldViewer = OLD_VIEWER_URL.exec(ref);
  if (oldViewer) {
    const query = new URLSearchParams(oldViewer[1]);
    ref = query.get("dataset") ?? ref;
    config = query.get("config") ?? undefined;
  }
  const url = oldViewer ? null : HUB_DATASET_URL.exec(ref);
  if (url) {
    const parts = url[1].split("/").filter(Boolean);
    const pageAt = parts.findIndex((p, i) => i > 0 && REPO_PAGES.has(p.toLowerCase()));
    const idParts = pageAt >= 0 ? parts.slice(0, pageAt) : parts.slice(0, 2);
    if (pageAt >= 0 && parts[pageAt].toLowerCase() === "viewer" && parts[pageAt + 1]) config = parts[pageAt + 1];
    ref = idParts.join("/");
  }
  // `name:config` (the Hub's config notation in some tools) and `name[train]`.
  const colon = /^([^:\s]+):([\w.-]+)$/.exec(ref);
  if (colon && !/^https?$/i.test(colon[1])) {
    ref = colon[1];
    config = colon[2];
  }
  ref = ref.replace(/\[[\w.:%-]*\]$/, "");
  add({ ref, config });
  const bracketed = BRACKETED.exec(ref);
  if (bracketed && /\w/.test(bracketed[1])) {
    ref = bracketed[1];
    config ??= bracketed[2].replace(/[,;\s]+$/, "") || undefined;
  }

  const forms = [{ ref, config }];
  const bare = DATA_WORD.exec(ref)?.[1];
  if (bare && bare !== ref && !LANGUAGE_WORDS.has(bare.toLowerCase())) forms.push({ ref: bare, config });
  const parent = PARENT_CONFIG.exec(bare ?? ref);
  if (parent && !config && !LANGUAGE_WORDS.has(parent[1].toLowerCase())) forms.push({ ref: parent[1], config: parent[2], legacyOnly: true });
  // `glue/mrpc`, `wikipedia/20220301.en`: a canonical id with a config, when `org/name` is not known.
  const slash = ref.split("/");
  if (slash.length === 2 && slash[1]) forms.push({ ref: slash[0], config: slash[1], legacyOnly: true });
  for (const f of forms) {
    add(f);
    const split = SPLIT.exec(f.ref);
    const base = split ? { ...f, ref: split[1], config: f.config ?? split[2] } : f;
    add(base);
    const version = VERSION.exec(base.ref);
    if (version) add({ ...base, ref: version[1], version: versionOf(version[2]) });
  }
  return out;
}

class KnowledgeBaseError extends Error {
  constructor( problems) {
    super(problems.map((p) => `${p.location.file}:${p.location.line}: ${p.path ? p.path + ": " : ""}${p.message}`).join("\n"));this.problems = problems;  }
}

/** Lower-cases and strips punctuation so "LAION-2B-en", "laion2B en" and "laion_2b_en" meet. */
function aliasKey(s) {
  return s.toLowerCase().replace(/[^a-z0-9.+]+/g, "");
}
































































/** The names of one dataset, in the order a reader gets them: its name, its aliases, its Hub ids, each once. */
function namesOf(d, distinctive, out) {
  // A plain loop: this runs for thousands of datasets at every start-up.
  const start = out.length;
  const add = (name, kind) => {
    for (let i = start; i < out.length; i++) if (out[i].name === name) return;
    out.push({ name, id: d.id, kind, tier: d.tier, distinctive: distinctive(name, kind) });
  };
  add(d.name, "name");
  for (const a of d.aliases) add(a, "alias");
  for (const h of d.hubIds) add(h, "hub-id");
}

/** The datasets, curated and unpacked imported entries as one read-only map. */
class DatasetStore {
    entries = new Map();
    packed = new Map();
   catalogues = [];
  /** Ids in a fixed order (set, then loaded rows), whatever has been unpacked since. */
    order = [];

  get size() {
    return this.entries.size + this.packed.size;
  }
  has(id) {
    return this.entries.has(id) || this.packed.has(id);
  }
  get(id) {
    const entry = this.entries.get(id);
    if (entry) return entry;
    const row = this.packed.get(id);
    if (!row) return undefined;
    const unpacked = unpack(row, this.catalogues[row[1]]);
    this.packed.delete(id);
    this.entries.set(id, unpacked);
    return unpacked;
  }
  set(id, entry) {
    if (!this.has(id)) this.order.push(id);
    this.entries.set(id, entry);
    return this;
  }
  /** What names need of each dataset, in the fixed order, read from packed rows without unpacking them. */
  *nameFields() {
    for (const id of this.order) {
      const row = this.packed.get(id);
      yield row ? { id, tier: "imported", name: row[2], aliases: row[5], hubIds: row[4] } : this.entries.get(id);
    }
  }
  *values() {
    yield* [...this.entries.values()];
    for (const id of [...this.packed.keys()]) yield this.get(id);
  }
  /** Every entry's URLs, read from packed rows without unpacking them. */
  urls() {
    const out = [];
    for (const d of this.entries.values()) for (const url of d.urls) out.push({ url, id: d.id });
    for (const r of this.packed.values()) for (const url of r[6]) out.push({ url, id: r[0] });
    return out;
  }
  load(catalogues, rows) {
    this.catalogues = catalogues;
    for (const r of rows) {
      this.packed.set(r[0], r);
      this.order.push(r[0]);
    }
  }
}

function unpack(r, c) {
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
function pack(d, catalogue, catalogues) {
  const c = catalogue(d);
  if (c === undefined) return undefined;
  const row = [
    d.id, c, d.name, d.modality, d.hubIds, d.aliases, d.urls, d.license, d.useRestriction, d.content.status, d.content.note,
    d.modelGenerated.map((g) => [g.model, g.provider]), d.derivedFrom, d.sources.map((s) => s.url.slice(catalogues[c].sourceBase.length)),
  ];
  // Packing must lose nothing: the row unpacks to the very entry.
  return JSON.stringify(sortKeys(unpack(row, catalogues[c]))) === JSON.stringify(sortKeys(d)) ? row : undefined;
}

function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sortKeys(x)]));
  return v;
}

class KnowledgeBase {
   licenses = new Map();
   legalBases = new Map();
   datasets = new DatasetStore();
   models = new Map();
   providers = new Map();
    licenseIndex = new Map();
  /** Dataset keys (lower-case and aliasKey forms) → id; compiled into the artefact. */
   datasetIndex = Object.create(null) ;
  /** Un-namespaced Hub ids (`squad`), for `org/squad` after the Hub moved canonical datasets under organisations. */
   legacyIndex = Object.create(null) ;
    modelIndex = new Map();
  /**
   * `bert-base-cased` for `google-bert/bert-base-cased`: the Hub moved its un-namespaced canonical
   * models under organisations, and cards still name them the old way. A name two entries share is absent.
   */
    legacyModelIndex = new Map();
   names;
  /** One character per name ("1" distinctive, "0" not), in nameFields() order: precompiled flags. */
   nameFlags;
   urls;

  license(ref) {
    const id = this.licenseIndex.get(ref.toLowerCase()) ?? this.licenseIndex.get(aliasKey(ref));
    return id ? this.licenses.get(id) : undefined;
  }

  legalBasis(id) {
    return this.legalBases.get(id);
  }

  provider(id) {
    return this.providers.get(id);
  }

  /** Finds a dataset by id, Hub id, alias, Hub URL, with config/split/version suffixes (see lookupDataset). */
  dataset(ref) {
    return this.lookupDataset(ref)?.entry;
  }

  /**
   * Resolves a dataset reference as cards write them: any case, `_` or `-`, a Hub dataset URL, a
   * config or split suffix (`:en`, `-train`), a version (`common_voice_8_0`, kept in the match),
   * or a legacy un-namespaced id under an organisation (`rajpurkar/squad` = `squad`).
   */
  lookupDataset(ref) {
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
   variant(ref) {
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
    const kept = tokens.length > 1 && SPLIT_WORD.test(tokens[tokens.length - 1]) ? tokens.slice(0, -1) : tokens;
    for (let n = 1; n < kept.length; n++) {
      // `Russian-LibriSpeech` is another corpus modelled on LibriSpeech, not a copy of it.
      if (n === 1 && LANGUAGE_WORDS.has(kept[0])) break;
      const tail = kept.slice(n).join("_");
      if (tail.replace(/[^a-z]/g, "").length < 5) break;
      const id = this.legacyKey(tail);
      if (id) return this.match(id, "variant", kept.slice(0, n).join("_"), undefined);
    }
    return undefined;
  }

   legacyKey(name) {
    return own(this.legacyIndex, name.toLowerCase()) ?? own(this.legacyIndex, aliasKey(name));
  }

   datasetKey(ref) {
    return own(this.datasetIndex, ref.toLowerCase()) ?? own(this.datasetIndex, aliasKey(ref));
  }

   match(id, how, config, version) {
    const entry = this.datasets.get(id);
    return { entry, how, ...(config ? { config } : {}), ...(version ? { version } : {}) };
  }

  model(ref) {
    const clean = ref.trim().replace(/^https?:\/\/(www\.)?(huggingface\.co|hf\.co)\//i, "").replace(/\/(tree|blob|resolve)\/.*$/, "").replace(/\/+$/, "");
    const id = this.modelIndex.get(clean.toLowerCase()) ?? this.modelIndex.get(aliasKey(clean)) ?? (clean.includes("/") ? undefined : this.legacyModelIndex.get(clean.toLowerCase()));
    return id ? this.models.get(id) : undefined;
  }

  /** Home pages and Hub pages of datasets, for links in a card's prose (normalise with the reader's urlKey). */
  datasetUrls() {
    this.urls ??= this.datasets.urls();
    return this.urls;
  }

  /** Every name and alias of every dataset, curated first, each flagged for prose matching (see DatasetName). */
  datasetNames() {
    if (this.names) return this.names;
    const flags = this.nameFlags;
    let at = 0;
    const out = [];
    for (const d of this.datasets.nameFields()) {
      namesOf(d, flags !== undefined ? () => flags[at++] === "1" : distinctiveIn(d), out);
    }
    this.names = out;
    return out;
  }

   indexDatasets() {
    // The alias form alone where it leads to the same entry: half the keys, the same answers.
    const put = (index, key, id) => {
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
  compiledIndexes() {
    return { datasetIndex: { ...this.datasetIndex }, legacyIndex: { ...this.legacyIndex } };
  }

  /** Builds the indexes; the dataset indexes come precompiled when the artefact carries them. */
  index(compiled) {
    const put = (index, key, id) => {
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

function own(index, key) {
  return Object.hasOwn(index, key) ? index[key] : undefined;
}

function tierRank(d) {
  return d.tier === "curated" ? 0 : 1;
}

/** English words and generic labels that name datasets on the Hub but mean something else in prose. */
const COMMON = new Set(
  "art emotion emo race trec beans news reviews books wiki web code math science poetry stories dialog chat tweets sentiment music speech images caption captions qa text data dataset corpus summary summarization translation health medical legal finance law".split(" "),
);

/** Curated names are offered to prose matching, except ordinary words (the `emotion` Hub id is also the word). */
function distinctiveIn(d) {
  return (name, kind) => (d.tier === "curated" && !COMMON.has(name.trim().toLowerCase())) || isDistinctive(name, kind);
}

/** Whether a name is safe to look for in prose (see DatasetName.distinctive). */
function isDistinctive(name, kind) {
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















/** A loaded (hence validated) knowledge base as the artefact stores it, indexes included. */
function compileKnowledgeBase(kb) {
  const catalogues = [];
  const catalogueOf = (d) => {
    const url = d.sources[0]?.url ?? "";
    const base = /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//.exec(url)?.[0];
    if (d.tier !== "imported" || !base) return undefined;
    let i = catalogues.findIndex((c) => c.file === d.file && c.sourceBase === base && c.publisher === d.publisher && c.section === d.sources[0].section);
    if (i < 0) i = catalogues.push({ file: d.file, publisher: d.publisher, sourceBase: base, section: d.sources[0].section ?? "" }) - 1;
    return i;
  };
  const datasets = [];
  const rows = [];
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
    nameFlags: flagsOf([...datasets, ...rows.map((r) => ({ id: r[0], tier: "imported" , name: r[2], aliases: r[5], hubIds: r[4] }))]),
  };
}

function flagsOf(ds) {
  const names = [];
  for (const d of ds) namesOf(d, distinctiveIn(d), names);
  return names.map((n) => (n.distinctive ? "1" : "0")).join("");
}

/** Rebuilds a knowledge base from compileKnowledgeBase's output; it was validated when compiled. */
function loadKnowledgeBaseFromJson(data) {
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

export { KnowledgeBase as K, KnowledgeBaseError as a, aliasKey as b, compileKnowledgeBase as c, loadKnowledgeBaseFromJson as l };
