// A commit's files through the Git Data API, as data: nothing is checked out or executed. Used
// where the PR's code must not run (pull_request_target, workflow_run) and to diff two commits
// when GitHub's list of a PR's files is cut off. Only regular files are fetched: a symbolic link
// is a path and its target, never followed, and what is not read is said with its reason.
import type { InputFile } from "../pipeline.js";
import { MAX_TEXT_BYTES } from "../readers/text.js";
import type { GitHub } from "./client.js";
import type { RunContext } from "./context.js";

export interface TreeFile {
  path: string;
  /** Blob id: equal ids are equal contents. */
  sha: string;
  size?: number | undefined;
}

export interface Skipped {
  path: string;
  reason: string;
}

export interface Tree {
  files: TreeFile[];
  /** Entries that are not regular files (symbolic links, submodules), with why they are not read. */
  skipped: Skipped[];
  /** GitHub cut the listing short (over 100,000 entries or 7 MB): some paths are missing. */
  truncated: boolean;
}

const REGULAR = new Set(["100644", "100755"]);

export async function readTree(gh: GitHub, ctx: RunContext, sha: string): Promise<Tree> {
  const { data } = await gh.rest.git.getTree({ owner: ctx.owner, repo: ctx.repo, tree_sha: sha, recursive: "true" });
  const tree: Tree = { files: [], skipped: [], truncated: Boolean(data.truncated) };
  for (const e of data.tree) {
    if (!e.path || !e.sha || e.type === "tree") continue;
    if (e.type === "blob" && REGULAR.has(e.mode ?? "")) tree.files.push({ path: e.path, sha: e.sha, size: e.size });
    else if (e.mode === "120000") tree.skipped.push({ path: e.path, reason: "symbolic link (not followed)" });
    else if (e.type === "commit") tree.skipped.push({ path: e.path, reason: "submodule (not read)" });
  }
  return tree;
}

export interface BlobsRead {
  files: InputFile[];
  skipped: Skipped[];
}

/** The blobs of `wanted`, a few at a time; one too large for a card is skipped, never downloaded. */
export async function readBlobs(gh: GitHub, ctx: RunContext, wanted: readonly TreeFile[], concurrency = 8): Promise<BlobsRead> {
  const skipped: Skipped[] = [];
  const small = wanted.filter((f) => {
    if ((f.size ?? 0) <= MAX_TEXT_BYTES) return true;
    skipped.push({ path: f.path, reason: `${f.size} bytes, over the ${MAX_TEXT_BYTES}-byte limit for a card or license (not downloaded)` });
    return false;
  });
  const files = await mapLimit(small, concurrency, async (f) => {
    const { data } = await gh.rest.git.getBlob({ owner: ctx.owner, repo: ctx.repo, file_sha: f.sha });
    const bytes = Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8");
    // One byte past the limit is enough for the reader to report an oversized file.
    return { path: f.path, content: bytes.subarray(0, MAX_TEXT_BYTES + 1) };
  });
  return { files, skipped };
}

export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
