// Plain-text report for terminals; colour only when asked (the CLI asks on a TTY).
import type { Evidence, Finding, Location, Verdict } from "../domain.js";
import type { ModelReport, Report } from "../report.js";

export interface TextOptions {
  color?: boolean;
}

const CODES = { red: 31, yellow: 33, green: 32, grey: 90, bold: 1, cyan: 36 } as const;

export function where(l: Location): string {
  return `${l.file}:${l.line}:${l.column}`;
}

export function evidenceLine(e: Evidence): string {
  const at = e.location ? ` [${where(e.location)}]` : "";
  // The first source is the primary one; the JSON report carries them all.
  const first = e.sources?.[0];
  const cite = first ? ` <${first.url}>` : "";
  return `${e.about}${e.id ? ` ${e.id}` : ""}: ${e.statement}${at}${cite}`;
}

export function renderText(report: Report, opts: TextOptions = {}): string {
  const paint = (code: keyof typeof CODES, s: string) => (opts.color ? `\x1b[${CODES[code]}m${s}\x1b[0m` : s);
  const verdict = (v: Verdict) => paint(v === "fail" ? "red" : v === "warn" ? "yellow" : "green", v.toUpperCase());
  const out: string[] = [];
  const finding = (f: Finding) => {
    const sev = paint(f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "grey", f.severity);
    out.push(`  ${sev} ${paint("bold", f.checkId)}  ${where(f.location)}${f.waived ? paint("grey", `  (waived: ${f.waived.reason})`) : ""}`);
    out.push(`    ${f.message}${f.openQuestion ? paint("grey", " [open question]") : ""}`);
    if (f.evidence.length > 0) {
      out.push(`    why:`);
      for (const e of f.evidence) out.push(`      - ${evidenceLine(e)}`);
    }
    // A multi-line fix (suggested front matter) stays inside the finding's indentation.
    out.push(`    fix: ${f.fix.replace(/\n/g, "\n         ")}`);
  };
  for (const f of report.findings) finding(f);
  if (report.findings.length > 0) out.push("");
  for (const m of report.models) {
    out.push(`${paint("bold", m.path)}  ${m.name}  ${verdict(m.verdict)}`);
    out.push(`  ${paint("grey", summaryLine(m))}`);
    for (const f of m.findings) finding(f);
    out.push("");
  }
  for (const n of report.notes) out.push(paint("grey", `note: ${n}`));
  const c = report.counts;
  out.push(
    `${verdict(report.verdict)}: ${report.models.length} model(s) checked, ${c.error} error(s), ${c.warning} warning(s)` +
      ` (policy: ${report.policy.file ?? "defaults"}; jurisdictions ${report.policy.jurisdictions.join(", ")}; derivative: ${report.policy.derivative})`,
  );
  return out.join("\n") + "\n";
}

function summaryLine(m: ModelReport): string {
  const lic = m.license.id ? `${m.license.id} (from ${m.license.source})` : "none";
  const data = m.trainingSources.length > 0 ? m.trainingSources.map((s) => s.id ?? s.ref).join(", ") : "undisclosed";
  const bases = m.baseModels.length > 0 ? `; base: ${m.baseModels.map((b) => b.ref).join(", ")}` : "";
  return `license: ${lic}; training data: ${data}${bases}`;
}
