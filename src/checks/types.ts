// The shape of a check: metadata beside its logic (as ESLint rules have), and a pure run().
import type { Evidence, Location, ReportedSeverity, Severity } from "../domain.js";
import type { KnowledgeBase } from "../kb/load.js";
import type { ResolvedModel } from "../facts/resolve.js";
import type { Scope } from "../facts/sources.js";
import type { ValidationProblem } from "../readers/validate.js";
import type { Policy } from "../policy/schema.js";
import { releasedFile } from "../version.js";

/** The checks' documentation as released with this version (derived from package.json's repository). */
export const DOCS_BASE = releasedFile("docs/checks.md");

export interface CheckMeta {
  /** Stable kebab-case id used in policies, waivers, SARIF rules and JSON. */
  id: string;
  description: string;
  defaultSeverity: ReportedSeverity;
  /** Which facts the check reads; model checks run once per model, run checks once per run. */
  scope: "model" | "run";
  /** Longer rationale for docs and SARIF help. */
  docs: string;
  /** messageId → template with {placeholders}. */
  messages: Record<string, string>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number> | undefined;
  location: Location;
  evidence: Evidence[];
  fix: string;
  /** The finding in one sentence and the fix in a few words, for one-line output (see Finding). */
  summary?: string | undefined;
  hint?: string | undefined;
  openQuestion?: boolean | undefined;
  /** Overrides the check's severity for this report (e.g. an open question graded by policy). */
  severity?: Severity | undefined;
}

export interface CheckContext {
  kb: KnowledgeBase;
  policy: Policy;
  /** Jurisdictions in force and the rest of what decides what a source supports. */
  scope: Scope;
  model: ResolvedModel;
  report(r: Report): void;
}

export interface RunContext {
  kb: KnowledgeBase;
  policy: Policy;
  policyFile: string;
  policyProblems: ValidationProblem[];
  /** Position of a key in the policy file (line 1 for the defaults). */
  locatePolicy(path: (string | number)[]): Location;
  /** Today's date (YYYY-MM-DD), injected so expiry is testable. */
  today: string;
  report(r: Report): void;
}

export interface ModelCheck {
  meta: CheckMeta & { scope: "model" };
  run(ctx: CheckContext): void;
}
export interface RunCheck {
  meta: CheckMeta & { scope: "run" };
  run(ctx: RunContext): void;
}
export type Check = ModelCheck | RunCheck;

export function isRunCheck(c: Check): c is RunCheck {
  return c.meta.scope === "run";
}

export function docsUrl(id: string): string {
  return `${DOCS_BASE}#${id}`;
}

/** Fills {placeholders}; a missing one is a programming error, caught by the check tests. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    if (!(key in data)) throw new Error(`message placeholder {${key}} has no value`);
    return String(data[key]);
  });
}
