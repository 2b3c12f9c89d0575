import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { a as analyze, _ as __builtin, c as classify, d as discover } from './words.js';

// Which models a pull request asks us to judge, and analyze() limited to them. Pure: no I/O.
// A PR is judged on the models it touches, not on problems that were there before it.


 





function underRoots(roots, p) {
  return roots.some((r) => {
    const root = __builtin.normalize(r).replace(/\/$/, "");
    return root === "." || p === root || p.startsWith(`${root}/`);
  });
}

/** `changed`: paths the PR changes; `present`: the relevant paths at its head. */
function scopeOfChange(changed, present, policyFile, roots) {
  if (changed.includes(policyFile)) return { kind: "all", reason: "the pull request changes the policy" };
  const relevant = changed.filter((p) => underRoots(roots, p) && classify(p));
  if (relevant.some((p) => classify(p) === "dataset-card")) return { kind: "all", reason: "the pull request changes a dataset card" };
  const models = new Set(discover(present).models.map((m) => m.dir));
  const dirs = new Set();
  for (const p of relevant) {
    const owner = nearest(__builtin.dirname(p), models);
    if (owner !== undefined) dirs.add(owner);
  }
  return dirs.size === 0 ? { kind: "none" } : { kind: "models", dirs: [...dirs].sort() };
}

/** Adds the models whose lineage runs through a touched model (a fine-tune of a changed base). */
function withDescendants(all, dirs) {
  const touched = new Set(dirs);
  // An in-tree base is named by its card file; bases from rules/ are not the PR's to change.
  const dirOfCard = new Map(all.models.flatMap((m) => (m.card ? [[m.card.file, m.path] ] : [])));
  for (const m of all.models) {
    if (m.baseModels.some((b) => b.id !== undefined && touched.has(dirOfCard.get(b.id) ?? "\0"))) touched.add(m.path);
  }
  return [...touched].sort();
}

/** analyze() over the scope's models. */
function analyzeScope(input, scope) {
  if (scope.kind === "all") return analyze(input);
  if (scope.kind === "none") return analyze({ ...input, onlyModels: [] });
  // A fine-tune of a changed base is judged too (its rights flow from that base), which takes a
  // first pass over every model to learn the lineage.
  const all = analyze(input);
  const only = withDescendants(all, scope.dirs);
  return only.length === all.models.length ? all : analyze({ ...input, onlyModels: only });
}

function nearest(dir, models) {
  for (let d = dir; ; d = __builtin.dirname(d)) {
    if (models.has(d)) return d;
    if (d === "." || d === "/" || d === "") return undefined;
  }
}

export { analyzeScope as a, scopeOfChange as s, underRoots as u };
