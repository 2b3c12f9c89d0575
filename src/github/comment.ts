// The sticky PR comment: one per PR and header, found by a hidden marker in a comment written by
// this Action's own identity (a marker copied into someone else's comment is ignored), edited in
// place. The marker carries a digest of what the comment says, so an unchanged report costs no
// write. Steps that set different `comment-header`s keep one comment each.
import { createHash } from "node:crypto";
import type { GitHub } from "./client.js";
import type { RunContext } from "./context.js";
import { faultOf, type ApiFault } from "./faults.js";
import { selfAmong } from "./identity.js";

const MARKER_PREFIX = "<!-- model-provenance-check:sticky";

/** The start of every marker of `header` ("" = no header), up to the digest. */
function markerStart(header: string): string {
  return `${MARKER_PREFIX}${header ? ` header=${header}` : ""} digest=`;
}

export function marker(digestOf: string, header = ""): string {
  return `${markerStart(header)}${createHash("sha256").update(digestOf).digest("hex").slice(0, 16)} -->`;
}

export type CommentMode = "always" | "on-findings" | "never";

export interface CommentRequest {
  mode: CommentMode;
  hasFindings: boolean;
  /** Full comment and resolved note, each starting with its marker line. */
  body: string;
  resolved: string;
  /** The comment-header these bodies' markers carry ("" = none). */
  header: string;
}

export type CommentOutcome =
  | { action: "none" }
  /** `recreated`: the comment was deleted since it was found, so a new one was posted. */
  | { action: "created" | "updated" | "unchanged" | "recreated"; id: number; url: string }
  | { action: "failed"; fault: ApiFault };

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
export function findComment(gh: GitHub, ctx: RunContext, issue: number, header: string): Promise<IssueComment | undefined> {
  const found = findOurs(gh, ctx, issue, header);
  found.catch(() => undefined);
  return found;
}

/** Creates, edits or leaves the comment; every API failure comes back as a fault, never thrown. */
export async function upsertComment(gh: GitHub, ctx: RunContext, issue: number, req: CommentRequest, found?: Promise<IssueComment | undefined>): Promise<CommentOutcome> {
  if (req.mode === "never") return { action: "none" };
  try {
    return await write(gh, ctx, issue, req, await (found ?? findOurs(gh, ctx, issue, req.header)));
  } catch (e) {
    const fault = faultOf(e);
    if (!fault) throw e;
    return { action: "failed", fault };
  }
}

async function write(gh: GitHub, ctx: RunContext, issue: number, req: CommentRequest, existing: IssueComment | undefined): Promise<CommentOutcome> {
  const base = { owner: ctx.owner, repo: ctx.repo };
  const wanted = req.hasFindings || req.mode === "always" ? req.body : existing ? req.resolved : undefined;
  if (wanted === undefined) return { action: "none" };
  if (existing && markerLine(existing.body) === markerLine(wanted)) return { action: "unchanged", id: existing.id, url: existing.html_url };
  if (existing) {
    try {
      const { data } = await gh.rest.issues.updateComment({ ...base, comment_id: existing.id, body: wanted });
      return { action: "updated", id: data.id, url: data.html_url };
    } catch (e) {
      // Deleted since the list was read (by a reviewer, or a racing run): post it again.
      if (faultOf(e)?.kind !== "not-found") throw e;
    }
  }
  const { data } = await gh.rest.issues.createComment({ ...base, issue_number: issue, body: wanted });
  const kept = await settleRace(gh, ctx, issue, data.id, wanted, req.header);
  return { action: existing ? "recreated" : "created", id: kept?.id ?? data.id, url: kept?.url ?? data.html_url };
}

/**
 * Two runs on a new PR can both find no comment and both create one. After creating, each run
 * looks again: if an older comment of ours exists, it writes its body there and deletes only the
 * comment it created itself, so the racers converge on one comment whatever their order. A failure
 * here leaves the new comment as it is: it is already correct.
 */
async function settleRace(gh: GitHub, ctx: RunContext, issue: number, created: number, body: string, header: string): Promise<{ id: number; url: string } | undefined> {
  const base = { owner: ctx.owner, repo: ctx.repo };
  try {
    const oldest = await findOurs(gh, ctx, issue, header);
    if (!oldest || oldest.id === created) return undefined;
    const { data } = await gh.rest.issues.updateComment({ ...base, comment_id: oldest.id, body });
    await gh.rest.issues.deleteComment({ ...base, comment_id: created }).catch((e: unknown) => {
      if (faultOf(e)?.kind !== "not-found") throw e;
    });
    return { id: data.id, url: data.html_url };
  } catch (e) {
    if (!faultOf(e)) throw e;
    return undefined;
  }
}

async function findOurs(gh: GitHub, ctx: RunContext, issue: number, header: string): Promise<IssueComment | undefined> {
  const comments = (await gh.paginate(gh.rest.issues.listComments, { owner: ctx.owner, repo: ctx.repo, issue_number: issue, per_page: 100 })) as IssueComment[];
  const start = markerStart(header);
  const marked = comments.filter((c) => c.body?.startsWith(start) && c.user);
  const self = await selfAmong(gh, [...new Set(marked.map((c) => c.user!.login))]);
  // The oldest of ours (lowest id): if two ever exist, the one reviewers saw first is the one kept.
  return marked.filter((c) => c.user!.login === self).sort((a, b) => a.id - b.id)[0];
}

function markerLine(body: string | undefined): string | undefined {
  return body?.split("\n", 1)[0];
}
