// The one report object every renderer (text, JSON, Markdown, SARIF, badge, BOM) reads, and its
// JSON form, a published contract. The zod schemas below are the single definition: the types are
// inferred from them and schema/report.schema.json is generated from ReportJsonSchema. Bump
// REPORT_SCHEMA_VERSION on any incompatible change.
//
// In memory every evidence carries its citations (Source objects, shared with rules/). In JSON
// (2.0) each distinct citation is written once, in the report's `sources`, and an evidence's
// `sources` are indices into it: a few dozen citations stand behind tens of thousands of findings.
import { z } from "zod";
import { EvidenceSchema, FindingSchema, LocationSchema, SourceSchema, type Evidence, type Finding, type Source } from "./domain.js";
import { BadgeSettingsSchema } from "./policy/schema.js";

export const REPORT_SCHEMA_VERSION = "2.0";

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
  /** In-tree cards (dataset cards, local bases' cards) whose facts the verdict relies on. */
  reliedOn: z.array(z.string()).optional(),
  findings: z.array(FindingSchema),
  counts: CountsSchema,
  verdict,
});
export type ModelReport = z.infer<typeof ModelReportSchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  /** A shard's report (check --shard K/N): job `index` of `count`, holding only its share of the models. */
  shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }).optional(),
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
  /** Paths the run did not read, or read and found not to be model cards, with why. */
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })).optional(),
});
export type Report = z.infer<typeof ReportSchema>;
/** The report's parts known before any model is judged. */
export type ReportHead = Pick<Report, "schemaVersion" | "tool" | "shard" | "policy" | "findings" | "skipped">;
/** The report's parts known once every model is judged. */
export type ReportTail = Pick<Report, "counts" | "verdict" | "notes">;

const EvidenceJsonSchema = EvidenceSchema.extend({
  /** Indices into the report's `sources`. */
  sources: z.array(z.number().int().min(0)).optional(),
});
const FindingJsonSchema = FindingSchema.extend({ evidence: z.array(EvidenceJsonSchema) });

/** The report as `--format json` writes it: citations stored once in `sources`, referenced by index. */
export const ReportJsonSchema = ReportSchema.extend({
  findings: z.array(FindingJsonSchema),
  models: z.array(ModelReportSchema.extend({ findings: z.array(FindingJsonSchema) })),
  /** Every citation the findings' evidence refers to, each once; evidence `sources` are indices into it. */
  sources: z.array(SourceSchema),
});
export type ReportJson = z.infer<typeof ReportJsonSchema>;
type FindingJson = z.infer<typeof FindingJsonSchema>;

/** Interns citations while a report is written: the same citation always gets the same index. */
export class SourceTable {
  readonly sources: Source[] = [];
  private readonly index = new Map<string, number>();
  /** Citations are mostly the knowledge base's own objects, cited by thousands of findings: found without a key. */
  private readonly byObject = new WeakMap<Source, number>();

  finding(f: Finding): FindingJson {
    return { ...f, evidence: f.evidence.map((e) => (e.sources ? { ...e, sources: e.sources.map((s) => this.ref(s)) } : (e as Omit<Evidence, "sources">))) };
  }

  private ref(s: Source): number {
    const known = this.byObject.get(s);
    if (known !== undefined) return known;
    const key = `${s.url}\u0000${s.section ?? ""}\u0000${s.retrieved ?? ""}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.sources.push(s) - 1;
      this.index.set(key, i);
    }
    this.byObject.set(s, i);
    return i;
  }
}

export class ReportFormatError extends Error {}

/**
 * A JSON report (as written by `--format json`, e.g. a shard's) back into a Report, its citations
 * restored on every evidence. Throws ReportFormatError naming what is wrong.
 */
export function readReport(text: string, what = "report"): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ReportFormatError(`${what} is not JSON: ${(e as Error).message}`);
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== REPORT_SCHEMA_VERSION) throw new ReportFormatError(`${what} has schemaVersion ${JSON.stringify(version)}; this version reads ${REPORT_SCHEMA_VERSION}`);
  const parsed = ReportJsonSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ReportFormatError(`${what} does not match the report schema at ${issue.path.join(".") || "(top)"}: ${issue.message}`);
  }
  const { sources, ...report } = parsed.data;
  const expand = (f: FindingJson): Finding => ({
    ...f,
    evidence: f.evidence.map((e) => {
      if (!e.sources) return e as Evidence;
      const cited = e.sources.map((i) => sources[i]);
      if (cited.some((s) => s === undefined)) throw new ReportFormatError(`${what}: a finding cites source ${e.sources.find((i) => !sources[i])}, which its sources list lacks`);
      return { ...e, sources: cited as Source[] };
    }),
  });
  return { ...report, findings: report.findings.map(expand), models: report.models.map((m) => ({ ...m, findings: m.findings.map(expand) })) };
}

/** All findings of a report, run-level first. */
export function allFindings(report: Report): Finding[] {
  return [...report.findings, ...report.models.flatMap((m) => m.findings)];
}

export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ReportJsonSchema, { io: "output" }) as Record<string, unknown>;
}
