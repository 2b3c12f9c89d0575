// Markdown for PR comments and job summaries. Pure: links are built from a base URL the caller gives.
import type { Evidence, Finding, Location } from "../domain.js";
import type { Report } from "../report.js";

export interface MarkdownOptions {
  /** e.g. https://github.com/o/r/blob/<sha>; file links point at lines when given. */
  blobUrl?: string | undefined;
  /** Character budget (GitHub comments allow 65,536). */
  maxLength?: number | undefined;
}

const ICON = { pass: "✅", warn: "⚠️", fail: "❌" } as const;

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const link = (l: Location) => {
    const text = `${l.file}:${l.line}`;
    return opts.blobUrl ? `[\`${text}\`](${opts.blobUrl}/${encodeURI(l.file)}#L${l.line})` : `\`${text}\``;
  };
  const ev = (e: Evidence) => {
    const cite = e.sources?.map((s) => `[source](${s.url})`).join(" ") ?? "";
    return `  - **${e.about}${e.id ? ` \`${e.id}\`` : ""}**: ${escape(e.statement)}${e.location ? ` (${link(e.location)})` : ""} ${cite}`.trimEnd();
  };
  const entry = (f: Finding) =>
    [
      `- ${f.severity === "error" ? "🔴" : f.severity === "warning" ? "🟡" : "⚪"} **${f.checkId}** at ${link(f.location)}${f.waived ? ` _(waived: ${escape(f.waived.reason)})_` : ""}`,
      `  ${escape(f.message)}${f.openQuestion ? " _(open question)_" : ""}`,
      ...(f.evidence.length > 0 ? ["  <details><summary>Why</summary>", "", ...f.evidence.map(ev), "", "  </details>"] : []),
      `  **Fix:** ${escape(f.fix)}`,
    ].join("\n");

  const c = report.counts;
  const head = [
    `### ${ICON[report.verdict]} Model provenance: ${report.verdict.toUpperCase()}`,
    "",
    `${report.models.length} model(s) checked: **${c.error}** error(s), **${c.warning}** warning(s).`,
    "",
    "| Model | License | Training data | Verdict |",
    "|---|---|---|---|",
    ...report.models.map(
      (m) =>
        `| \`${m.path}\` ${escape(m.name)} | ${m.license.id ?? "none"} | ${escape(m.trainingSources.map((s) => s.id ?? s.ref).join(", ") || "undisclosed")} | ${ICON[m.verdict]} ${m.verdict} |`,
    ),
    "",
  ];
  const body = [...report.findings, ...report.models.flatMap((m) => m.findings)].map(entry);
  const notes = report.notes.map((n) => `> ${escape(n)}`);
  return fit([...head, ...body.flatMap((b) => [b, ""]), ...notes].join("\n"), body.length, opts.maxLength);
}

/** Cuts whole lines to the budget and says how much was left out, never silently. */
function fit(text: string, findings: number, max?: number): string {
  if (!max || text.length <= max) return text;
  const note = `\n\n_Truncated: the report was longer than ${max} characters (${findings} finding(s) in all). See the job summary or the JSON report for the rest._`;
  const cut = text.lastIndexOf("\n- ", max - note.length);
  return text.slice(0, cut > 0 ? cut : max - note.length) + note;
}

function escape(s: string): string {
  return s.replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"));
}
