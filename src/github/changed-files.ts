// The files a pull request changes, from the API (the checkout of a PR has no history to diff).
import type { GitHub } from "./client.js";
import type { RunContext } from "./context.js";

export interface ChangedFiles {
  /** Paths the PR adds, modifies or removes; a rename counts under its old and its new name. */
  paths: string[];
  /** Per file, the line ranges of the new side that the diff shows (where review comments may go). */
  diffLines: Map<string, [number, number][]>;
}

export async function listChangedFiles(gh: GitHub, ctx: RunContext, pullNumber: number): Promise<ChangedFiles> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, { owner: ctx.owner, repo: ctx.repo, pull_number: pullNumber, per_page: 100 });
  return {
    paths: files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])),
    diffLines: new Map(files.map((f) => [f.filename, hunkRanges(f.patch)])),
  };
}

/** `@@ -a,b +c,d @@` headers → [c, c+d-1] ranges (GitHub leaves `patch` out for binary and huge files). */
export function hunkRanges(patch: string | undefined): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of (patch ?? "").matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) ranges.push([start, start + count - 1]);
  }
  return ranges;
}
