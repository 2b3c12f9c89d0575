// Commits a few files to a branch that holds only them (the README badges), through the Git Data
// API: no checkout, no clone, no push. Only `refs/heads/<branch>` is ever written, only the given
// paths change in its tree (anything else on that branch stays as it is), and when every file
// already has the same content nothing is written at all.
import { createHash } from "node:crypto";
import { statusOf, type GitHub } from "./client.js";

export interface BranchFile {
  /** Path inside the branch, with forward slashes, e.g. `models/foo.svg`. */
  path: string;
  content: string;
}

export interface BranchTarget {
  owner: string;
  repo: string;
  branch: string;
  message: string;
}

export type BranchOutcome =
  /** The branch did not exist: it now has one commit, with no parent, holding only the files. */
  | { action: "created"; commit: string; paths: string[] }
  /** One new commit on top of the branch, changing `paths` and nothing else. */
  | { action: "updated"; commit: string; paths: string[] }
  /** Every file already had this content: no request wrote anything. */
  | { action: "unchanged" }
  /** The token may not write to the repository (HTTP 403). */
  | { action: "forbidden"; status: number };

/** Git's blob id of a file: SHA-1 of `blob <byte length>\0<bytes>`. */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** A 409 or 422 from a ref write means someone else moved or created the branch meanwhile. */
const RACE = new Set([409, 422]);

export async function publishToBranch(gh: GitHub, target: BranchTarget, files: readonly BranchFile[]): Promise<BranchOutcome> {
  try {
    try {
      return await attempt(gh, target, files);
    } catch (e) {
      const status = statusOf(e);
      if (status === undefined || !RACE.has(status)) throw e;
      // Read the branch again and start over, once: a second race in a row is reported.
      return await attempt(gh, target, files);
    }
  } catch (e) {
    const status = statusOf(e);
    if (status === 403) return { action: "forbidden", status };
    throw e;
  }
}

async function attempt(gh: GitHub, t: BranchTarget, files: readonly BranchFile[]): Promise<BranchOutcome> {
  const { owner, repo } = t;
  const head = await branchHead(gh, t);
  const entries = (fs: readonly BranchFile[]) => fs.map((f) => ({ path: f.path, mode: "100644" as const, type: "blob" as const, content: f.content }));

  if (!head) {
    // An orphan commit: a tree of only our files (no base_tree), a commit with no parents.
    const tree = await gh.rest.git.createTree({ owner, repo, tree: entries(files) });
    const commit = await gh.rest.git.createCommit({ owner, repo, message: t.message, tree: tree.data.sha, parents: [] });
    await gh.rest.git.createRef({ owner, repo, ref: `refs/heads/${t.branch}`, sha: commit.data.sha });
    return { action: "created", commit: commit.data.sha, paths: files.map((f) => f.path) };
  }

  const current = await gh.rest.git.getCommit({ owner, repo, commit_sha: head });
  const baseTree = current.data.tree.sha;
  const listing = await gh.rest.git.getTree({ owner, repo, tree_sha: baseTree, recursive: "1" });
  const present = new Map(listing.data.tree.filter((e) => e.type === "blob" && e.path && e.sha).map((e) => [e.path!, e.sha!]));
  // A truncated listing leaves some files unknown: they count as changed, and the tree comparison
  // below still avoids an empty commit.
  const changed = files.filter((f) => present.get(f.path) !== gitBlobSha(f.content));
  if (changed.length === 0) return { action: "unchanged" };

  // base_tree keeps every other file of the branch; the entries replace only our paths.
  const tree = await gh.rest.git.createTree({ owner, repo, base_tree: baseTree, tree: entries(changed) });
  if (tree.data.sha === baseTree) return { action: "unchanged" };
  const commit = await gh.rest.git.createCommit({ owner, repo, message: t.message, tree: tree.data.sha, parents: [head] });
  await gh.rest.git.updateRef({ owner, repo, ref: `heads/${t.branch}`, sha: commit.data.sha, force: false });
  return { action: "updated", commit: commit.data.sha, paths: changed.map((f) => f.path) };
}

/** The commit the branch points at, or undefined when there is no such branch. */
async function branchHead(gh: GitHub, t: BranchTarget): Promise<string | undefined> {
  try {
    const ref = await gh.rest.git.getRef({ owner: t.owner, repo: t.repo, ref: `heads/${t.branch}` });
    if (ref.data.object.type !== "commit") throw new Error(`refs/heads/${t.branch} points at a ${ref.data.object.type}, not a commit`);
    return ref.data.object.sha;
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}
