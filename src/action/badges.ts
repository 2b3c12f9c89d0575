// `publish-badges: true`: commit the README badges to their own branch after a run on the default
// branch, and print the Markdown to paste. Loaded only when the input is on (publish.ts imports it
// lazily). The Git side is src/github/badge-branch.ts; the badges are src/render/badge.ts's.
import * as core from "@actions/core";
import { renderBadges, type BadgeSet, type RenderedBadge } from "../render/badge.js";
import type { Report } from "../report.js";
import { publishToBranch, type BranchFile } from "../github/badge-branch.js";
import type { GitHub } from "../github/client.js";
import type { RunContext } from "../github/context.js";
import { writeSummary } from "../github/summary.js";
import type { ActionOptions } from "./options.js";

export const OVERALL_SVG = "provenance.svg";
export const OVERALL_JSON = "provenance.json";

/** The default branch, from the event; a scheduled run is always on it, so its ref names it too. */
export function defaultBranchOf(ctx: Pick<RunContext, "eventName" | "ref" | "defaultBranch">): string | undefined {
  if (ctx.defaultBranch) return ctx.defaultBranch;
  return ctx.eventName === "schedule" && ctx.ref?.startsWith("refs/heads/") ? ctx.ref.slice("refs/heads/".length) : undefined;
}

/** Why this run publishes nothing, or undefined when it publishes. */
export function notPublishing(ctx: Pick<RunContext, "eventName" | "ref" | "defaultBranch">): string | undefined {
  const main = defaultBranchOf(ctx);
  const onDefault = main !== undefined && ctx.ref === `refs/heads/${main}`;
  switch (ctx.eventName) {
    case "push":
      return onDefault ? undefined : `this push is to ${ctx.ref ?? "an unknown ref"}, not to the default branch`;
    case "schedule":
      return undefined; // scheduled runs always run on the default branch
    case "workflow_dispatch":
      // A manual run on another branch would publish that branch's verdict as the repository's.
      return ctx.ref && main && !onDefault ? `this manual run is on ${ctx.ref}, not on the default branch` : undefined;
    default:
      return `badges are published on push to the default branch, schedule and workflow_dispatch, not on ${ctx.eventName || "a local run"}`;
  }
}

const endpointJson = (b: RenderedBadge) => JSON.stringify(b.endpoint, null, 2) + "\n";

/** The files of the badge branch: the overall pair, and one pair per model under models/. */
export function badgeFiles(set: BadgeSet): BranchFile[] {
  return [
    { path: OVERALL_SVG, content: set.overall.svg },
    { path: OVERALL_JSON, content: endpointJson(set.overall) },
    ...set.models.flatMap((m) => [
      { path: `models/${m.slug}.svg`, content: m.svg },
      { path: `models/${m.slug}.json`, content: endpointJson(m) },
    ]),
  ];
}

/** Where a file of the branch is served raw (raw.githubusercontent.com on github.com). */
export function rawUrl(ctx: Pick<RunContext, "serverUrl" | "owner" | "repo">, branch: string, file: string): string {
  const tail = `${branch}/${file}`.split("/").map(encodeURIComponent).join("/");
  const server = ctx.serverUrl.replace(/\/+$/, "");
  return server === "https://github.com"
    ? `https://raw.githubusercontent.com/${ctx.owner}/${ctx.repo}/${tail}`
    : `${server}/${ctx.owner}/${ctx.repo}/raw/${tail}`;
}

export function shieldsUrl(jsonUrl: string): string {
  return `https://img.shields.io/endpoint?url=${encodeURIComponent(jsonUrl)}`;
}

/** The job summary's "paste this into the README" section. */
export function badgeSnippet(ctx: Pick<RunContext, "serverUrl" | "owner" | "repo">, branch: string, set: BadgeSet, status: string): string {
  const lines = [
    "### README badge",
    "",
    status,
    "",
    "The SVG, served from the badge branch:",
    "",
    "```markdown",
    `![provenance](${rawUrl(ctx, branch, OVERALL_SVG)})`,
    "```",
    "",
    "The same verdict drawn by shields.io from the endpoint JSON:",
    "",
    "```markdown",
    `![provenance](${shieldsUrl(rawUrl(ctx, branch, OVERALL_JSON))})`,
    "```",
    "",
  ];
  if (set.models.length > 0) {
    lines.push(
      `<details><summary>One badge per model (${set.models.length})</summary>`,
      "",
      "```markdown",
      ...set.models.map((m) => `![${m.name.replace(/[[\]\\]/g, "")}](${rawUrl(ctx, branch, `models/${m.slug}.svg`)})`),
      "```",
      "",
      "</details>",
      "",
    );
  }
  return lines.join("\n");
}

export async function publishBadges(gh: GitHub, ctx: RunContext, options: ActionOptions, report: Report): Promise<void> {
  if (!options["publish-badges"]) return;
  const branch = options["badge-branch"];
  const skip = notPublishing(ctx);
  if (skip) return core.info(`Badges not published: ${skip}.`);
  if (branch === defaultBranchOf(ctx)) {
    return core.warning(`Badges not published: badge-branch '${branch}' is the default branch. The badges need a branch of their own; the Action writes no other branch.`);
  }

  const set = renderBadges(report);
  const sha = ctx.sha ? ` for ${ctx.sha.slice(0, 7)}` : "";
  let status: string;
  try {
    const outcome = await publishToBranch(
      gh,
      { owner: ctx.owner, repo: ctx.repo, branch, message: `Model provenance badges: ${set.overall.verdict.message}${sha}` },
      badgeFiles(set),
    );
    switch (outcome.action) {
      case "created":
        status = `Created the branch \`${branch}\` with ${outcome.paths.length} badge file(s).`;
        break;
      case "updated":
        status = `Committed ${outcome.paths.length} changed badge file(s) to \`${branch}\`.`;
        break;
      case "unchanged":
        status = `The badges on \`${branch}\` are up to date; nothing was committed.`;
        break;
      case "forbidden":
        status = `The badges could not be committed to \`${branch}\`: the token is read-only.`;
        core.warning(`Could not commit the badges to '${branch}' (HTTP ${outcome.status}): give the job \`permissions: contents: write\`. The verdict and outputs are unaffected.`);
        break;
    }
  } catch (e) {
    // The badge is a by-product: a failure to publish it is reported, and the check's result stands.
    status = `The badges could not be committed to \`${branch}\`.`;
    core.warning(`Could not commit the badges to '${branch}': ${e instanceof Error ? e.message : String(e)}`);
  }
  core.info(status);
  await writeSummary(badgeSnippet(ctx, branch, set, status));
}
