// The shape of a check: metadata beside its logic (as ESLint rules have), and a pure run().
import type { Evidence, Location, ReportedSeverity, Severity } from "../domain.js";
import type { KnowledgeBase } from "../kb/load.js";
import type { ModelFacts } from "../facts/types.js";
import type { Policy } from "../policy/schema.js";

export const DOCS_BASE = "https://github.com/model-provenance/model-provenance-check/blob/main/docs/checks.md";

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
  openQuestion?: boolean | undefined;
  /** Overrides the check's severity for this report (e.g. an open question graded by policy). */
  severity?: Severity | undefined;
}

export interface CheckContext {
  kb: KnowledgeBase;
  policy: Policy;
  /** The model under check (scope "model" only). */
  model: ModelFacts;
  report(r: Report): void;
}

export interface RunContext {
  kb: KnowledgeBase;
  policy: Policy;
  models: ModelFacts[];
  report(r: Report): void;
}

export type Check =
  | { meta: CheckMeta & { scope: "model" }; run(ctx: CheckContext): void }
  | { meta: CheckMeta & { scope: "run" }; run(ctx: RunContext): void };

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
