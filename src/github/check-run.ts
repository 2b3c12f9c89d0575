// All findings as one check run with annotations, for when the runner would drop some: a step's
// workflow annotations are capped at 10 per level (error, warning, notice). Only then is a request
// made, and never more than MAX_CHECK_RUN_REQUESTS whatever the input: past that many annotations
// the check run holds the first ones (errors first) and says where the rest are. The conclusion
// maps the report's verdict and the exit status decided by publish(); nothing here judges findings.
import { plain } from "../render/escape/plain.js";
import { alsoAtLine } from "../render/words.js";
import * as core from "@actions/core";
import type { Finding, ReportedSeverity } from "../domain.js";
import { allFindings, type Report } from "../report.js";
import type { CappedAnnotations } from "../render/action.js";
import type { GitHub } from "./client.js";
import type { RunContext } from "./context.js";
import { describeFault, faultOf } from "./faults.js";

export const CHECK_RUN_NAME = "Model provenance (all findings)";
/** Workflow annotations the runner shows per step, for each of error, warning and notice. */
export const RUNNER_ANNOTATION_CAP = 10;
/** The Checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Requests one run may spend on the check run: 5 × 50 = 250 annotations at most. */
export const MAX_CHECK_RUN_REQUESTS = 5;
const MAX_ANNOTATIONS = ANNOTATIONS_PER_REQUEST * MAX_CHECK_RUN_REQUESTS;
/** message and raw_details: at most 64 KB each; title: 255 characters. */
const DETAILS_BYTES = 64 * 1024;
const TITLE_CHARS = 255;

const LEVEL = { error: "failure", warning: "warning", note: "notice" } as const satisfies Record<ReportedSeverity, string>;
const RANK: Record<ReportedSeverity, number> = { error: 0, warning: 1, note: 2 };

export interface CheckRunOptions {
  /** publish()'s decision: the findings reach fail-on, so the step fails. */
  failing: boolean;
  /** Link to this workflow run (the job summary). */
  detailsUrl?: string | undefined;
}

/** Annotations the runner will not show: those past the cap, per level. */
export function hiddenAnnotations(report: Report): number {
  const c = report.counts;
  return [c.error, c.warning, c.note].reduce((n, k) => n + Math.max(0, k - RUNNER_ANNOTATION_CAP), 0);
}

export function conclusionOf(report: Report, failing: boolean): "failure" | "neutral" | "success" {
  if (failing) return "failure";
  return report.verdict === "pass" ? "success" : "neutral";
}

/** UTF-8 prefix of `text` of at most `max` bytes, marked when cut. */
function clip(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  const cut = " […]";
  let s = Buffer.from(text).subarray(0, max - Buffer.byteLength(cut)).toString("utf8");
  // A character split at the cut decodes as U+FFFD; drop it.
  s = s.replace(/\uFFFD$/, "");
  return s + cut;
}

export function toAnnotation(f: Finding) {
  const details = f.evidence.map((e) => plain(`${e.about}: ${e.statement}${e.location ? ` (${e.location.file}:${e.location.line})` : ""}`)).join("\n");
  return {
    path: f.location.file,
    start_line: f.location.line,
    end_line: Math.max(f.location.endLine ?? f.location.line, f.location.line),
    annotation_level: LEVEL[f.severity],
    message: clip(`${plain(f.message)}${alsoAtLine(f)}\nFix: ${plain(f.fix)}`, DETAILS_BYTES),
    title: `Model provenance: ${f.checkId}`.slice(0, TITLE_CHARS),
    ...(details ? { raw_details: clip(details, DETAILS_BYTES) } : {}),
  };
}

/**
 * When some level has more findings than the runner shows, creates a completed check run holding
 * every unwaived finding as an annotation (50 in the creating request, 50 per update after it).
 * A token that may not write checks (403) or any other refusal is a warning, never a failure.
 */
export async function publishCheckRun(gh: GitHub, ctx: RunContext, report: Report, o: CheckRunOptions): Promise<CappedAnnotations> {
  const hidden = hiddenAnnotations(report);
  if (hidden === 0) return { hidden };
  const unwaived = allFindings(report).filter((f) => !f.waived);
  const annotations = unwaived
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .slice(0, MAX_ANNOTATIONS)
    .map(({ f }) => toAnnotation(f));
  const output = checkRunOutput(report, annotations.length, unwaived.length, o.detailsUrl);
  const batches: (typeof annotations)[] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const repo = { owner: ctx.owner, repo: ctx.repo };
  let created: { id: number; html_url?: string | null };
  try {
    ({ data: created } = await gh.rest.checks.create({
      ...repo,
      name: CHECK_RUN_NAME,
      head_sha: ctx.pullRequest?.headSha ?? ctx.sha,
      status: "completed",
      conclusion: conclusionOf(report, o.failing),
      ...(o.detailsUrl ? { details_url: o.detailsUrl } : {}),
      output: { ...output, annotations: batches[0] },
    }));
  } catch (e) {
    warnNotCreated(e, unwaived.length);
    return { hidden };
  }
  for (const [n, batch] of batches.entries()) {
    if (n === 0) continue;
    try {
      await gh.rest.checks.update({ ...repo, check_run_id: created.id, output: { ...output, annotations: batch } });
    } catch (e) {
      const fault = faultOf(e);
      if (!fault) throw e;
      const sent = n * ANNOTATIONS_PER_REQUEST;
      core.warning(`The check run '${CHECK_RUN_NAME}' holds ${sent} of ${unwaived.length} annotations: adding more failed (${describeFault(fault)}). The job summary lists all findings.`);
      return { hidden };
    }
  }
  return { hidden, checkRun: { name: CHECK_RUN_NAME, url: created.html_url ?? undefined } };
}

/** The check run's title and summary: the verdict, and how many of the findings it holds. */
function checkRunOutput(report: Report, annotated: number, unwaived: number, detailsUrl: string | undefined): { title: string; summary: string } {
  const c = report.counts;
  const held =
    annotated === unwaived
      ? `All ${annotated} findings are annotated here`
      : `The first ${annotated} of ${unwaived} findings, errors first, are annotated here (a check run takes at most ${MAX_ANNOTATIONS} from this Action)`;
  return {
    title: `${c.error} error(s), ${c.warning} warning(s), ${c.note} note(s)`,
    summary: [
      `Model provenance: **${report.verdict}** (fail-on: ${report.policy.failOn}).`,
      "",
      `${held}: the runner shows at most ${RUNNER_ANNOTATION_CAP} error, ${RUNNER_ANNOTATION_CAP} warning and ${RUNNER_ANNOTATION_CAP} notice annotations per step.` +
        (detailsUrl ? ` The [job summary](${detailsUrl}) has the evidence${annotated === unwaived ? "" : " and lists every finding"}.` : ""),
    ].join("\n"),
  };
}

/** A refused check run is a warning that says what to grant; anything but a GitHub fault is rethrown. */
function warnNotCreated(e: unknown, findings: number): void {
  const fault = faultOf(e);
  if (!fault) throw e;
  core.warning(
    fault.kind === "permission"
      ? `Could not create the check run '${CHECK_RUN_NAME}' (HTTP ${fault.status}): the token may not write checks. Give the job \`permissions: checks: write\` ` +
          `(a fork's pull_request token is read-only whatever it asks for). The runner shows only ${RUNNER_ANNOTATION_CAP} annotations per level; the job summary lists all ${findings} findings.`
      : `Could not create the check run '${CHECK_RUN_NAME}': ${describeFault(fault)}. The job summary lists all ${findings} findings.`,
  );
}
