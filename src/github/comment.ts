// The sticky PR comment: one per PR, found by a hidden marker in a comment written by this
// Action's own identity (a marker copied into someone else's comment is ignored), edited in place.
// The marker carries a digest of what the comment says, so an unchanged report costs no write.
import { createHash } from "node:crypto";
import { statusOf, type GitHub } from "./client.js";
import type { RunContext } from "./context.js";

const MARKER_PREFIX = "<!-- model-provenance-check:sticky";
/** The login GITHUB_TOKEN writes as. A PAT or App token writes as someone else: asked for lazily. */
const ACTIONS_BOT = "github-actions[bot]";

export function marker(digestOf: string): string {
  return `${MARKER_PREFIX} digest=${createHash("sha256").update(digestOf).digest("hex").slice(0, 16)} -->`;
}

export type CommentMode = "always" | "on-findings" | "never";

export interface CommentRequest {
  mode: CommentMode;
  hasFindings: boolean;
  /** Full comment and resolved note, each starting with its marker line. */
  body: string;
  resolved: string;
}

export type CommentOutcome =
  | { action: "none" | "created" | "updated" | "unchanged"; url?: string | undefined }
  | { action: "forbidden"; status: number };

export interface IssueComment {
  id: number;
  body?: string | undefined;
  html_url: string;
  user: { login: string } | null;
}

/**
 * Starts looking for this Action's comment on `issue`, for upsertComment to finish: the request
 * then runs while the caller writes its files and summary. A failure surfaces in upsertComment.
 */
export function findComment(gh: GitHub, ctx: RunContext, issue: number): Promise<IssueComment | undefined> {
  const found = findOurs(gh, ctx, issue);
  found.catch(() => undefined);
  return found;
}

export async function upsertComment(
  gh: GitHub,
  ctx: RunContext,
  issue: number,
  req: CommentRequest,
  found?: Promise<IssueComment | undefined>,
): Promise<CommentOutcome> {
  if (req.mode === "never") return { action: "none" };
  const base = { owner: ctx.owner, repo: ctx.repo };
  const existing = await (found ?? findOurs(gh, ctx, issue));
  const wanted = req.hasFindings || req.mode === "always" ? req.body : existing ? req.resolved : undefined;
  if (wanted === undefined) return { action: "none" };
  if (existing && markerLine(existing.body) === markerLine(wanted)) return { action: "unchanged", url: existing.html_url };
  try {
    if (existing) {
      const { data } = await gh.rest.issues.updateComment({ ...base, comment_id: existing.id, body: wanted });
      return { action: "updated", url: data.html_url };
    }
    const { data } = await gh.rest.issues.createComment({ ...base, issue_number: issue, body: wanted });
    return { action: "created", url: (await settleRace(gh, ctx, issue, data.id, wanted)) ?? data.html_url };
  } catch (e) {
    const status = statusOf(e);
    // A read-only token (fork PRs, `permissions: read-all`) is a setting, not a failure of the check.
    if (status === 403 || status === 404) return { action: "forbidden", status };
    throw e;
  }
}

/**
 * Two runs on a new PR can both find no comment and both create one. After creating, each run
 * looks again: if an older comment of ours exists, it writes its body there and deletes only the
 * comment it created itself, so the racers converge on one comment whatever their order.
 */
async function settleRace(gh: GitHub, ctx: RunContext, issue: number, created: number, body: string): Promise<string | undefined> {
  const oldest = await findOurs(gh, ctx, issue);
  if (!oldest || oldest.id === created) return undefined;
  const base = { owner: ctx.owner, repo: ctx.repo };
  const { data } = await gh.rest.issues.updateComment({ ...base, comment_id: oldest.id, body });
  try {
    await gh.rest.issues.deleteComment({ ...base, comment_id: created });
  } catch (e) {
    if (statusOf(e) !== 404) throw e;
  }
  return data.html_url;
}

async function findOurs(gh: GitHub, ctx: RunContext, issue: number): Promise<IssueComment | undefined> {
  const comments = (await gh.paginate(gh.rest.issues.listComments, { owner: ctx.owner, repo: ctx.repo, issue_number: issue, per_page: 100 })) as IssueComment[];
  const marked = comments.filter((c) => c.body?.startsWith(MARKER_PREFIX) && c.user);
  const self = await selfAmong(gh, marked.map((c) => c.user!.login));
  // The oldest of ours (lowest id): if two ever exist, the one reviewers saw first is the one kept.
  return marked.filter((c) => c.user!.login === self).sort((a, b) => a.id - b.id)[0];
}

/**
 * Which of `authors` is this token's own identity. GITHUB_TOKEN writes as github-actions[bot];
 * a PAT writes as its user, asked only when needed (installation tokens cannot ask: undefined).
 */
export async function selfAmong(gh: GitHub, authors: readonly string[]): Promise<string | undefined> {
  if (authors.length === 0) return undefined;
  if (authors.includes(ACTIONS_BOT)) return ACTIONS_BOT;
  try {
    return (await gh.rest.users.getAuthenticated()).data.login;
  } catch (e) {
    if (statusOf(e) === 403 || statusOf(e) === 401) return undefined;
    throw e;
  }
}

function markerLine(body: string | undefined): string | undefined {
  return body?.split("\n", 1)[0];
}
