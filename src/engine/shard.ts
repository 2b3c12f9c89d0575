// Shards of a GitHub Actions matrix: job K of N checks the models whose lineage group hashes to K.
// A group is the models joined by in-tree lineage (a fine-tune and the base it names in this
// repository), so a model and its in-tree bases are always judged by the same job. The hash is of
// the group's key, a path, so a model stays in its shard from run to run while its lineage holds,
// and the shards are about equal because SHA-256 spreads paths evenly.
import { createHash } from "node:crypto";
import { localeOrder } from "../order.js";

/** Job `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Most jobs a matrix may have (GitHub's limit is 256 per workflow run). */
export const MAX_SHARDS = 256;

/** `K/N` (1 ≤ K ≤ N ≤ 256) as a Shard, or why not. */
export function parseShard(text: string): Shard | string {
  const m = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  if (!m) return `must be K/N (this job's number and the number of jobs, e.g. 2/4), not '${text}'`;
  const [index, count] = [Number(m[1]), Number(m[2])];
  if (count < 1 || count > MAX_SHARDS) return `N must be 1 to ${MAX_SHARDS}, not ${count}`;
  if (index < 1 || index > count) return `K must be 1 to ${count}, not ${index}`;
  return { index, count };
}

/** The shard (1-based) of a group key: the first 32 bits of its SHA-256, modulo the count. */
export function shardOfKey(key: string, count: number): number {
  return (createHash("sha256").update(key).digest().readUInt32BE(0) % count) + 1;
}

/**
 * Each model's group key: the first, in path order, of the group's roots (members with no in-tree
 * base), else of its members (a cycle). Adding a fine-tune to a group leaves its key alone.
 * `basesOf` gives the model folders a model names as bases in this tree.
 */
export function lineageKeys(dirs: readonly string[], basesOf: (dir: string) => readonly string[]): Map<string, string> {
  const parent = new Map(dirs.map((d) => [d, d]));
  const find = (d: string): string => {
    let root = d;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let x = d; x !== root; ) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const hasBase = new Set<string>();
  for (const d of dirs) {
    for (const b of basesOf(d)) {
      if (!parent.has(b) || b === d) continue;
      hasBase.add(d);
      parent.set(find(d), find(b));
    }
  }
  const key = new Map<string, { root?: string; any: string }>();
  for (const d of [...dirs].sort(localeOrder)) {
    const g = find(d);
    const k = key.get(g) ?? { any: d };
    if (k.root === undefined && !hasBase.has(d)) k.root = d;
    key.set(g, k);
  }
  return new Map(dirs.map((d) => {
    const k = key.get(find(d))!;
    return [d, k.root ?? k.any];
  }));
}

/** The model folders of `dirs` that shard `shard` checks. */
export function shardMembers(dirs: readonly string[], basesOf: (dir: string) => readonly string[], shard: Shard): Set<string> {
  const keys = lineageKeys(dirs, basesOf);
  return new Set(dirs.filter((d) => shardOfKey(keys.get(d)!, shard.count) === shard.index));
}
