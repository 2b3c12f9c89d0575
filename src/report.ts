// The one report object every renderer (text, JSON, Markdown, SARIF, badge, BOM) reads. Its JSON
// form is a published contract: the zod schema below is the single definition, the types are
// inferred from it and docs/report.schema.json is generated from it. Bump REPORT_SCHEMA_VERSION on
// any incompatible change.
import { z } from "zod";
import { FindingSchema, LocationSchema, type Finding } from "./domain.js";
import { BadgeSettingsSchema } from "./policy/schema.js";

export const REPORT_SCHEMA_VERSION = "1.0";

const verdict = z.enum(["pass", "warn", "fail"]);
const CountsSchema = z.object({ error: z.number().int(), warning: z.number().int(), note: z.number().int() });
export type Counts = z.infer<typeof CountsSchema>;

export const LicenseIdentificationSchema = z.object({
  file: z.string(),
  id: z.string().nullable(),
  confidence: z.number(),
  matcher: z.string(),
});

const ModelLicenseSchema = z.object({
  /** License id from rules/licenses (Hub id), or null when none could be established. */
  id: z.string().nullable(),
  name: z.string().optional(),
  /** Where the governing license came from. */
  source: z.enum(["metadata", "license-file", "prose", "none"]),
  location: LocationSchema.optional(),
  /** The license file judged to govern the weights, with how it was identified. */
  file: LicenseIdentificationSchema.optional(),
});

const TrainingSourceSchema = z.object({
  /** As written in the card (Hub id, URL or name). */
  ref: z.string(),
  /** rules/datasets id (or policy/dataset-card id) when known. */
  id: z.string().optional(),
  name: z.string().optional(),
  via: z.enum(["metadata", "prose", "base-model", "dataset-card", "policy"]),
  /** The chain for inherited sources, e.g. ["model", "runwayml/stable-diffusion-v1-5", "laion-2b-en"]. */
  chain: z.array(z.string()).optional(),
  location: LocationSchema.optional(),
  license: z.string().nullable().optional(),
  useRestriction: z.string().optional(),
  legalBasis: z.string().nullable().optional(),
});
export type TrainingSource = z.infer<typeof TrainingSourceSchema>;

const BaseModelRefSchema = z.object({
  ref: z.string(),
  /** Where the base's facts come from: a rules/models file or a card in the tree. */
  id: z.string().optional(),
  relation: z.string(),
  location: LocationSchema.optional(),
  license: z.string().optional(),
});
export type BaseModelRef = z.infer<typeof BaseModelRefSchema>;

export const ModelReportSchema = z.object({
  /** Folder of the model relative to the scan root ("." for the root). */
  path: z.string(),
  name: z.string(),
  card: z.object({ file: z.string(), frontMatter: z.boolean() }).optional(),
  license: ModelLicenseSchema,
  trainingSources: z.array(TrainingSourceSchema),
  baseModels: z.array(BaseModelRefSchema),
  findings: z.array(FindingSchema),
  counts: CountsSchema,
  verdict,
});
export type ModelReport = z.infer<typeof ModelReportSchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  policy: z.object({
    file: z.string().optional(),
    source: z.enum(["file", "default"]),
    jurisdictions: z.array(z.string()),
    derivative: z.enum(["yes", "no", "unknown"]),
    failOn: z.enum(["error", "warning", "never"]),
    /** The policy's badge appearance, carried so every badge renderer uses it. */
    badge: BadgeSettingsSchema.optional(),
  }),
  models: z.array(ModelReportSchema),
  /** Findings about the run rather than one model (policy errors, expired waivers). */
  findings: z.array(FindingSchema),
  counts: CountsSchema,
  verdict,
  /** Context that is not a finding on any model (e.g. the unsettled state of US fair use). */
  notes: z.array(z.string()),
});
export type Report = z.infer<typeof ReportSchema>;

/** All findings of a report, run-level first. */
export function allFindings(report: Report): Finding[] {
  return [...report.findings, ...report.models.flatMap((m) => m.findings)];
}

export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportSchema, { io: "output" }) as Record<string, unknown>;
}
