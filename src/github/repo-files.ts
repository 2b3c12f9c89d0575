// Single files at a commit through the contents API: the base branch's policy and the base
// branch's versions of the files a PR changes (what the PR must not be able to loosen), and a
// policy kept in another repository (`owner/repo/path@ref`, read with the run's token).
import type { InputFile } from "../pipeline.js";
import { MAX_TEXT_BYTES } from "../readers/text.js";
import type { GitHub } from "./client.js";
import { faultOf } from "./faults.js";
import { mapLimit } from "./trees.js";

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The file at `ref`, or undefined when it does not exist there (a 404 is an answer, not a fault). */
export async function readFileAt(gh: GitHub, at: RepoRef, file: string, ref: string): Promise<InputFile | undefined> {
  try {
    const { data } = await gh.rest.repos.getContent({ owner: at.owner, repo: at.repo, path: file, ref });
    if (Array.isArray(data) || data.type !== "file") return undefined;
    // Files over 1 MB come without content: one byte past the reader's limit lets it say so.
    const content = data.content ? Buffer.from(data.content, "base64") : Buffer.alloc(Math.min(data.size, MAX_TEXT_BYTES + 1));
    return { path: file, content: content.subarray(0, MAX_TEXT_BYTES + 1) };
  } catch (e) {
    if (faultOf(e)?.kind === "not-found") return undefined;
    throw e;
  }
}

/** Those of `files` that exist at `ref`, a few requests at a time. */
export async function readFilesAt(gh: GitHub, at: RepoRef, files: readonly string[], ref: string, concurrency = 8): Promise<InputFile[]> {
  const read = await mapLimit(files, concurrency, (f) => readFileAt(gh, at, f, ref));
  return read.filter((f): f is InputFile => f !== undefined);
}
