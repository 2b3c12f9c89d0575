// The files a pull request changes, from the API (the checkout of a PR has no history to diff),
// and whether that list is the whole change: GitHub lists at most 3,000 files of a pull request,
// and a list shorter than the PR's `changed_files` is not the whole change either.
import type { GitHub } from "./client.js";
import type { PullRequest, RunContext } from "./context.js";

/** GitHub's cap on the files `GET /pulls/{n}/files` lists. */
export const LISTED_FILES_CAP = 3000;

export interface ChangedFiles {
  /** Paths the PR adds, modifies or removes; a rename counts under its old and its new name. */
  paths: string[];
  /** Those of `paths` that exist on the base branch (modified, removed, a rename's old name). */
  inBase: string[];
  /** Per file, the line ranges of the new side that the diff shows (where review comments may go). */
  diffLines: Map<string, [number, number][]>;
  /** Files listed (a rename is one). */
  listed: number;
  /** Why the list is not the whole change, or undefined when it is. */
  incomplete?: string | undefined;
}

export async function listChangedFiles(gh: GitHub, ctx: RunContext, pr: PullRequest): Promise<ChangedFiles> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, { owner: ctx.owner, repo: ctx.repo, pull_number: pr.number, per_page: 100 });
  return {
    paths: files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])),
    inBase: files.flatMap((f) => (f.status === "renamed" && f.previous_filename ? [f.previous_filename] : f.status === "added" || f.status === "copied" ? [] : [f.filename])),
    diffLines: new Map(files.map((f) => [f.filename, hunkRanges(f.patch)])),
    listed: files.length,
    incomplete: incompleteness(files.length, pr.changedFiles),
  };
}

export function incompleteness(listed: number, expected: number | undefined): string | undefined {
  if (listed >= LISTED_FILES_CAP) {
    return `GitHub lists at most ${thousands(LISTED_FILES_CAP)} files of a pull request, and this one changes ${expected === undefined ? "at least that many" : thousands(expected)}`;
  }
  if (expected !== undefined && listed < expected) return `GitHub listed ${thousands(listed)} of the ${thousands(expected)} files this pull request changes`;
  return undefined;
}

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ",");

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
