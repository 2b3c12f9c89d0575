import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin$1 } from './_builtin_fs.js';
import { _ as __builtin } from './_builtin_url.js';
import { o as ownData } from './pipeline.js';

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
const PARENT_CONFIG = /^([\w.-]{3,})\s+([\w.-]+)$/;
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

// The run-time loader: the knowledge base from its compiled artefact, one readFileSync and one
// JSON.parse. It imports no YAML parser and no zod: the artefact was validated when it was built
// (scripts/build-kb.ts; __tests__/kb/compiled.test.ts checks it equals a fresh compile).

/** rules/compiled/knowledge-base.json beside this module's rules/. */
const COMPILED_PATH = __builtin.fileURLToPath(new URL("./knowledge-base.json", import.meta.url));

let cached;

/** The knowledge base the CLI runs on; read once per process (it is read-only). */
function loadCompiledKnowledgeBase(file = COMPILED_PATH) {
  if (file === COMPILED_PATH && cached) return cached;
  const kb = loadKnowledgeBaseFromJson(JSON.parse(__builtin$1.readFileSync(file, "utf8")) );
  if (file === COMPILED_PATH) cached = kb;
  return kb;
}

// Plain text for terminals and workflow logs (the CLI's text report, annotation messages). A string
// from the repository (a folder name, a card's title, a dataset name) is data: it may hold no line
// break that starts a line of its own, no terminal escape, no bidirectional override and no
// workflow command. The runner obeys `::cmd::` at the start of a line (after blanks) and the legacy
// `##[cmd]` anywhere in one (actions/runner, ActionCommand.TryParseV2 and TryParse), and it finds
// them with .NET's culture-sensitive StartsWith/IndexOf, which under ICU skip default-ignorable
// characters: `:\u200b:` still reads as `::`. So the second colon or hash becomes a look-alike
// with a collation weight of its own (U+2236 RATIO, U+266F MUSIC SHARP SIGN), whatever lies
// between; the text stays readable. The character classes here are shared by the other modules.

/* eslint-disable no-control-regex -- matching control characters is what this module is for */

/** C0 and C1 controls, DEL, and the bidirectional overrides and isolates ("Trojan Source"). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;

/** Characters ICU collation ignores (zero-width spaces and joiners, soft hyphen, variation selectors...). */
const IGNORABLE = "\\p{Default_Ignorable_Code_Point}*";
const COMMAND = new RegExp(`:(${IGNORABLE}):`, "gu");
const LEGACY_COMMAND = new RegExp(`#(${IGNORABLE})#(${IGNORABLE})\\[`, "gu");

/**
 * `s` with lone surrogates (a card's YAML can write one: "\\ud800") replaced by U+FFFD, so that it
 * can be encoded as UTF-8 or percent-encoded without throwing.
 */
function wellFormed(s) {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** A repository string on one line: breaks become spaces, controls become visible `\xNN`. */
function plain(s) {
  return neutralise(s.replace(LINE_BREAK, " "));
}

/** Keeps line breaks (a multi-line fix), each line escaped as plain() escapes one. */
function plainLines(s) {
  return s.split(LINE_BREAK).map(neutralise);
}

function neutralise(s) {
  return s
    .replace(/\t/g, " ")
    .replace(CONTROL, visible)
    .replace(COMMAND, ":$1\u2236")
    .replace(LEGACY_COMMAND, "#$1\u266f$2[");
}

/** `\x1b`, `\u202e`: a control character written so that it can be read and does nothing. */
function visible(c) {
  const code = c.codePointAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** The finding in one sentence (Finding.summary, else the message up to its first explanation). */
function summaryOf(f) {
  if (f.summary) return f.summary;
  // The ids in parentheses repeat the names before them: "MIT License (mit)".
  return sentence(firstClause(f.message, [": ", "; "]).replace(/ \([a-z0-9.+-]+\)/g, ""));
}

/** The fix in a few words (Finding.hint, else the fix's first clause, cut at a word). */
function hintOf(f, max = 40) {
  if (f.hint) return f.hint;
  const clause = firstClause(f.fix.split("\n")[0] ?? "", [": ", "; ", " (", ", or ", ". "]).replace(/[.]$/, "");
  return shorten(lowerFirst(clause), max);
}

/** How many other places the same finding occurs at (Finding.alsoAt), listed or not. */
function otherPlaces(f) {
  return f.alsoAt ? f.alsoAt.locations.length + f.alsoAt.unlisted : 0;
}

/** "also at a, b and 1,479 more places": the other places, each written by `place` (which escapes). */
function alsoAtText(f, place) {
  if (!f.alsoAt || otherPlaces(f) === 0) return "";
  const listed = f.alsoAt.locations.map(place);
  const more = f.alsoAt.unlisted > 0 ? [plural(f.alsoAt.unlisted, "more place")] : [];
  const all = [...listed, ...more];
  return `also at ${all.length > 1 ? `${all.slice(0, -1).join(", ")} and ${all.at(-1)}` : all[0]}`;
}

/** For an annotation: "\nAlso at a:5, a:6 and 10 more places." (plain text, escaped), or "". */
function alsoAtLine(f) {
  const also = alsoAtText(f, (l) => plain(`${l.file}:${l.line}`));
  return also ? `\nA${also.slice(1)}.` : "";
}

/** `s` cut at the last word that fits in `max` characters, with an ellipsis when cut. */
function shorten(s, max) {
  if (s.length <= max) return s;
  const cut = s.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

function plural(n, one, many = `${one}s`) {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

/**
 * `12,345`, as toLocaleString("en-US") writes it. Its first call loads ICU's number formats (some
 * 20 ms of a one-model check), so whole numbers, all a report counts, are grouped here.
 */
function thousands(n) {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** "2 errors, 1 warning" (notes only when there are some); "no findings" when all are zero. */
function countsText(c) {
  const parts = [plural(c.error, "error"), plural(c.warning, "warning"), ...(c.note > 0 ? [plural(c.note, "note")] : [])];
  return c.error + c.warning + c.note === 0 ? "no findings" : parts.join(", ");
}

/** `s` up to the first separator outside a `code span`. */
function firstClause(s, separators) {
  const text = s.trim();
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "`") inCode = !inCode;
    else if (!inCode && i > 0 && separators.some((sep) => text.startsWith(sep, i))) return text.slice(0, i);
  }
  return text;
}

function sentence(s) {
  const t = s.trim();
  return upperFirst(/[.!?…]$/.test(t) ? t : `${t}.`);
}

function upperFirst(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s) {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export { CONTROL as C, KnowledgeBase as K, LINE_BREAK as L, plural as a, alsoAtText as b, countsText as c, KnowledgeBaseError as d, aliasKey as e, compileKnowledgeBase as f, loadKnowledgeBaseFromJson as g, hintOf as h, shorten as i, plainLines as j, alsoAtLine as k, loadCompiledKnowledgeBase as l, otherPlaces as o, plain as p, summaryOf as s, thousands as t, visible as v, wellFormed as w };
