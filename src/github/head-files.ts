// pull_request_target runs with a write token on the base repository's code, so the PR's files
// must never be checked out or executed. Its cards and license files are read through the API at
// the head commit, as data only.
import type { InputFile } from "../pipeline.js";
import { classify } from "../readers/discover.js";
import { MAX_TEXT_BYTES } from "../readers/text.js";
import type { GitHub } from "./client.js";
import type { RunContext } from "./context.js";
import * as core from "@actions/core";

/** Cards, license files and dataset cards at `sha` under `roots`. */
export async function readFilesAt(gh: GitHub, ctx: RunContext, sha: string, inScope: (p: string) => boolean): Promise<InputFile[]> {
  const { data } = await gh.rest.git.getTree({ owner: ctx.owner, repo: ctx.repo, tree_sha: sha, recursive: "true" });
  if (data.truncated) core.warning("The repository tree is too large for one API response; some files of the pull request were not checked.");
  const wanted = data.tree.filter((e) => e.type === "blob" && e.path && e.sha && classify(e.path) && inScope(e.path));
  return Promise.all(
    wanted.map(async (e) => {
      const blob = await gh.rest.git.getBlob({ owner: ctx.owner, repo: ctx.repo, file_sha: e.sha! });
      const bytes = Buffer.from(blob.data.content, blob.data.encoding === "base64" ? "base64" : "utf8");
      // One byte past the limit is enough for the reader to report an oversized file.
      return { path: e.path!, content: bytes.subarray(0, MAX_TEXT_BYTES + 1) };
    }),
  );
}
