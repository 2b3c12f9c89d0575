import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { _ as __builtin$2 } from './_builtin_fs.js';
import { _ as __builtin$1 } from './_builtin_path.js';
import { _ as __builtin } from './_builtin_url.js';
import { s as strictObject, i as string, j as boolean, k as array, _ as _enum, O as OBLIGATIONS, G as GRANTS, l as SUPPORT, m as parseYaml, z as zodProblems } from './pipeline.js';
import { loadCompiledKnowledgeBase } from './compiled.js';
import { K as KnowledgeBase, a as KnowledgeBaseError } from './knowledge-base.js';
export { b as aliasKey, c as compileKnowledgeBase, l as loadKnowledgeBaseFromJson } from './knowledge-base.js';
import 'node:module';
import './_builtin_path_posix.js';
import './workspace.js';
import './_commonjs_helpers.js';
import './own-data.js';
import './_builtin_crypto.js';
import './governing.js';
import './_builtin_process.js';
import './_builtin_buffer.js';

// zod schemas for the rules/ knowledge base. An entry that does not cite a source fails to load.

const kebabId = /*#__PURE__*/ string().regex(/^[a-z0-9][a-z0-9.+_-]*$/, "lower-case id: letters, digits, . + _ -");

const SourceSchema = /*#__PURE__*/ strictObject({
  url: /*#__PURE__*/ string().url(),
  section: /*#__PURE__*/ string().optional(),
  retrieved: /*#__PURE__*/ string().optional(),
});

const sources = /*#__PURE__*/ array(SourceSchema).min(1, "every entry cites at least one source");

/** One value per Right, every Right required, so a new Right cannot be forgotten in an entry. */
function perRight(value) {
  return strictObject({
    "commercial-use": value,
    redistribution: value,
    derivatives: value,
    sublicensing: value,
    "research-use": value,
  });
}
const grantMap = /*#__PURE__*/ perRight(/*#__PURE__*/ _enum(GRANTS));
const supportMap = /*#__PURE__*/ perRight(/*#__PURE__*/ _enum(SUPPORT));

const ObligationSchema = /*#__PURE__*/ strictObject({
  type: /*#__PURE__*/ _enum(OBLIGATIONS),
  /** What exactly the text requires, with its section number. */
  detail: /*#__PURE__*/ string().min(1),
});

const LicenseEntrySchema = /*#__PURE__*/ strictObject({
  /** The Hugging Face Hub license id (lower-case), or our own kebab id for licenses the Hub lacks. */
  id: kebabId,
  name: /*#__PURE__*/ string().min(1),
  /** SPDX id where the SPDX list has one; null for RAIL, Llama, Gemma and other model licenses. */
  spdx: /*#__PURE__*/ string().nullable(),
  /** ScanCode LicenseRef- key, used where SPDX has none. */
  scancode: /*#__PURE__*/ string().regex(/^LicenseRef-scancode-/).optional(),
  /** True when the Hub accepts this id in `license:`. */
  hub: /*#__PURE__*/ boolean(),
  /** A family id (e.g. `cc`, `gpl`, `openrail`) names no single text; checks treat its grants as unknown. */
  family: /*#__PURE__*/ boolean().default(false),
  /** What the text was written for. */
  kind: /*#__PURE__*/ _enum(["model", "software", "content", "data", "public-domain", "family", "placeholder"]),
  version: /*#__PURE__*/ string().optional(),
  aliases: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  grants: grantMap,
  obligations: /*#__PURE__*/ array(ObligationSchema).default([]),
  /** True when the license text expressly says the training data is not licensed under it (RAIL). */
  excludesTrainingData: /*#__PURE__*/ boolean().default(false),
  /** True when the license expressly leaves models trained on the data unrestricted (CDLA). */
  resultsUnrestricted: /*#__PURE__*/ boolean().default(false),
  notes: /*#__PURE__*/ string().optional(),
  sources,
});

const LegalBasisSchema = /*#__PURE__*/ strictObject({
  id: kebabId,
  name: /*#__PURE__*/ string().min(1),
  /** ISO-style jurisdiction code (EU, DE, UK, JP, SG, US) or `*` for bases that hold everywhere. */
  jurisdiction: /*#__PURE__*/ string().min(1),
  /** What a model trained on data used under this basis may be licensed for. */
  supports: supportMap,
  /** `settled`: statute or final ruling; `unsettled`: courts disagree or have not ruled. */
  certainty: /*#__PURE__*/ _enum(["settled", "unsettled"]),
  conditions: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  summary: /*#__PURE__*/ string().min(1),
  notes: /*#__PURE__*/ string().optional(),
  sources,
});

/** Who made the outputs a dataset contains (GPT-4, Claude ...): the provider's terms reach them. */
const ModelGeneratedSchema = /*#__PURE__*/ strictObject({
  /** The generating model as the source names it ("OpenAI GPT-4"). */
  model: /*#__PURE__*/ string().min(1),
  /** Id in rules/providers, or null when the source names no provider rules/ knows. */
  provider: /*#__PURE__*/ string().nullable(),
});

const DatasetEntrySchema = /*#__PURE__*/ strictObject({
  id: kebabId,
  /**
   * `curated`: facts checked by hand (legal basis, opt-outs, incidents); `imported`: built by
   * scripts/import-datasets.ts from a public annotation set. Curated entries win.
   */
  tier: /*#__PURE__*/ _enum(["curated", "imported"]).default("curated"),
  name: /*#__PURE__*/ string().min(1),
  modality: /*#__PURE__*/ _enum(["image-text", "image", "text", "code", "speech", "video", "multimodal"]),
  hubIds: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  aliases: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  urls: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  publisher: /*#__PURE__*/ string().min(1),
  /** The license of the dataset itself (metadata, annotations, packaging): a license id from rules/licenses, or null. */
  license: /*#__PURE__*/ string().nullable(),
  /**
   * What `license` covers. `dataset`: the dataset as a whole, i.e. its terms of use (CC BY-NC 4.0 on
   * Alpaca rules out commercial use); `metadata`: only the packaging (LAION's URLs and alt text);
   * `items`: each item's own license (a code corpus), bound only through the derivative stance.
   */
  licenseScope: /*#__PURE__*/ _enum(["dataset", "metadata", "items"]).default("dataset"),
  licenseNote: /*#__PURE__*/ string().optional(),
  content: /*#__PURE__*/ strictObject({
    /** Rights status of the underlying works. */
    status: /*#__PURE__*/ _enum(["copyrighted", "public-domain", "open-licensed", "licensed", "opt-in", "synthetic", "mixed", "unlawful"]),
    /** Licenses attached to individual items, which bind a model only if a model is a derivative of its data. */
    itemLicenses: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
    note: /*#__PURE__*/ string().min(1),
  }),
  /** Contractual or declared limits on use: research-only and non-commercial bind; `recommended-research` is advice. */
  useRestriction: /*#__PURE__*/ _enum(["none", "research-only", "non-commercial", "recommended-research", "unknown"]),
  useRestrictionNote: /*#__PURE__*/ string().optional(),
  /** The legal basis the publisher relied on (id in rules/legal-bases), or null when none is stated. */
  legalBasis: /*#__PURE__*/ string().nullable(),
  /** Other bases a court or commentator has said may also cover the data; reported as open questions. */
  alternativeBases: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  optOuts: /*#__PURE__*/ _enum(["honoured", "robots-only", "not-honoured", "unknown", "not-applicable"]),
  optOutNote: /*#__PURE__*/ string().optional(),
  /** Item-level attribution duty (e.g. per-file licenses in code corpora) that a card must address. */
  attributionPerItem: /*#__PURE__*/ boolean().default(false),
  /** Datasets this one was built from (ids in rules/datasets). */
  derivedFrom: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  /** Outputs of other models the dataset contains (ShareGPT: ChatGPT conversations). */
  modelGenerated: /*#__PURE__*/ array(ModelGeneratedSchema).default([]),
  /** Versions the source lists (Common Voice 8.0, 11.0 ...): a versioned Hub id resolves here, its version kept. */
  versions: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  incidents: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  sources,
});

const ModelEntrySchema = /*#__PURE__*/ strictObject({
  id: kebabId,
  /** `imported`: built by a script from a public source (the entry's first source is that link). */
  tier: /*#__PURE__*/ _enum(["curated", "imported"]).default("curated"),
  name: /*#__PURE__*/ string().min(1),
  hubIds: /*#__PURE__*/ array(/*#__PURE__*/ string()).min(1),
  aliases: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  /** License id from rules/licenses. */
  license: /*#__PURE__*/ string(),
  /** Training datasets disclosed by the publisher (ids in rules/datasets). Empty with `dataDisclosed: false` when undisclosed. */
  datasets: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  dataDisclosed: /*#__PURE__*/ _enum(["yes", "partly", "no"]),
  dataNote: /*#__PURE__*/ string().optional(),
  /** Models it was built from (fine-tune, distillation, components). */
  baseModels: /*#__PURE__*/ array(/*#__PURE__*/ strictObject({ id: /*#__PURE__*/ string(), relation: /*#__PURE__*/ _enum(["finetune", "adapter", "merge", "quantized", "component", "distilled"]) }))
    .default([]),
  sources,
});

/** A model provider whose terms reach outputs of its models (OpenAI, Anthropic, Google ...). */
const ProviderSchema = /*#__PURE__*/ strictObject({
  id: kebabId,
  name: /*#__PURE__*/ string().min(1),
  /** Names of the provider's models as annotation sets write them ("OpenAI GPT-4", "Claude 2.1"): matched by prefix. */
  models: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  /** True when the terms forbid using outputs to develop competing models. */
  forbidsCompetingModels: /*#__PURE__*/ boolean(),
  /** The clause, paraphrased, with its section. */
  terms: /*#__PURE__*/ string().min(1),
  /** False when the clause could not be checked against the stored text. */
  verified: /*#__PURE__*/ boolean(),
  sources,
});

// Two ways to a knowledge base. At build time, loadRules() reads rules/ (YAML entries and the
// imported JSON catalogues), validates every entry with zod and checks that cross-references
// resolve; scripts/build-kb.ts writes the result to rules/compiled/knowledge-base.json. At run
// time, loadKnowledgeBase() reads that artefact: one JSON.parse, no YAML, no re-validation.

const DEFAULT_RULES_DIR = __builtin.fileURLToPath(new URL("../../rules", import.meta.url));
/** The compiled artefact, relative to the rules directory. */
const COMPILED_FILE = "compiled/knowledge-base.json";
/** Imported catalogues: `<kind>/imported/<source>.json`, written by scripts/import-*.ts. */
const IMPORTED_DIR = "imported";

/**
 * The knowledge base the CLI and the Action run on. Without `dir`, the compiled artefact beside
 * this module's rules/ (validated when it was built; a test checks it equals a fresh compile).
 * With `dir`, that rules directory read and validated from source (as loadRules).
 */
function loadKnowledgeBase(dir) {
  return dir === undefined ? loadCompiledKnowledgeBase() : loadRules(dir);
}

function yamlEntries(dir, kind, schema, problems) {
  const folder = __builtin$1.join(dir, kind);
  const out = [];
  for (const name of filesIn(folder, ".yaml")) {
    const file = `${kind}/${name}`;
    const parsed = parseYaml(__builtin$2.readFileSync(__builtin$1.join(folder, name), "utf8"));
    if (parsed.problems.length > 0) {
      for (const p of parsed.problems) problems.push({ location: { file, line: p.line, column: p.column }, path: "", message: p.message });
      continue;
    }
    const result = schema.safeParse(parsed.value);
    if (!result.success) {
      problems.push(...zodProblems(result.error, parsed, file));
      continue;
    }
    const entry = result.data ;
    if (name !== `${entry.id}.yaml`) {
      problems.push({ location: { file, ...parsed.locate(["id"]) }, path: "id", message: `file name must be ${entry.id}.yaml` });
    }
    out.push({ ...entry, file });
  }
  return out;
}

/** An imported catalogue: `{ "source": {...}, "entries": [ one entry per line ] }`. */
function importedEntries(dir, kind, schema, problems) {
  const folder = __builtin$1.join(dir, kind, IMPORTED_DIR);
  const out = [];
  for (const name of filesIn(folder, ".json")) {
    const file = `${kind}/${IMPORTED_DIR}/${name}`;
    const text = __builtin$2.readFileSync(__builtin$1.join(folder, name), "utf8");
    let data;
    try {
      data = JSON.parse(text) ;
    } catch (e) {
      problems.push({ location: { file, line: 1, column: 1 }, path: "", message: (e ).message });
      continue;
    }
    if (!Array.isArray(data.entries)) {
      problems.push({ location: { file, line: 1, column: 1 }, path: "entries", message: "expected an `entries` array" });
      continue;
    }
    const firstLine = text.split("\n").findIndex((l) => l.trimStart().startsWith("{") && l.includes('"id"')) + 1;
    data.entries.forEach((raw, i) => {
      const result = schema.safeParse(raw);
      const line = Math.max(1, firstLine) + i;
      if (!result.success) {
        for (const issue of result.error.issues) problems.push({ location: { file, line, column: 1 }, path: `entries[${i}].${issue.path.join(".")}`, message: issue.message });
        return;
      }
      const entry = result.data ;
      if (entry.tier !== "imported") problems.push({ location: { file, line, column: 1 }, path: `entries[${i}].tier`, message: "imported entries carry tier: imported" });
      out.push(Object.assign({}, result.data , { file }) );
    });
  }
  return out;
}

function filesIn(folder, ext) {
  try {
    return __builtin$2.readdirSync(folder).filter((n) => n.endsWith(ext)).sort();
  } catch {
    return [];
  }
}

/** rules/ read from source and validated: entries, then every cross-reference. */
function loadRules(dir = DEFAULT_RULES_DIR) {
  const problems = [];
  const kb = new KnowledgeBase();
  const put = (map, entries) => {
    for (const e of entries) {
      const existing = map.get(e.id);
      if (existing) problems.push({ location: { file: e.file, line: 1, column: 1 }, path: "id", message: `id '${e.id}' is also used by ${existing.file}` });
      else map.set(e.id, e);
    }
  };
  put(kb.licenses, yamlEntries(dir, "licenses", LicenseEntrySchema, problems));
  put(kb.legalBases, yamlEntries(dir, "legal-bases", LegalBasisSchema, problems));
  put(kb.providers, yamlEntries(dir, "providers", ProviderSchema, problems));
  put(kb.datasets, yamlEntries(dir, "datasets", DatasetEntrySchema, problems));
  put(kb.datasets, importedEntries(dir, "datasets", DatasetEntrySchema, problems));
  put(kb.models, yamlEntries(dir, "models", ModelEntrySchema, problems));
  put(kb.models, importedEntries(dir, "models", ModelEntrySchema, problems));
  kb.index();
  checkReferences(kb, problems);
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return kb;
}

function checkReferences(kb, problems) {
  const missing = (file, field, what, ref) =>
    problems.push({ location: { file, line: 1, column: 1 }, path: field, message: `unknown ${what} '${ref}'` });
  for (const d of kb.datasets.values()) {
    if (d.license && !kb.license(d.license)) missing(d.file, "license", "license", d.license);
    for (const l of d.content.itemLicenses) if (!kb.license(l)) missing(d.file, "content.itemLicenses", "license", l);
    for (const b of [d.legalBasis, ...d.alternativeBases]) if (b && !kb.legalBasis(b)) missing(d.file, "legalBasis", "legal basis", b);
    for (const s of d.derivedFrom) if (!kb.datasets.has(s)) missing(d.file, "derivedFrom", "dataset", s);
    for (const g of d.modelGenerated) if (g.provider && !kb.provider(g.provider)) missing(d.file, "modelGenerated", "provider", g.provider);
    if (d.tier === "imported" && d.sources.length === 0) missing(d.file, "sources", "source", d.id);
  }
  for (const m of kb.models.values()) {
    if (!kb.license(m.license)) missing(m.file, "license", "license", m.license);
    for (const s of m.datasets) if (!kb.datasets.has(s)) missing(m.file, "datasets", "dataset", s);
    for (const b of m.baseModels) if (!kb.models.has(b.id)) missing(m.file, "baseModels", "model", b.id);
  }
}

export { COMPILED_FILE, DEFAULT_RULES_DIR, IMPORTED_DIR, KnowledgeBase, KnowledgeBaseError, loadCompiledKnowledgeBase, loadKnowledgeBase, loadRules };
