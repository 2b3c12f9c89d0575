// GitLab Code Quality (a subset of the Code Climate issue format): one issue per finding, for the
// merge request widget. GitLab reads description, check_name, fingerprint, severity and
// location.path + location.lines.begin; waived findings are left out (they are accepted risks).
import { allFindings, type Report } from "../report.js";
import type { ReportedSeverity } from "../domain.js";
import { fingerprintAll } from "./sarif.js";
import { plain } from "./escape/plain.js";
import { hintOf, summaryOf } from "./words.js";

const SEVERITY: Record<ReportedSeverity, "major" | "minor" | "info"> = { error: "major", warning: "minor", note: "info" };

export interface CodeClimateIssue {
  type: "issue";
  check_name: string;
  description: string;
  categories: string[];
  severity: "major" | "minor" | "info";
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

export function toCodeClimate(report: Report): CodeClimateIssue[] {
  const findings = allFindings(report).filter((f) => !f.waived);
  const fingerprints = fingerprintAll(findings);
  return findings.map((f, i) => ({
    type: "issue",
    check_name: f.checkId,
    description: plain(`${summaryOf(f)} Fix: ${hintOf(f)}.`),
    categories: ["Compatibility"],
    severity: SEVERITY[f.severity],
    fingerprint: fingerprints[i]!,
    location: { path: f.location.file, lines: { begin: f.location.line } },
  }));
}

export function renderCodeClimate(report: Report): string {
  return JSON.stringify(toCodeClimate(report), null, 2) + "\n";
}
