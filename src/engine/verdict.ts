// The one place a verdict and an exit status are decided.
import type { Finding, ReportedSeverity, Verdict } from "../domain.js";
import type { Counts } from "../report.js";

export function count(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) if (!f.waived) counts[f.severity]++;
  return counts;
}

export function verdictOf(counts: Counts): Verdict {
  if (counts.error > 0) return "fail";
  if (counts.warning > 0) return "warn";
  return "pass";
}

const RANK: Record<ReportedSeverity, number> = { error: 3, warning: 2, note: 1 };

/** True when the findings reach the `fail_on` threshold (`never` never fails). */
export function failsAt(counts: Counts, failOn: "error" | "warning" | "never"): boolean {
  if (failOn === "never") return false;
  return (Object.keys(counts) as ReportedSeverity[]).some((s) => counts[s] > 0 && RANK[s] >= RANK[failOn]);
}
