// Markdown the Action posts: the sticky PR comment, its resolved form, and the job summary.
// Pure: everything the text needs (links, scope, policy notes) is passed in.
import { allFindings, type Report } from "../report.js";
import { cell, code, link, text } from "./escape/markdown.js";
import { renderMarkdown, type MarkdownOptions } from "./markdown.js";
import type { Finding } from "../domain.js";
import { otherPlaces, plural, summaryOf } from "./words.js";

export interface RunInfo {
  /** e.g. https://github.com/o/r/blob/<sha> */
  blobUrl?: string | undefined;
  /** Link to this workflow run, for the full report. */
  runUrl?: string | undefined;
  /** Why these models were checked (e.g. "2 model(s) changed in this pull request"). */
  scope?: string | undefined;
  /** Notes about the policy in force (taken from the base branch; changed by the PR), as Markdown
   * the Action wrote: any repository string in them is already escaped (escape/markdown.ts). */
  policyNotes: string[];
  /** The rules/ file a fact comes from, for links (ruleFileOf(kb) in render/markdown.ts). */
  ruleFile?: MarkdownOptions["ruleFile"];
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

/** Policy notes as one quote, a blank `>` line between them (used by the resolved note). */
function preamble(info: RunInfo): string[] {
  const notes = info.policyNotes.flatMap((n, i) => (i === 0 ? [`> ${n}`] : [">", `> ${n}`]));
  return notes.length > 0 ? ["", ...notes] : [];
}

/** What was checked and where the rest is: the last line, small. */
function footer(info: RunInfo): string[] {
  const parts = [...(info.scope ? [`Scope: ${text(info.scope)}.`] : []), ...(info.runUrl ? [`Full report: ${link("job summary", info.runUrl)}.`] : [])];
  return parts.length > 0 ? ["", `<sub>${parts.join(" ")}</sub>`] : [];
}

function markdownOptions(info: RunInfo, maxLength: number): MarkdownOptions {
  return { blobUrl: info.blobUrl, ruleFile: info.ruleFile, notesMarkdown: info.policyNotes, maxLength };
}

/** The comment: `marker` first (hidden), then the report cut to fit with an explicit note. */
export function commentBody(report: Report, info: RunInfo, marker: string): string {
  const tail = footer(info).join("\n");
  // Leave room for marker, tail and the newlines between them; UTF-16 length ≥ characters, so this is safe.
  const budget = COMMENT_LIMIT - marker.length - tail.length - 4;
  return [marker, renderMarkdown(report, markdownOptions(info, budget)).trimEnd(), tail].join("\n").trimEnd() + "\n";
}

/** What the comment becomes once a later push has no findings left. */
export function resolvedBody(marker: string, sha: string, info: RunInfo): string {
  return [
    marker,
    "### ✅ Model provenance: resolved",
    "",
    `The findings reported earlier are gone as of ${code(sha.slice(0, 7))}.`,
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

/** `file:line`, and how many more places the finding occurs at (the report above lists them). */
function where(f: Finding): string {
  const more = otherPlaces(f);
  return `${code(`${f.location.file}:${f.location.line}`)}${more > 0 ? ` and ${plural(more, "more place")}` : ""}`;
}

/** The job summary: the whole report (every model, every finding), then every finding in one table. */
export function summaryBody(report: Report, info: RunInfo, capped?: CappedAnnotations): string {
  const findings = allFindings(report).filter((f) => !f.waived);
  const table =
    findings.length === 0
      ? []
      : [
          "#### All findings",
          "",
          "| Severity | Check | Where | Finding |",
          "|---|---|---|---|",
          ...findings.map((f) => `| ${f.severity} | ${cell(code(f.checkId))} | ${cell(where(f))} | ${cell(text(summaryOf(f)))} |`),
          "",
        ];
  const head = cappedNote(capped).join("\n");
  const tail = [...table, ...footer(info)].join("\n");
  const budget = SUMMARY_LIMIT - head.length - tail.length - 4;
  return [head, renderMarkdown(report, markdownOptions(info, budget)), "", tail].join("\n").trim() + "\n";
}

/** The summary's list of paths the run did not read, with why (the Action's reads through the API; Report.skipped when the readers fill it). */
export function skippedSection(skipped: readonly { path: string; reason: string }[]): string {
  if (skipped.length === 0) return "";
  const shown = skipped.slice(0, 100).map((s) => `- ${code(s.path)}: ${text(s.reason)}`);
  const more = skipped.length > shown.length ? [`- … and ${skipped.length - shown.length} more (see the JSON report)`] : [];
  return ["#### Not read", "", ...shown, ...more, ""].join("\n");
}
