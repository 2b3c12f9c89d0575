// The vocabulary every layer shares: rights a license grants, obligations it imposes,
// where a fact came from, and the Finding a check reports.
import { z } from "zod";

/** Rights a license can grant to whoever receives the weights. */
export const RIGHTS = ["commercial-use", "redistribution", "derivatives", "sublicensing", "research-use"] as const;
export type Right = (typeof RIGHTS)[number];

/** How a license answers one Right. `conditional` = granted with a cap or condition (e.g. Llama's MAU test). */
export const GRANTS = ["yes", "conditional", "no", "unstated"] as const;
export type Grant = (typeof GRANTS)[number];

/** What a training source allows a model trained on it to be licensed for. */
export const SUPPORT = ["yes", "no", "open"] as const;
export type Support = (typeof SUPPORT)[number];

/** Obligations a license imposes on whoever redistributes the weights or builds on them. */
export const OBLIGATIONS = [
  "attribution",
  "include-license",
  "state-changes",
  "share-alike",
  "non-commercial",
  "research-only",
  "no-derivatives",
  "use-restrictions-flowdown",
  "acceptable-use-policy",
  "naming",
  "notice-file",
  "user-threshold",
  "no-improve-other-models",
  "outputs-restricted",
  "geo-restriction",
  "remote-restriction",
  "revocable",
  "disclose-source",
] as const;
export type Obligation = (typeof OBLIGATIONS)[number];

export const SEVERITIES = ["error", "warning", "note", "off"] as const;
export type Severity = (typeof SEVERITIES)[number];
export type ReportedSeverity = Exclude<Severity, "off">;

export type Verdict = "pass" | "warn" | "fail";

// The shapes below are zod schemas because they are part of the published JSON report
// (docs/report.schema.json is generated from them); the types are inferred, never written twice.

/** A citation for a fact in rules/ (every entry carries at least one). */
export const SourceSchema = z.object({
  url: z.string(),
  section: z.string().optional(),
  retrieved: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** A position in a file of the scanned tree; line and column are 1-based. */
export const LocationSchema = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1).optional(),
});
export type Location = z.infer<typeof LocationSchema>;

/** One link in a finding's chain of reasoning: a statement, where it is written, and who says so. */
export const EvidenceSchema = z.object({
  /** What the statement is about. */
  about: z.enum(["card", "license", "dataset", "legal-basis", "model", "policy", "license-file", "provider"]),
  id: z.string().optional(),
  statement: z.string(),
  location: LocationSchema.optional(),
  sources: z.array(SourceSchema).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const FindingSchema = z.object({
  checkId: z.string(),
  messageId: z.string(),
  severity: z.enum(["error", "warning", "note"]),
  message: z.string(),
  /** Model folder the finding belongs to ("." for the root); absent for run-level findings. */
  model: z.string().optional(),
  location: LocationSchema,
  evidence: z.array(EvidenceSchema),
  fix: z.string(),
  /** The message in one sentence, without the evidence: for one-line output (text report, tables). */
  summary: z.string().optional(),
  /** The fix in a few words ("relicense as cc-by-nc-4.0"), for one-line output. */
  hint: z.string().optional(),
  /** True when the facts leave the question open (e.g. US fair use); the policy grades these. */
  openQuestion: z.boolean().optional(),
  /** Set when a waiver in the policy covers this finding; waived findings do not count toward the verdict. */
  waived: z.object({ reason: z.string(), expires: z.string().optional() }).optional(),
  /**
   * The same finding at other places too (one dataset named on many lines): those places, up to the
   * policy's `limits.places_per_finding`, and how many more were not listed. Absent for one place.
   */
  alsoAt: z.object({ locations: z.array(LocationSchema), unlisted: z.number().int().min(0) }).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
