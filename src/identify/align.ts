// Alignment of two chunk-digest sequences (input and reference): the longest common subsequence of
// equal digests, by the longest increasing subsequence over the matching pairs (Hunt-Szymanski), then
// the gaps between matched chunks as inserted, deleted or changed runs. Digests rarely repeat in a
// license text, so there are few pairs and the cost is near linear in the two lengths.

export interface Gap {
  /** Input chunks [inFrom, inTo) and reference chunks [refFrom, refTo) between two matched chunks. */
  inFrom: number;
  inTo: number;
  refFrom: number;
  refTo: number;
  /** Before the first matched chunk or after the last one. */
  edge: "leading" | "inner" | "trailing";
}

export interface Alignment {
  /** Matched pairs [input chunk, reference chunk], increasing in both. */
  pairs: [number, number][];
  gaps: Gap[];
}

/** Reference positions of each digest, in descending order (so each input chunk extends the LIS once). */
function positionsByDigest(ref: Uint32Array): Map<number, number[]> {
  const at = new Map<number, number[]>();
  for (let j = ref.length - 1; j >= 0; j--) {
    const list = at.get(ref[j]!);
    if (list) list.push(j);
    else at.set(ref[j]!, [j]);
  }
  return at;
}

/** Longest chain of pairs increasing in both coordinates. */
function longestChain(input: Uint32Array, ref: Uint32Array): [number, number][] {
  const at = positionsByDigest(ref);
  // tails[k]: index (into nodes) of the chain of length k+1 ending at the smallest reference position.
  const tails: number[] = [];
  const nodes: { i: number; j: number; prev: number }[] = [];
  for (let i = 0; i < input.length; i++) {
    const js = at.get(input[i]!);
    if (!js) continue;
    for (const j of js) {
      let lo = 0;
      let hi = tails.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (nodes[tails[mid]!]!.j < j) lo = mid + 1;
        else hi = mid;
      }
      nodes.push({ i, j, prev: lo > 0 ? tails[lo - 1]! : -1 });
      tails[lo] = nodes.length - 1;
    }
  }
  const out: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = nodes[k]!.prev) out.push([nodes[k]!.i, nodes[k]!.j]);
  return out.reverse();
}

export function alignChunks(input: Uint32Array, ref: Uint32Array): Alignment {
  const pairs = longestChain(input, ref);
  const gaps: Gap[] = [];
  let pi = 0;
  let pj = 0;
  pairs.forEach(([i, j], k) => {
    if (i > pi || j > pj) gaps.push({ inFrom: pi, inTo: i, refFrom: pj, refTo: j, edge: k === 0 ? "leading" : "inner" });
    pi = i + 1;
    pj = j + 1;
  });
  if (pi < input.length || pj < ref.length) gaps.push({ inFrom: pi, inTo: input.length, refFrom: pj, refTo: ref.length, edge: pairs.length === 0 ? "leading" : "trailing" });
  return { pairs, gaps };
}
