// Which models a run asks analyze() to judge. Pure: no I/O, no analysis.
// A PR is judged on the models it touches, not on problems that were there before it; when what
// it touches cannot be known (GitHub's list of its files is cut off), every model is judged.
import path from "node:path/posix";
import { HUB_DIR } from "../facts/resolve.js";
import { analyze, type AnalysisInput } from "../pipeline.js";
import { classify, discover } from "../readers/discover.js";
import type { Report } from "../report.js";

export type Scope =
  /** Nothing the tool reads changed: no model is judged, and that is the expected outcome. */
  | { kind: "none"; reason: string }
  /** Every model under the scanned paths. */
  | { kind: "all"; reason: string }
  /**
   * The models a change touches. `fineTunes`: also the in-tree fine-tunes of those (their rights
   * flow from the changed base); possible only where every card is at hand (a checkout).
   */
  | { kind: "models"; dirs: string[]; fineTunes: boolean };

export function underRoots(roots: readonly string[], p: string): boolean {
  return roots.some((r) => {
    const root = path.normalize(r).replace(/\/$/, "");
    return root === "." || p === root || p.startsWith(`${root}/`);
  });
}

/**
 * The paths of `changed` the tool reads (cards, license files, dataset cards) under the scanned
 * roots. A `.hub/` folder in the repository is never read (fetched cards arrive apart), so a
 * change to one touches no model.
 */
export function relevantChanges(changed: readonly string[], roots: readonly string[]): string[] {
  return changed.filter((p) => underRoots(roots, p) && classify(p) !== undefined && !p.startsWith(`${HUB_DIR}/`));
}

export interface Change {
  /** Paths the change adds, modifies or removes (all of them, or as many as GitHub listed). */
  changed: readonly string[];
  /** The relevant paths present after the change. */
  present: readonly string[];
  policyFile: string;
  roots: readonly string[];
  /** Why `changed` is not the whole change (GitHub's 3,000-file cap), when it is not. */
  incomplete?: string | undefined;
  /** Every card is at hand, so fine-tunes of a changed base can be found. */
  allCardsAtHand: boolean;
  /** What made the change, for the reasons given: default "the pull request". */
  subject?: string | undefined;
}

export const NOTHING_CHANGED = "no model card, license file, dataset card or policy under the scanned paths changed in this pull request";

export function scopeOfChange(c: Change): Scope {
  if (c.incomplete) return { kind: "all", reason: `${c.incomplete}: every model is checked` };
  const subject = c.subject ?? "the pull request";
  if (c.changed.includes(c.policyFile)) return { kind: "all", reason: `${subject} changes the policy` };
  const relevant = relevantChanges(c.changed, c.roots);
  if (relevant.some((p) => classify(p) === "dataset-card")) return { kind: "all", reason: `${subject} changes a dataset card` };
  const models = new Set(discover(c.present).models.map((m) => m.dir));
  const dirs = new Set<string>();
  for (const p of relevant) {
    const owner = nearest(path.dirname(p), models);
    if (owner !== undefined) dirs.add(owner);
  }
  if (dirs.size === 0) return { kind: "none", reason: c.subject ? `no model card, license file, dataset card or policy under the scanned paths changed in ${subject}` : NOTHING_CHANGED };
  return { kind: "models", dirs: [...dirs].sort(), fineTunes: c.allCardsAtHand };
}

/** What analyze() is asked for: undefined = every model; a list = those (and their fine-tunes when asked). */
export function selectionOf(scope: Scope): { onlyModels?: string[]; withFineTunes?: boolean } {
  if (scope.kind === "all") return {};
  if (scope.kind === "none") return { onlyModels: [] };
  return { onlyModels: scope.dirs, withFineTunes: scope.fineTunes };
}

/** analyze() over the scope's models, in one analysis (the CLI's --changed-since uses it too). */
export function analyzeScope(input: AnalysisInput, scope: Scope): Report {
  return analyze({ ...input, ...selectionOf(scope) });
}

function nearest(dir: string, models: ReadonlySet<string>): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (models.has(d)) return d;
    if (d === "." || d === "/" || d === "") return undefined;
  }
}
