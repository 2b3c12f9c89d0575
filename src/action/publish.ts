// Everything a run leaves behind: files, step outputs, annotations, job summary, PR comment and
// the exit status. The verdict is the report's; failsAt decides the exit status, nothing here does.
// A failure of GitHub's API while publishing is a warning that says what it was: the verdict, the
// annotations and the summary already stand.
import path from "node:path";
import * as core from "@actions/core";
import { failsAt } from "../engine/verdict.js";
import { allFindings, type Report } from "../report.js";
import { commentBody, resolvedBody, skippedSection, summaryBody, type RunInfo } from "../render/action.js";
import { renderJson } from "../render/json.js";
import { renderMarkdown } from "../render/markdown.js";
import { outputGuard, OutputRefused, writeOutput } from "../cli/output.js";
import { annotate } from "../github/annotations.js";
import { publishCheckRun } from "../github/check-run.js";
import type { GitHub } from "../github/client.js";
import { findComment, marker, upsertComment, type IssueComment } from "../github/comment.js";
import type { PullRequest, RunContext } from "../github/context.js";
import { describeFault, type ApiFault } from "../github/faults.js";
import { postReviewComments } from "../github/review.js";
import { writeSummary } from "../github/summary.js";
import type { OutputName } from "./inputs.js";
import { OptionsError, type ActionOptions } from "./options.js";
import type { Scope } from "./scope.js";

// The optional files' renderers are loaded only when their file is asked for: badge-maker and the
// CycloneDX library are most of the bundle, and a PR run usually writes none of these files.
const FILES = [
  ["sarif", "sarif-path", async () => (await import("../render/sarif.js")).renderSarif],
  ["badge", "badge-path", async () => (await import("../render/badge.js")).renderBadgeSvg],
  ["badge-json", "badge-json-path", async () => (await import("../render/badge.js")).renderBadgeJson],
  ["bom", "bom-path", async () => (await import("../render/bom.js")).renderBom],
] as const satisfies readonly (readonly [keyof ActionOptions, OutputName, () => Promise<(r: Report) => string>])[];

export interface Published {
  report: Report;
  info: RunInfo;
  scope: Scope;
  /** Paths not read, and why (symbolic links, oversized blobs). */
  skipped: readonly { path: string; reason: string }[];
  /** Paths of the workspace files the run read (cards, license files, the policy), relative to it. */
  inputs: readonly string[];
  diffLines?: ReadonlyMap<string, [number, number][]> | undefined;
}

export async function publish(gh: GitHub, ctx: RunContext, options: ActionOptions, p: Published): Promise<void> {
  const { report, info } = p;
  const header = options["comment-header"] ?? "";
  // On a PR, the comment list is asked for first and read after the files and summary are written.
  const found = ctx.pullRequest && options.comment !== "never" && !report.shard ? findComment(gh, ctx, ctx.pullRequest.number, header) : undefined;
  const out = (name: OutputName, value: string | number) => core.setOutput(name, String(value));
  // A checked-out pull request controls the workspace: nothing is written through a symbolic link
  // there, nor over a file the run read (the CLI's rules, src/cli/output.ts).
  const guard = outputGuard(ctx.workspace, p.inputs);
  const write = (input: keyof ActionOptions, file: string, text: string) => {
    try {
      writeOutput(ctx.workspace, file, text, guard);
    } catch (e) {
      throw e instanceof OutputRefused ? new OptionsError(`input '${input}': ${e.message}`) : e;
    }
    return path.resolve(ctx.workspace, file);
  };
  const nothingChecked = report.models.length === 0 && p.scope.kind !== "none";
  // Nothing checked is not a pass: the output says so, unless the scope explains it (a PR touching no model).
  out("verdict", nothingChecked ? "none" : report.verdict);
  out("errors", report.counts.error);
  out("warnings", report.counts.warning);
  out("models-checked", report.models.length);
  out("report-path", write("json-report", options["json-report"] ?? path.join(ctx.runnerTemp, "model-provenance", "report.json"), renderJson(report)));
  for (const [input, output, renderer] of FILES) {
    const file = options[input];
    if (typeof file === "string") out(output, write(input, file, (await renderer())(report)));
  }
  // A shard's step leaves the verdict to the merge step: its report and outputs are for that step.
  if (report.shard) return shardSummary(report);
  if (nothingChecked) {
    core.warning(`No model was checked: no model card or license file was found under ${options.paths.join(", ")} (${p.scope.kind === "all" ? p.scope.reason : "the models in scope"}). This is not a pass.`);
  }
  const failOn = report.policy.failOn;
  const failing = failsAt(report.counts, failOn);
  annotate(report);
  // Past the runner's 10 annotations per level, all of them go to a check run (when the token may).
  const capped = await publishCheckRun(gh, ctx, report, { failing, detailsUrl: info.runUrl });
  await writeSummary([summaryBody(report, info, capped), skippedSection(uniquePaths(p.skipped))].filter(Boolean).join("\n"));
  if (options["publish-badges"]) await (await import("./badges.js")).publishBadges(gh, ctx, options, report);

  if (ctx.pullRequest) await commentOnPr(gh, ctx, ctx.pullRequest, options, p, out, found);

  if (failing) {
    core.setFailed(`Model provenance: ${report.verdict} (${report.counts.error} error(s), ${report.counts.warning} warning(s); fail-on: ${failOn}).`);
  }
}

async function shardSummary(report: Report): Promise<void> {
  const { index, count } = report.shard!;
  const line = `Shard ${index}/${count}: ${report.models.length} model(s) checked, ${report.counts.error} error(s), ${report.counts.warning} warning(s). The verdict, comment and badges are the merge step's (input \`merge\`), over every shard's report.`;
  core.notice(line);
  await writeSummary(`### Model provenance: shard ${index}/${count}\n\n${line}\n`);
}

type Skipped = { path: string; reason: string };

/** What the run did not read (the Action's own skips and Report.skipped), each path once. */
function uniquePaths(skipped: readonly Skipped[]): Skipped[] {
  const seen = new Set<string>();
  return skipped.filter((s) => !seen.has(s.path) && (seen.add(s.path), true));
}

const READ_ONLY_HELP =
  "the token is read-only here. Give the job `permissions: pull-requests: write`; for pull requests from forks, use the two-workflow recipe in docs/action.md.";
const STANDS = "The verdict stands: the annotations, job summary and outputs carry the full result.";

/** Why a write to the PR failed, in words a maintainer can act on. */
function writeFailure(what: string, fault: ApiFault): string {
  if (fault.kind === "permission" || (fault.kind === "not-found" && fault.request.startsWith("POST"))) return `Could not ${what} (HTTP ${fault.status}): ${READ_ONLY_HELP} ${STANDS}`;
  if (fault.kind === "rate-limit") return `Could not ${what}: ${describeFault(fault)}. A later run will bring it up to date. ${STANDS}`;
  return `Could not ${what}: ${describeFault(fault)}. ${STANDS}`;
}

async function commentOnPr(
  gh: GitHub,
  ctx: RunContext,
  pr: PullRequest,
  options: ActionOptions,
  { report, info, diffLines }: Published,
  out: (name: OutputName, value: string | number) => void,
  found?: Promise<IssueComment | undefined>,
): Promise<void> {
  const header = options["comment-header"] ?? "";
  const findings = report.counts.error + report.counts.warning + report.counts.note;
  const outcome = await upsertComment(
    gh,
    ctx,
    pr.number,
    {
      mode: options.comment,
      hasFindings: findings > 0,
      // The digest leaves out links to the head commit, so a push that changes no finding edits nothing.
      body: commentBody(report, info, marker(renderMarkdown(report) + info.policyNotes.join("\n"), header)),
      resolved: resolvedBody(marker("resolved", header), pr.headSha, info),
      header,
    },
    found,
  );
  if (outcome.action === "failed") core.warning(writeFailure("write the PR comment", outcome.fault));
  else if (outcome.action !== "none") {
    out("comment-url", outcome.url);
    out("comment-id", outcome.id);
    if (outcome.action === "recreated") core.info("The PR comment had been deleted since it was found; posted it again.");
  }

  if (!options["inline-comments"]) return;
  const review = await postReviewComments(gh, ctx, pr, allFindings(report), diffLines ?? new Map());
  if (review.action === "failed") core.warning(writeFailure("post review comments", review.fault));
  if (review.action === "rejected") core.warning("GitHub did not accept review comments on these lines (HTTP 422); the PR comment and annotations list every finding.");
}
