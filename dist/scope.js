import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { c as classify, d as discover, _ as __builtin, a as analyze } from './words.js';

// Which models a run asks analyze() to judge. Pure: no I/O, no analysis.
// A PR is judged on the models it touches, not on problems that were there before it; when what
// it touches cannot be known (GitHub's list of its files is cut off), every model is judged.


 










function underRoots(roots, p) {
  return roots.some((r) => {
    const root = __builtin.normalize(r).replace(/\/$/, "");
    return root === "." || p === root || p.startsWith(`${root}/`);
  });
}

/** The paths of `changed` the tool reads (cards, license files, dataset cards) under the scanned roots. */
function relevantChanges(changed, roots) {
  return changed.filter((p) => underRoots(roots, p) && classify(p) !== undefined);
}
















const NOTHING_CHANGED = "no model card, license file, dataset card or policy under the scanned paths changed in this pull request";

function scopeOfChange(c) {
  if (c.incomplete) return { kind: "all", reason: `${c.incomplete}: every model is checked` };
  const subject = c.subject ?? "the pull request";
  if (c.changed.includes(c.policyFile)) return { kind: "all", reason: `${subject} changes the policy` };
  const relevant = relevantChanges(c.changed, c.roots);
  if (relevant.some((p) => classify(p) === "dataset-card")) return { kind: "all", reason: `${subject} changes a dataset card` };
  const models = new Set(discover(c.present).models.map((m) => m.dir));
  const dirs = new Set();
  for (const p of relevant) {
    const owner = nearest(__builtin.dirname(p), models);
    if (owner !== undefined) dirs.add(owner);
  }
  if (dirs.size === 0) return { kind: "none", reason: c.subject ? `no model card, license file, dataset card or policy under the scanned paths changed in ${subject}` : NOTHING_CHANGED };
  return { kind: "models", dirs: [...dirs].sort(), fineTunes: c.allCardsAtHand };
}

/** What analyze() is asked for: undefined = every model; a list = those (and their fine-tunes when asked). */
function selectionOf(scope) {
  if (scope.kind === "all") return {};
  if (scope.kind === "none") return { onlyModels: [] };
  return { onlyModels: scope.dirs, withFineTunes: scope.fineTunes };
}

/** analyze() over the scope's models, in one analysis (the CLI's --changed-since uses it too). */
function analyzeScope(input, scope) {
  return analyze({ ...input, ...selectionOf(scope) });
}

function nearest(dir, models) {
  for (let d = dir; ; d = __builtin.dirname(d)) {
    if (models.has(d)) return d;
    if (d === "." || d === "/" || d === "") return undefined;
  }
}

export { NOTHING_CHANGED as N, analyzeScope as a, selectionOf as b, relevantChanges as r, scopeOfChange as s, underRoots as u };
