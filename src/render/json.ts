// The JSON report: the Report object itself, whose shape is versioned by schemaVersion and
// documented in docs/report.schema.json.
import type { Report } from "../report.js";

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + "\n";
}
