// Which models a pull request asks us to judge, and analyze() limited to them. Pure: no I/O.
// A PR is judged on the models it touches, not on problems that were there before it.
import path from "node:path/posix";
import { analyze, type AnalysisInput } from "../pipeline.js";
import { classify, discover } from "../readers/discover.js";
import type { Report } from "../report.js";

export type Scope =
  | { kind: "none" }
  /** Every model: the policy or a dataset card changed, or the run is not a PR. */
  | { kind: "all"; reason: string }
  | { kind: "models"; dirs: string[] };

export function underRoots(roots: readonly string[], p: string): boolean {
  return roots.some((r) => {
    const root = path.normalize(r).replace(/\/$/, "");
    return root === "." || p === root || p.startsWith(`${root}/`);
  });
}

/** `changed`: paths the PR changes; `present`: the relevant paths at its head. */
export function scopeOfChange(changed: readonly string[], present: readonly string[], policyFile: string, roots: readonly string[]): Scope {
  if (changed.includes(policyFile)) return { kind: "all", reason: "the pull request changes the policy" };
  const relevant = changed.filter((p) => underRoots(roots, p) && classify(p));
  if (relevant.some((p) => classify(p) === "dataset-card")) return { kind: "all", reason: "the pull request changes a dataset card" };
  const models = new Set(discover(present).models.map((m) => m.dir));
  const dirs = new Set<string>();
  for (const p of relevant) {
    const owner = nearest(path.dirname(p), models);
    if (owner !== undefined) dirs.add(owner);
  }
  return dirs.size === 0 ? { kind: "none" } : { kind: "models", dirs: [...dirs].sort() };
}

/** Adds the models whose lineage runs through a touched model (a fine-tune of a changed base). */
export function withDescendants(all: Report, dirs: readonly string[]): string[] {
  const touched = new Set(dirs);
  // An in-tree base is named by its card file; bases from rules/ are not the PR's to change.
  const dirOfCard = new Map(all.models.flatMap((m) => (m.card ? [[m.card.file, m.path] as const] : [])));
  for (const m of all.models) {
    if (m.baseModels.some((b) => b.id !== undefined && touched.has(dirOfCard.get(b.id) ?? "\0"))) touched.add(m.path);
  }
  return [...touched].sort();
}

/** analyze() over the scope's models. */
export function analyzeScope(input: AnalysisInput, scope: Scope): Report {
  if (scope.kind === "all") return analyze(input);
  if (scope.kind === "none") return analyze({ ...input, onlyModels: [] });
  // A fine-tune of a changed base is judged too (its rights flow from that base), which takes a
  // first pass over every model to learn the lineage.
  const all = analyze(input);
  const only = withDescendants(all, scope.dirs);
  return only.length === all.models.length ? all : analyze({ ...input, onlyModels: only });
}

function nearest(dir: string, models: ReadonlySet<string>): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (models.has(d)) return d;
    if (d === "." || d === "/" || d === "") return undefined;
  }
}
