// GitLab Code Quality (a subset of the Code Climate issue format): one issue per finding, for the
// merge request widget. GitLab reads description, check_name, fingerprint, severity and
// location.path + location.lines.begin; waived findings are left out (they are accepted risks).
import { allFindings, type Report } from "../report.js";
import type { Location, ReportedSeverity } from "../domain.js";
import { fingerprintAll } from "./sarif.js";
import { plain } from "./escape/plain.js";
import { hintOf, otherPlaces, plural, summaryOf } from "./words.js";

const SEVERITY: Record<ReportedSeverity, "major" | "minor" | "info"> = { error: "major", warning: "minor", note: "info" };

export interface CodeClimateIssue {
  type: "issue";
  check_name: string;
  description: string;
  categories: string[];
  severity: "major" | "minor" | "info";
  fingerprint: string;
  location: CodeClimateLocation;
  /** The other places of a finding that occurs at several (the Code Climate spec's other_locations). */
  other_locations?: CodeClimateLocation[];
}

interface CodeClimateLocation {
  path: string;
  lines: { begin: number };
}

export function toCodeClimate(report: Report): CodeClimateIssue[] {
  const findings = allFindings(report).filter((f) => !f.waived);
  const fingerprints = fingerprintAll(findings);
  const at = (l: Location): CodeClimateLocation => ({ path: l.file, lines: { begin: l.line } });
  return findings.map((f, i) => ({
    type: "issue",
    check_name: f.checkId,
    description: plain(`${summaryOf(f)}${otherPlaces(f) > 0 ? ` (and ${plural(otherPlaces(f), "more place")})` : ""} Fix: ${hintOf(f)}.`),
    categories: ["Compatibility"],
    severity: SEVERITY[f.severity],
    fingerprint: fingerprints[i]!,
    location: at(f.location),
    ...(f.alsoAt && f.alsoAt.locations.length > 0 ? { other_locations: f.alsoAt.locations.map(at) } : {}),
  }));
}

export function renderCodeClimate(report: Report): string {
  return JSON.stringify(toCodeClimate(report), null, 2) + "\n";
}
