// The files of a commit that a run needs, read through the API as data (pull_request_target and
// workflow_run never check out the PR; a head-ref is read the same way). A scope of a few models
// fetches only their cards and license files and, following what those cards name, the in-tree
// bases and dataset cards their facts may come from: a one-file PR in a 600-model repository costs
// a handful of blobs, not 601. Fine-tunes of a changed model cannot be found without reading every
// card, so this scope judges the changed models only (Scope.fineTunes is false here).
import path from "node:path/posix";
import type { KnowledgeBase } from "../kb/load.js";
import { nameIndex, type InputFile } from "../pipeline.js";
import { readDatasetCard } from "../readers/dataset-card.js";
import { classify, discover, isModelFile } from "../readers/discover.js";
import { vendoredPathReason } from "../readers/scope.js";
import { readModelCard, type NameIndex } from "../readers/model-card.js";
import { LINEAGE_LIMITS } from "../facts/resolve.js";
import type { GitHub } from "../github/client.js";
import type { RunContext } from "../github/context.js";
import { readBlobs, type Skipped, type Tree, type TreeFile } from "../github/trees.js";
import { underRoots, type Scope } from "./scope.js";

export interface CommitFiles {
  files: InputFile[];
  skipped: Skipped[];
}

/** The relevant regular files of `tree` under the scanned roots, outside vendored and build folders. */
export function relevantFiles(tree: Tree, roots: readonly string[]): TreeFile[] {
  return tree.files.filter((f) => classify(f.path) !== undefined && underRoots(roots, f.path) && !vendoredPathReason(f.path));
}

/** The tree's cards and license files in vendored folders, each folder said once. */
function vendoredSkips(tree: Tree, roots: readonly string[]): Skipped[] {
  const seen = new Map<string, string>();
  for (const f of tree.files) {
    const v = classify(f.path) !== undefined && underRoots(roots, f.path) ? vendoredPathReason(f.path) : undefined;
    if (v && !seen.has(v.folder)) seen.set(v.folder, v.reason);
  }
  return [...seen].map(([path, reason]) => ({ path, reason }));
}

/** Weights and model configs as listed by the tree (a card beside them is a model card), never fetched. */
function modelFiles(tree: Tree, roots: readonly string[]): InputFile[] {
  return tree.files.filter((f) => isModelFile(f.path) && underRoots(roots, f.path) && !vendoredPathReason(f.path)).map((f) => ({ path: f.path, content: "" }));
}

export async function filesForScope(gh: GitHub, ctx: RunContext, tree: Tree, roots: readonly string[], scope: Scope, kb: KnowledgeBase): Promise<CommitFiles> {
  const relevant = relevantFiles(tree, roots);
  const skipped = [...tree.skipped.filter((s) => underRoots(roots, s.path)), ...vendoredSkips(tree, roots)];
  if (tree.truncated) skipped.push({ path: ".", reason: "GitHub cut the repository's file list short (over 100,000 entries): files past the cut were not read" });
  if (scope.kind === "none") return { files: [], skipped };
  if (scope.kind === "all") {
    const read = await readBlobs(gh, ctx, relevant);
    return { files: [...read.files, ...modelFiles(tree, roots)], skipped: [...skipped, ...read.skipped] };
  }
  const lineage = new Lineage(relevant, nameIndex(kb));
  const files: InputFile[] = [];
  let wanted = lineage.filesOf(scope.dirs);
  for (let depth = 0; wanted.length > 0 && depth <= LINEAGE_LIMITS.maxDepth; depth++) {
    const read = await readBlobs(gh, ctx, wanted);
    files.push(...read.files);
    skipped.push(...read.skipped);
    wanted = lineage.namedBy(read.files);
  }
  return { files: [...files, ...modelFiles(tree, roots)], skipped };
}

/**
 * The tree's models and dataset cards by the names a card may use for them, for following
 * references without the engine. It matches more than src/facts/resolve.ts may use (any folder
 * named like the reference, never a `.hub/` copy): a blob too many costs a request, one too few
 * would change a verdict.
 */
class Lineage {
  private readonly models: Map<string, TreeFile[]>;
  private readonly modelsByName = new Map<string, string[]>();
  private readonly datasetCards = new Map<string, TreeFile[]>();
  private readonly requested = new Set<string>();

  constructor(
    relevant: readonly TreeFile[],
    private readonly names: NameIndex,
  ) {
    const byPath = new Map(relevant.map((f) => [f.path, f]));
    const found = discover([...byPath.keys()]);
    this.models = new Map(found.models.map((m) => [m.dir, [m.card, ...m.licenses].flatMap((p) => (p ? [byPath.get(p)!] : []))]));
    for (const m of found.models) {
      if (m.dir === "." || m.dir.startsWith(".hub/")) continue;
      for (const key of [m.dir.toLowerCase(), lastSegment(m.dir)]) this.modelsByName.set(key, [...(this.modelsByName.get(key) ?? []), m.dir]);
    }
    for (const file of found.datasetCards) {
      const name = path.basename(path.dirname(file)).toLowerCase();
      this.datasetCards.set(name, [...(this.datasetCards.get(name) ?? []), byPath.get(file)!]);
    }
  }

  /** The card and license files of these model folders, not requested before. */
  filesOf(dirs: readonly string[]): TreeFile[] {
    return this.fresh(dirs.flatMap((d) => this.models.get(d) ?? []));
  }

  /** The in-tree files that these just-read cards name as a base, component or dataset. */
  namedBy(read: readonly InputFile[]): TreeFile[] {
    const out: TreeFile[] = [];
    for (const f of read) {
      const role = classify(f.path);
      if (role === "model-card") {
        const card = readModelCard(f.path, f.content, this.names);
        const self = path.dirname(f.path);
        for (const ref of [...card.baseModels, ...card.proseBaseModels, ...card.proseComponents]) out.push(...this.modelFiles(ref.value, self));
        for (const d of card.datasets) out.push(...this.datasetFiles(d.value));
        for (const d of card.proseDatasets) out.push(...this.datasetFiles(d.value.ref));
      } else if (role === "dataset-card") {
        for (const s of readDatasetCard(f.path, f.content).sourceDatasets) out.push(...this.datasetFiles(s.value));
      }
    }
    return this.fresh(out);
  }

  private modelFiles(ref: string, self: string): TreeFile[] {
    const clean = ref.trim().replace(/^https?:\/\/huggingface\.co\//, "").replace(/^\.\//, "").replace(/\/$/, "").toLowerCase();
    const dirs = [...(this.modelsByName.get(clean) ?? []), ...(this.modelsByName.get(lastSegment(clean)) ?? [])];
    return dirs.filter((d) => d !== self).flatMap((d) => this.models.get(d) ?? []);
  }

  private datasetFiles(ref: string): TreeFile[] {
    const clean = ref.trim().replace(/^https?:\/\/huggingface\.co\/datasets\//, "").replace(/\/$/, "").toLowerCase();
    return [...(this.datasetCards.get(clean) ?? []), ...(this.datasetCards.get(lastSegment(clean)) ?? [])];
  }

  private fresh(files: readonly TreeFile[]): TreeFile[] {
    return files.filter((f) => {
      if (this.requested.has(f.path)) return false;
      this.requested.add(f.path);
      return true;
    });
  }
}

function lastSegment(p: string): string {
  return p.toLowerCase().split("/").pop() ?? "";
}
