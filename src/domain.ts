// The vocabulary every layer shares: rights a license grants, obligations it imposes,
// where a fact came from, and the Finding a check reports.

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

/** A citation for a fact in rules/ (every entry carries at least one). */
export interface Source {
  url: string;
  section?: string | undefined;
  retrieved?: string | undefined;
}

/** A position in a file of the scanned tree; line and column are 1-based. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine?: number | undefined;
}

/** One link in a finding's chain of reasoning: a statement, where it is written, and who says so. */
export interface Evidence {
  /** What the statement is about: the card, a license, a dataset, a legal basis, a model, the policy. */
  about: "card" | "license" | "dataset" | "legal-basis" | "model" | "policy" | "license-file";
  id?: string | undefined;
  statement: string;
  location?: Location | undefined;
  sources?: Source[] | undefined;
}

export interface Finding {
  checkId: string;
  messageId: string;
  severity: ReportedSeverity;
  message: string;
  /** Model folder the finding belongs to ("." for the root); undefined for run-level findings. */
  model?: string | undefined;
  location: Location;
  evidence: Evidence[];
  fix: string;
  /** True when the facts leave the question open (e.g. US fair use); the policy grades these. */
  openQuestion?: boolean | undefined;
  /** Set when a waiver in the policy covers this finding; waived findings do not count toward the verdict. */
  waived?: { reason: string; expires?: string | undefined } | undefined;
}
