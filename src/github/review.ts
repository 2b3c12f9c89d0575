// Findings as PR review comments on the lines they are about (input inline-comments). Each
// finding is posted once: a hidden key marks it, and a key already posted by us is not repeated.
// Only lines the diff shows can take a review comment; the rest stay in the sticky comment.
import { createHash } from "node:crypto";
import type { Finding } from "../domain.js";
import { code, text } from "../render/escape/markdown.js";
import type { GitHub } from "./client.js";
import type { RunContext } from "./context.js";
import { faultOf, type ApiFault } from "./faults.js";
import { selfAmong } from "./identity.js";

const KEY = /<!-- model-provenance-check:inline key=([0-9a-f]+) -->/;

export type ReviewOutcome =
  | { action: "none" | "posted"; count: number }
  /** GitHub would not place a comment on these lines (HTTP 422: the diff moved on since). */
  | { action: "rejected" }
  | { action: "failed"; fault: ApiFault };

export function findingKey(f: Finding): string {
  return createHash("sha256").update([f.checkId, f.messageId, f.location.file, f.message].join("\0")).digest("hex").slice(0, 16);
}

/** One inline comment: the hidden key, the finding and its fix, every repository string escaped. */
export function reviewBody(f: Finding): string {
  return `<!-- model-provenance-check:inline key=${findingKey(f)} -->\n**${code(f.checkId)}** (${f.severity}): ${text(f.message)}\n\n**Fix:** ${f.fix.split("\n").map(text).join("<br>")}`;
}

export async function postReviewComments(
  gh: GitHub,
  ctx: RunContext,
  pr: { number: number; headSha: string },
  findings: readonly Finding[],
  diffLines: ReadonlyMap<string, [number, number][]>,
): Promise<ReviewOutcome> {
  const inDiff = (f: Finding) => diffLines.get(f.location.file)?.some(([a, b]) => f.location.line >= a && f.location.line <= b) ?? false;
  const candidates = findings.filter((f) => !f.waived && inDiff(f));
  if (candidates.length === 0) return { action: "none", count: 0 };
  try {
    return await post(gh, ctx, pr, candidates);
  } catch (e) {
    const fault = faultOf(e);
    if (!fault) throw e;
    return fault.kind === "rejected" && fault.status === 422 ? { action: "rejected" } : { action: "failed", fault };
  }
}

async function post(gh: GitHub, ctx: RunContext, pr: { number: number; headSha: string }, candidates: readonly Finding[]): Promise<ReviewOutcome> {
  const base = { owner: ctx.owner, repo: ctx.repo, pull_number: pr.number };
  const existing = await gh.paginate(gh.rest.pulls.listReviewComments, { ...base, per_page: 100 });
  const marked = existing.filter((c) => KEY.test(c.body));
  const self = await selfAmong(gh, marked.map((c) => c.user.login));
  const posted = new Set(marked.filter((c) => c.user.login === self).map((c) => KEY.exec(c.body)![1]));
  const fresh = candidates.filter((f) => !posted.has(findingKey(f)));
  if (fresh.length === 0) return { action: "none", count: 0 };
  await gh.rest.pulls.createReview({
    ...base,
    commit_id: pr.headSha,
    event: "COMMENT",
    comments: fresh.map((f) => ({
      path: f.location.file,
      line: f.location.line,
      side: "RIGHT",
      body: reviewBody(f),
    })),
  });
  return { action: "posted", count: fresh.length };
}
