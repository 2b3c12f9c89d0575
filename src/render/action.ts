// Markdown the Action posts: the sticky PR comment, its resolved form, and the job summary.
// Pure: everything the text needs (links, scope, policy notes) is passed in.
import { allFindings, type Report } from "../report.js";
import { renderMarkdown } from "./markdown.js";

export interface RunInfo {
  /** e.g. https://github.com/o/r/blob/<sha> */
  blobUrl?: string | undefined;
  /** Link to this workflow run, for the full report. */
  runUrl?: string | undefined;
  /** Why these models were checked (e.g. "2 model(s) changed in this pull request"). */
  scope?: string | undefined;
  /** Notes about the policy in force (taken from the base branch; changed by the PR). */
  policyNotes: string[];
}

/** Workflow annotations the runner did not show, and where they are instead. */
export interface CappedAnnotations {
  /** Findings past the runner's cap of 10 annotations per level and step. */
  hidden: number;
  /** The check run that holds every annotation, when it could be published. */
  checkRun?: { name: string; url?: string | undefined } | undefined;
}

/** GitHub refuses comments over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** The job summary may be up to 1 MiB; keep well under it. */
export const SUMMARY_LIMIT = 1_000_000;

function preamble(info: RunInfo): string[] {
  // A blank `>` line between notes keeps them separate paragraphs of one quote.
  const notes = info.policyNotes.flatMap((n, i) => (i === 0 ? [`> ${n}`] : [">", `> ${n}`]));
  const lines = [...(info.scope ? [`_Scope: ${info.scope}._`, ""] : []), ...notes];
  return lines.length > 0 ? [...lines, ""] : [];
}

function footer(info: RunInfo): string[] {
  return info.runUrl ? ["", `<sub>Full report: [job summary](${info.runUrl}).</sub>`] : [];
}

/** The comment: `marker` first (hidden), then the report cut to fit with an explicit note. */
export function commentBody(report: Report, info: RunInfo, marker: string): string {
  const head = [marker, ...preamble(info)].join("\n");
  const tail = footer(info).join("\n");
  // Leave room for head, tail and the newlines between them; UTF-16 length ≥ characters, so this is safe.
  const budget = COMMENT_LIMIT - head.length - tail.length - 4;
  return [head, renderMarkdown(report, { blobUrl: info.blobUrl, maxLength: budget }), tail].join("\n").trimEnd() + "\n";
}

/** What the comment becomes once a later push has no findings left. */
export function resolvedBody(marker: string, sha: string, info: RunInfo): string {
  return [
    marker,
    "### ✅ Model provenance: resolved",
    "",
    `The findings reported earlier are gone as of ${sha.slice(0, 7)}.`,
    ...preamble(info),
    ...footer(info),
  ].join("\n") + "\n";
}

/** The summary's note when the runner dropped annotations; empty when it showed them all. */
export function cappedNote(capped: CappedAnnotations | undefined): string[] {
  if (!capped || capped.hidden <= 0) return [];
  const where = capped.checkRun
    ? `in the check run ${capped.checkRun.url ? `[${capped.checkRun.name}](${capped.checkRun.url})` : `'${capped.checkRun.name}'`}`
    : "in this summary's table";
  return [`> The runner shows at most 10 error, 10 warning and 10 notice annotations per step: ${capped.hidden} more are ${where}.`, ""];
}

export function summaryBody(report: Report, info: RunInfo, capped?: CappedAnnotations): string {
  const findings = allFindings(report).filter((f) => !f.waived);
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ").replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"));
  const table =
    findings.length === 0
      ? []
      : [
          "#### All findings",
          "",
          "| Severity | Check | Where | Message |",
          "|---|---|---|---|",
          ...findings.map((f) => `| ${f.severity} | \`${f.checkId}\` | \`${f.location.file}:${f.location.line}\` | ${cell(f.message)} |`),
          "",
        ];
  const head = [...preamble(info), ...cappedNote(capped)].join("\n");
  const tail = table.join("\n");
  const budget = SUMMARY_LIMIT - head.length - tail.length - 4;
  return [head, renderMarkdown(report, { blobUrl: info.blobUrl, maxLength: budget }), "", tail].join("\n").trimEnd() + "\n";
}
