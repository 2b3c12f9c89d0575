// zod schemas for the rules/ knowledge base. An entry that does not cite a source fails to load.
import { z } from "zod";
import { GRANTS, OBLIGATIONS, SUPPORT } from "../domain.js";

const kebabId = z.string().regex(/^[a-z0-9][a-z0-9.+_-]*$/, "lower-case id: letters, digits, . + _ -");

export const SourceSchema = z.strictObject({
  url: z.string().url(),
  section: z.string().optional(),
  retrieved: z.string().optional(),
});

const sources = z.array(SourceSchema).min(1, "every entry cites at least one source");

/** One value per Right, every Right required, so a new Right cannot be forgotten in an entry. */
function perRight<T extends z.ZodType>(value: T) {
  return z.strictObject({
    "commercial-use": value,
    redistribution: value,
    derivatives: value,
    sublicensing: value,
    "research-use": value,
  });
}
const grantMap = perRight(z.enum(GRANTS));
const supportMap = perRight(z.enum(SUPPORT));

export const ObligationSchema = z.strictObject({
  type: z.enum(OBLIGATIONS),
  /** What exactly the text requires, with its section number. */
  detail: z.string().min(1),
});

export const LicenseEntrySchema = z.strictObject({
  /** The Hugging Face Hub license id (lower-case), or our own kebab id for licenses the Hub lacks. */
  id: kebabId,
  name: z.string().min(1),
  /** SPDX id where the SPDX list has one; null for RAIL, Llama, Gemma and other model licenses. */
  spdx: z.string().nullable(),
  /** ScanCode LicenseRef- key, used where SPDX has none. */
  scancode: z.string().regex(/^LicenseRef-scancode-/).optional(),
  /** True when the Hub accepts this id in `license:`. */
  hub: z.boolean(),
  /** A family id (e.g. `cc`, `gpl`, `openrail`) names no single text; checks treat its grants as unknown. */
  family: z.boolean().default(false),
  /** What the text was written for. */
  kind: z.enum(["model", "software", "content", "data", "public-domain", "family", "placeholder"]),
  version: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  grants: grantMap,
  obligations: z.array(ObligationSchema).default([]),
  /** True when the license text expressly says the training data is not licensed under it (RAIL). */
  excludesTrainingData: z.boolean().default(false),
  /** True when the license expressly leaves models trained on the data unrestricted (CDLA). */
  resultsUnrestricted: z.boolean().default(false),
  notes: z.string().optional(),
  sources,
});

export const LegalBasisSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  /** ISO-style jurisdiction code (EU, DE, UK, JP, SG, US) or `*` for bases that hold everywhere. */
  jurisdiction: z.string().min(1),
  /** What a model trained on data used under this basis may be licensed for. */
  supports: supportMap,
  /** `settled`: statute or final ruling; `unsettled`: courts disagree or have not ruled. */
  certainty: z.enum(["settled", "unsettled"]),
  conditions: z.array(z.string()).default([]),
  summary: z.string().min(1),
  notes: z.string().optional(),
  sources,
});

/** Who made the outputs a dataset contains (GPT-4, Claude ...): the provider's terms reach them. */
export const ModelGeneratedSchema = z.strictObject({
  /** The generating model as the source names it ("OpenAI GPT-4"). */
  model: z.string().min(1),
  /** Id in rules/providers, or null when the source names no provider rules/ knows. */
  provider: z.string().nullable(),
});

export const DatasetEntrySchema = z.strictObject({
  id: kebabId,
  /**
   * `curated`: facts checked by hand (legal basis, opt-outs, incidents); `imported`: built by
   * scripts/import-datasets.ts from a public annotation set. Curated entries win.
   */
  tier: z.enum(["curated", "imported"]).default("curated"),
  name: z.string().min(1),
  modality: z.enum(["image-text", "image", "text", "code", "speech", "video", "multimodal"]),
  hubIds: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
  urls: z.array(z.string()).default([]),
  publisher: z.string().min(1),
  /** The license of the dataset itself (metadata, annotations, packaging): a license id from rules/licenses, or null. */
  license: z.string().nullable(),
  /**
   * What `license` covers. `dataset`: the dataset as a whole, i.e. its terms of use (CC BY-NC 4.0 on
   * Alpaca rules out commercial use); `metadata`: only the packaging (LAION's URLs and alt text);
   * `items`: each item's own license (a code corpus), bound only through the derivative stance.
   */
  licenseScope: z.enum(["dataset", "metadata", "items"]).default("dataset"),
  licenseNote: z.string().optional(),
  content: z.strictObject({
    /** Rights status of the underlying works. */
    status: z.enum(["copyrighted", "public-domain", "open-licensed", "licensed", "opt-in", "synthetic", "mixed", "unlawful"]),
    /** Licenses attached to individual items, which bind a model only if a model is a derivative of its data. */
    itemLicenses: z.array(z.string()).default([]),
    note: z.string().min(1),
  }),
  /** Contractual or declared limits on use: research-only and non-commercial bind; `recommended-research` is advice. */
  useRestriction: z.enum(["none", "research-only", "non-commercial", "recommended-research", "unknown"]),
  useRestrictionNote: z.string().optional(),
  /** The legal basis the publisher relied on (id in rules/legal-bases), or null when none is stated. */
  legalBasis: z.string().nullable(),
  /** Other bases a court or commentator has said may also cover the data; reported as open questions. */
  alternativeBases: z.array(z.string()).default([]),
  optOuts: z.enum(["honoured", "robots-only", "not-honoured", "unknown", "not-applicable"]),
  optOutNote: z.string().optional(),
  /** Item-level attribution duty (e.g. per-file licenses in code corpora) that a card must address. */
  attributionPerItem: z.boolean().default(false),
  /** Datasets this one was built from (ids in rules/datasets). */
  derivedFrom: z.array(z.string()).default([]),
  /** Outputs of other models the dataset contains (ShareGPT: ChatGPT conversations). */
  modelGenerated: z.array(ModelGeneratedSchema).default([]),
  /** Versions the source lists (Common Voice 8.0, 11.0 ...): a versioned Hub id resolves here, its version kept. */
  versions: z.array(z.string()).default([]),
  incidents: z.array(z.string()).default([]),
  sources,
});

export const ModelEntrySchema = z.strictObject({
  id: kebabId,
  /** `imported`: built by a script from a public source (the entry's first source is that link). */
  tier: z.enum(["curated", "imported"]).default("curated"),
  name: z.string().min(1),
  hubIds: z.array(z.string()).min(1),
  aliases: z.array(z.string()).default([]),
  /** License id from rules/licenses. */
  license: z.string(),
  /** Training datasets disclosed by the publisher (ids in rules/datasets). Empty with `dataDisclosed: false` when undisclosed. */
  datasets: z.array(z.string()).default([]),
  dataDisclosed: z.enum(["yes", "partly", "no"]),
  dataNote: z.string().optional(),
  /** Models it was built from (fine-tune, distillation, components). */
  baseModels: z
    .array(z.strictObject({ id: z.string(), relation: z.enum(["finetune", "adapter", "merge", "quantized", "component", "distilled"]) }))
    .default([]),
  sources,
});

/** A model provider whose terms reach outputs of its models (OpenAI, Anthropic, Google ...). */
export const ProviderSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  /** Names of the provider's models as annotation sets write them ("OpenAI GPT-4", "Claude 2.1"): matched by prefix. */
  models: z.array(z.string()).default([]),
  /** True when the terms forbid using outputs to develop competing models. */
  forbidsCompetingModels: z.boolean(),
  /** The clause, paraphrased, with its section. */
  terms: z.string().min(1),
  /** False when the clause could not be checked against the stored text. */
  verified: z.boolean(),
  sources,
});

export type LicenseEntry = z.infer<typeof LicenseEntrySchema>;
export type LegalBasisEntry = z.infer<typeof LegalBasisSchema>;
export type DatasetEntry = z.infer<typeof DatasetEntrySchema>;
export type ModelEntry = z.infer<typeof ModelEntrySchema>;
export type ProviderEntry = z.infer<typeof ProviderSchema>;

export const KB_KINDS = {
  licenses: LicenseEntrySchema,
  "legal-bases": LegalBasisSchema,
  datasets: DatasetEntrySchema,
  models: ModelEntrySchema,
  providers: ProviderSchema,
} as const;
export type KbKind = keyof typeof KB_KINDS;
