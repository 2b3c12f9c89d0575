// The one report object every renderer (text, JSON, Markdown, SARIF, badge, BOM) reads.
// Its JSON form is versioned: bump REPORT_SCHEMA_VERSION on any incompatible change.
import type { Finding, Location, ReportedSeverity, Severity, Verdict } from "./domain.js";

export const REPORT_SCHEMA_VERSION = "1.0";

export type Counts = Record<ReportedSeverity, number>;

export interface LicenseIdentification {
  file: string;
  id: string | null;
  confidence: number;
  matcher: string;
}

export interface ModelLicense {
  /** License id from rules/licenses (Hub id), or null when none could be established. */
  id: string | null;
  name?: string | undefined;
  /** Where the governing license came from. */
  source: "metadata" | "license-file" | "prose" | "none";
  location?: Location | undefined;
  /** The license file judged to govern the weights, with how it was identified. */
  file?: LicenseIdentification | undefined;
}

export interface TrainingSource {
  /** As written in the card (Hub id, URL or name). */
  ref: string;
  /** rules/datasets id when known. */
  id?: string | undefined;
  name?: string | undefined;
  /** How the source was learned: card metadata, card prose, a base model, a dataset card, the policy. */
  via: "metadata" | "prose" | "base-model" | "dataset-card" | "policy";
  /** The chain for inherited sources, e.g. ["model", "runwayml/stable-diffusion-v1-5", "laion-2b-en"]. */
  chain?: string[] | undefined;
  location?: Location | undefined;
  license?: string | null | undefined;
  useRestriction?: string | undefined;
  legalBasis?: string | null | undefined;
}

export interface BaseModelRef {
  ref: string;
  id?: string | undefined;
  relation: string;
  location?: Location | undefined;
  license?: string | undefined;
}

export interface ModelReport {
  /** Folder of the model relative to the scan root ("." for the root). */
  path: string;
  name: string;
  card?: { file: string; frontMatter: boolean } | undefined;
  license: ModelLicense;
  trainingSources: TrainingSource[];
  baseModels: BaseModelRef[];
  findings: Finding[];
  counts: Counts;
  verdict: Verdict;
}

export interface PolicySummary {
  file?: string | undefined;
  source: "file" | "default";
  jurisdictions: string[];
  derivative: "yes" | "no" | "unknown";
  failOn: Severity | "never";
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  policy: PolicySummary;
  models: ModelReport[];
  /** Findings about the run rather than one model (policy errors, expired waivers). */
  findings: Finding[];
  counts: Counts;
  verdict: Verdict;
  /** Context for readers that is not a finding on any model (e.g. the unsettled state of US fair use). */
  notes: string[];
}

/** All findings of a report, run-level first. */
export function allFindings(report: Report): Finding[] {
  return [...report.findings, ...report.models.flatMap((m) => m.findings)];
}
