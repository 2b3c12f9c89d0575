import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { B as strictObject, E as string, F as boolean, G as array, H as _enum, I as GRANTS, S as SUPPORT, O as OBLIGATIONS, K as KnowledgeBase, J as KnowledgeBaseError, M as fileURLToPath, g as __builtin, Q as readdirSync, U as parseYaml, V as readFileSync, W as zodProblems } from './words.js';
export { X as aliasKey, Y as compileKnowledgeBase, l as loadKnowledgeBaseFromJson } from './words.js';
import 'node:module';

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

const DatasetEntrySchema = /*#__PURE__*/ strictObject({
  id: kebabId,
  name: /*#__PURE__*/ string().min(1),
  modality: /*#__PURE__*/ _enum(["image-text", "image", "text", "code", "speech", "video", "multimodal"]),
  hubIds: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  aliases: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  urls: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  publisher: /*#__PURE__*/ string().min(1),
  /** The license of the dataset itself (metadata, annotations, packaging): a license id from rules/licenses, or null. */
  license: /*#__PURE__*/ string().nullable(),
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
  incidents: /*#__PURE__*/ array(/*#__PURE__*/ string()).default([]),
  sources,
});

const ModelEntrySchema = /*#__PURE__*/ strictObject({
  id: kebabId,
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

// Loads rules/ into an indexed, read-only knowledge base. Every entry is validated by zod and
// cross-references (dataset → license, model → dataset, ...) must resolve.

const DEFAULT_RULES_DIR = fileURLToPath(new URL("../../rules", import.meta.url));

function loadKind(
  dir,
  kind,
  schema,
  problems,
) {
  const folder = __builtin.join(dir, kind);
  let names;
  try {
    names = readdirSync(folder).filter((n) => n.endsWith(".yaml")).sort();
  } catch {
    return [];
  }
  const out = [];
  for (const name of names) {
    const file = `${kind}/${name}`;
    const parsed = parseYaml(readFileSync(__builtin.join(folder, name), "utf8"));
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

function loadKnowledgeBase(dir = DEFAULT_RULES_DIR) {
  const problems = [];
  const kb = new KnowledgeBase();
  for (const e of loadKind(dir, "licenses", LicenseEntrySchema, problems)) kb.licenses.set(e.id, e);
  for (const e of loadKind(dir, "legal-bases", LegalBasisSchema, problems)) kb.legalBases.set(e.id, e);
  for (const e of loadKind(dir, "datasets", DatasetEntrySchema, problems)) kb.datasets.set(e.id, e);
  for (const e of loadKind(dir, "models", ModelEntrySchema, problems)) kb.models.set(e.id, e);
  kb.index();

  const missing = (file, field, what, ref) =>
    problems.push({ location: { file, line: 1, column: 1 }, path: field, message: `unknown ${what} '${ref}'` });
  for (const d of kb.datasets.values()) {
    if (d.license && !kb.license(d.license)) missing(d.file, "license", "license", d.license);
    for (const l of d.content.itemLicenses) if (!kb.license(l)) missing(d.file, "content.itemLicenses", "license", l);
    for (const b of [d.legalBasis, ...d.alternativeBases]) if (b && !kb.legalBasis(b)) missing(d.file, "legalBasis", "legal basis", b);
    for (const s of d.derivedFrom) if (!kb.datasets.has(s)) missing(d.file, "derivedFrom", "dataset", s);
  }
  for (const m of kb.models.values()) {
    if (!kb.license(m.license)) missing(m.file, "license", "license", m.license);
    for (const s of m.datasets) if (!kb.datasets.has(s)) missing(m.file, "datasets", "dataset", s);
    for (const b of m.baseModels) if (!kb.models.has(b.id)) missing(m.file, "baseModels", "model", b.id);
  }
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return kb;
}

export { DEFAULT_RULES_DIR, KnowledgeBase, KnowledgeBaseError, loadKnowledgeBase };
