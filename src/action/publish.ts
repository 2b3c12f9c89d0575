// Everything a run leaves behind: files, step outputs, annotations, job summary, PR comment and
// the exit status. The verdict is the report's; failsAt decides the exit status, nothing here does.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { failsAt } from "../engine/verdict.js";
import { allFindings, type Report } from "../report.js";
import { commentBody, resolvedBody, summaryBody, type RunInfo } from "../render/action.js";
import { renderJson } from "../render/json.js";
import { renderMarkdown } from "../render/markdown.js";
import { annotate } from "../github/annotations.js";
import { publishCheckRun } from "../github/check-run.js";
import type { GitHub } from "../github/client.js";
import { findComment, marker, upsertComment, type IssueComment } from "../github/comment.js";
import type { PullRequest, RunContext } from "../github/context.js";
import { postReviewComments } from "../github/review.js";
import { writeSummary } from "../github/summary.js";
import type { OutputName } from "./inputs.js";
import type { ActionOptions } from "./options.js";

// The optional files' renderers are loaded only when their file is asked for: badge-maker and the
// CycloneDX library are most of the bundle, and a PR run usually writes none of these files.
const FILES = [
  ["sarif", "sarif-path", async () => (await import("../render/sarif.js")).renderSarif],
  ["badge", "badge-path", async () => (await import("../render/badge.js")).renderBadgeSvg],
  ["badge-json", "badge-json-path", async () => (await import("../render/badge.js")).renderBadgeJson],
  ["bom", "bom-path", async () => (await import("../render/bom.js")).renderBom],
] as const satisfies readonly (readonly [keyof ActionOptions, OutputName, () => Promise<(r: Report) => string>])[];

export async function publish(
  gh: GitHub,
  ctx: RunContext,
  options: ActionOptions,
  report: Report,
  info: RunInfo,
  diffLines: ReadonlyMap<string, [number, number][]> = new Map(),
): Promise<void> {
  // On a PR, the comment list is asked for first and read after the files and summary are written.
  const found = ctx.pullRequest && options.comment !== "never" ? findComment(gh, ctx, ctx.pullRequest.number) : undefined;
  const out = (name: OutputName, value: string | number) => core.setOutput(name, String(value));
  const write = (file: string, text: string) => {
    const abs = path.resolve(ctx.workspace, file);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    return abs;
  };
  out("verdict", report.verdict);
  out("errors", report.counts.error);
  out("warnings", report.counts.warning);
  out("report-path", write(options["json-report"] ?? path.join(ctx.runnerTemp, "model-provenance", "report.json"), renderJson(report)));
  for (const [input, output, renderer] of FILES) {
    const file = options[input];
    if (typeof file === "string") out(output, write(file, (await renderer())(report)));
  }
  const failOn = report.policy.failOn;
  const failing = failsAt(report.counts, failOn);
  annotate(report);
  // Past the runner's 10 annotations per level, all of them go to a check run (when the token may).
  await writeSummary(summaryBody(report, info, await publishCheckRun(gh, ctx, report, { failing, detailsUrl: info.runUrl })));
  if (options["publish-badges"]) await (await import("./badges.js")).publishBadges(gh, ctx, options, report);

  if (ctx.pullRequest) await commentOnPr(gh, ctx, ctx.pullRequest, options, report, info, diffLines, out, found);

  if (failing) {
    core.setFailed(`Model provenance: ${report.verdict} (${report.counts.error} error(s), ${report.counts.warning} warning(s); fail-on: ${failOn}).`);
  }
}

const READ_ONLY_HELP =
  "the token is read-only here. Give the job `permissions: pull-requests: write`; for pull requests from forks, use the two-workflow recipe in docs/action.md. " +
  "The annotations, job summary and outputs carry the full result.";

async function commentOnPr(
  gh: GitHub,
  ctx: RunContext,
  pr: PullRequest,
  options: ActionOptions,
  report: Report,
  info: RunInfo,
  diffLines: ReadonlyMap<string, [number, number][]>,
  out: (name: OutputName, value: string) => void,
  found?: Promise<IssueComment | undefined>,
): Promise<void> {
  const findings = report.counts.error + report.counts.warning + report.counts.note;
  const outcome = await upsertComment(
    gh,
    ctx,
    pr.number,
    {
      mode: options.comment,
      hasFindings: findings > 0,
      // The digest leaves out links to the head commit, so a push that changes no finding edits nothing.
      body: commentBody(report, info, marker(renderMarkdown(report) + info.policyNotes.join("\n"))),
      resolved: resolvedBody(marker("resolved"), pr.headSha, info),
    },
    found,
  );
  if (outcome.action === "forbidden") core.warning(`Could not write the PR comment (HTTP ${outcome.status}): ${READ_ONLY_HELP}`);
  else if (outcome.url) out("comment-url", outcome.url);

  if (!options["inline-comments"]) return;
  const review = await postReviewComments(gh, ctx, pr, allFindings(report), diffLines);
  if (review.action === "forbidden") core.warning(`Could not post review comments (HTTP ${review.status}): ${READ_ONLY_HELP}`);
  if (review.action === "rejected") core.warning("GitHub did not accept review comments on these lines (HTTP 422); the PR comment and annotations list every finding.");
}
