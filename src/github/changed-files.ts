// The files a pull request changes, from the API (the checkout of a PR has no history to diff).
import type { GitHub } from "./client.js";
import type { RunContext } from "./context.js";

/** Paths the PR adds, modifies or removes; a rename counts under its old and its new name. */
export async function listChangedFiles(gh: GitHub, ctx: RunContext, pullNumber: number): Promise<string[]> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, { owner: ctx.owner, repo: ctx.repo, pull_number: pullNumber, per_page: 100 });
  return files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename]));
}
