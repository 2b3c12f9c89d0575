// The matchers. Each looks at the prepared input and reports what it found with a confidence (0-100);
// identify.ts runs them in order and decides. They share the prepared input so the text is normalised once.
import { createHash } from "node:crypto";
import { FREQUENT_WORDS, MASK_WORDS, type FingerprintIndex, type License, type Variant } from "./fingerprints.js";
import { U32Table } from "./hashtable.js";
import { NAME_FILLERS, nameTokens } from "./names.js";
import { bigramPositions, normaliseText, tokenize } from "./normalise.js";

/** Tunables of the dice matcher, in one place. */
export const DICE = {
  /** Minimum estimated share (0-1) of a reference's word bigrams present in the input: word order matters. */
  bigramFloor: 0.5,
  /** Candidates within this many points of the best are compared by their distinguishing tokens. */
  nearMargin: 6,
  /** A containment match needs this share of the reference's distinct words and sampled bigrams. */
  containWords: 0.9,
  containBigrams: 0.8,
  /** ... with the sampled bigrams spread over at most this multiple of the reference's length. */
  containSpread: 1.3,
  /** Dice confidence never reaches 100 (reserved for exact). */
  maxConfidence: 99,
} as const;

/** The reference matcher only reads texts this short (in words): a name in a long text is not its license. */
export const REFERENCE_MAX_WORDS = 300;

export interface PreparedInput {
  raw: string;
  tokens: string[];
  /** FNV-1a hash of each token. */
  hashes: Uint32Array;
  readonly sha256: string;
  /** Distinct vocabulary ids of the input's words. */
  wordIds: number[];
  /** Distinct words, including those outside the vocabulary. */
  uniqueWords: number;
  /** Distinct bigram hash → first position. */
  bigrams: U32Table;
  /** Vocabulary id of the token at a position (-1 when no reference has the word). */
  wordIdOf: (position: number) => number;
}

export function prepare(raw: string, index: FingerprintIndex): PreparedInput {
  const n = tokenize(normaliseText(raw));
  const unique = new U32Table(n.hashes.length);
  const wordIds: number[] = [];
  for (const h of n.hashes) {
    if (!unique.add(h, 0)) continue;
    const id = index.wordId(h);
    if (id >= 0) wordIds.push(id);
  }
  let sha256: string | undefined;
  return {
    raw,
    tokens: n.tokens,
    hashes: n.hashes,
    // The exact fingerprint, hashed when first asked for (matchExact asks only when a reference has as many words).
    get sha256() {
      return (sha256 ??= createHash("sha256").update(n.tokens.join(" "), "utf8").digest("hex"));
    },
    wordIds,
    uniqueWords: unique.size,
    bigrams: bigramPositions(n.hashes),
    wordIdOf: (i) => index.wordId(n.hashes[i]!),
  };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

let counts = new Uint16Array(0);
const inputMask = new Uint32Array(MASK_WORDS);

/** Number of the input's distinct words in each variant's word list, by variant slot. */
function overlaps(input: PreparedInput, index: FingerprintIndex): Uint16Array {
  const slots = index.variants.length;
  if (counts.length < slots) counts = new Uint16Array(slots);
  counts.fill(0, 0, slots);
  inputMask.fill(0);
  const { postings, postingStart } = index;
  for (const w of input.wordIds) {
    if (w < FREQUENT_WORDS) {
      inputMask[w >>> 5]! |= 1 << (w & 31);
      continue;
    }
    const r = w - FREQUENT_WORDS;
    for (let k = postingStart[r]!, end = postingStart[r + 1]!; k < end; k++) counts[postings[k]!]!++;
  }
  const masks = index.masks;
  for (let slot = 0; slot < slots; slot++) {
    let n = counts[slot]!;
    const base = slot * MASK_WORDS;
    for (let k = 0; k < MASK_WORDS; k++) {
      const x = masks[base + k]! & inputMask[k]!;
      if (x !== 0) n += popcount(x);
    }
    counts[slot] = n;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------- exact

/** a. The normalised text's hash equals a reference's (full text or a known trim). */
export function matchExact(input: PreparedInput, index: FingerprintIndex, skip?: ReadonlySet<number>): Variant | undefined {
  const v = input.tokens.length > 0 && index.hasExactLength(input.tokens.length) ? index.byHash.get(input.sha256) : undefined;
  return v && !skip?.has(v.license) ? v : undefined;
}

// ------------------------------------------------------------------------------------------- declared

export interface DeclaredMatch {
  license: License | null;
  /** What was declared, as written. */
  declared: string;
  /** Where it came from: the caller (model card) or an SPDX-License-Identifier line in the text. */
  from: "caller" | "spdx-line";
  /** Operands of a compound SPDX expression (A OR B, A AND B) that resolved. */
  operands: License[];
}

/** An SPDX-License-Identifier line; an expression longer than 300 characters is cut (no real one is). */
const SPDX_LINE = /SPDX-License-Identifier:[ \t]*([^\n\r]{0,300})/i;

/** The operands of an SPDX expression (A OR B AND C WITH X), by word: the exception after WITH is dropped. */
function expressionOperands(expr: string): string[] {
  const operands: string[] = [];
  let current: string[] = [];
  let skip = false;
  for (const word of expr.split(/\s+/)) {
    const op = word.toUpperCase();
    if (op === "OR" || op === "AND") {
      if (current.length > 0) operands.push(current.join(" "));
      current = [];
      skip = false;
    } else if (op === "WITH") skip = true;
    else if (!skip && word !== "") current.push(word);
  }
  if (current.length > 0) operands.push(current.join(" "));
  return operands;
}

function resolveExpression(expr: string, index: FingerprintIndex): { license: License | null; operands: License[] } {
  const cleaned = expr
    .slice(0, 300)
    .replace(/\*\/|-->|#}|%>/g, " ")
    .replace(/[()]/g, " ")
    .trim();
  const whole = index.resolve(cleaned);
  if (whole) return { license: whole, operands: [] };
  const parts = expressionOperands(cleaned);
  const operands = parts.map((p) => index.resolve(p)).filter((l): l is License => l !== undefined);
  if (parts.length === 1) return { license: operands[0] ?? null, operands: [] };
  const distinct = [...new Map(operands.map((l) => [l.index, l])).values()];
  return { license: distinct.length === 1 && operands.length === parts.length ? distinct[0]! : null, operands: distinct };
}

/** b. A declared id: given by the caller (a model card's license / license_link) or an SPDX-License-Identifier line. */
export function matchDeclared(input: PreparedInput, index: FingerprintIndex, declared?: string, skip?: ReadonlySet<number>): DeclaredMatch | undefined {
  const m = declared?.trim() ? null : SPDX_LINE.exec(input.raw);
  const expr = declared?.trim() ? declared : m?.[1];
  if (!expr?.trim()) return undefined;
  const r = resolveExpression(expr, index);
  const known = (l: License | null) => (l && !skip?.has(l.index) ? l : null);
  return {
    license: known(r.license),
    operands: r.operands.filter((l) => known(l)),
    declared: expr.trim(),
    from: declared?.trim() ? "caller" : "spdx-line",
  };
}

// ----------------------------------------------------------------------------------------------- dice

export interface Candidate {
  license: License;
  variant: Variant;
  /** 0-100. */
  score: number;
  /** Share of the variant's distinct words present in the input (0-1). */
  wordRecall: number;
  /** Estimated share of the variant's bigrams present in the input (0-1). */
  bigramRecall: number;
  contained: boolean;
}

export interface DiceResult {
  /** Best variant per license, best first (the first SORTED_HEAD; the rest, of lower scores, in no order). */
  candidates: Candidate[];
  winner: Candidate | null;
  /** Set when the best candidates could not be told apart. */
  ambiguous: Candidate[];
  /** How the winner was chosen among near duplicates, for the confidence. */
  decisive: boolean;
  /** Other licenses whose full text is in the input as well (a file holding two licenses). */
  alsoPresent: Candidate[];
}

function f2(recall: number, precision: number): number {
  return recall + precision === 0 ? 0 : (5 * recall * precision) / (4 * precision + recall);
}

/** Candidates scoring less are not listed (as runners-up or closest candidates). */
const MIN_LISTED = 20;

/**
 * Similarity (0-100) of the input to one reference variant. Dice on word sets is the F1 of word recall
 * and precision; here recall and precision are each the mean of a word-set and a bigram measure, and
 * combined as F2 (recall counts double, so notes around a license cost less than missing parts). The
 * bigram precision (reference bigrams over input bigrams) is the length penalty, and the bigram recall
 * the word-order check. When the reference is present as one block (containment), its recall is the
 * score, less up to 5 points for the share of the input outside the block.
 */
function scoreVariant(v: Variant, overlap: number, input: PreparedInput, index: FingerprintIndex): Omit<Candidate, "license" | "variant"> {
  const inputWords = input.uniqueWords;
  const wordRecall = v.uniqueWords === 0 ? 0 : overlap / v.uniqueWords;
  if (wordRecall < 0.5 || inputWords === 0) {
    return { score: (200 * overlap) / (inputWords + v.uniqueWords || 1), wordRecall, bigramRecall: 0, contained: false };
  }
  // Where the sampled bigrams sit: by first and by last occurrence, so that a reference preceded or
  // followed by other text (whose common bigrams occur there too) is still seen as one block.
  let hits = 0;
  let firstLo = Infinity;
  let firstHi = -Infinity;
  let lastLo = Infinity;
  let lastHi = -Infinity;
  const samples = index.samples;
  for (let k = v.sampleFrom; k < v.sampleTo; k++) {
    const h = samples[k]!;
    const pos = input.bigrams.get(h);
    if (pos < 0) continue;
    hits++;
    const end = input.bigrams.getLast(h);
    if (pos < firstLo) firstLo = pos;
    if (pos > firstHi) firstHi = pos;
    if (end < lastLo) lastLo = end;
    if (end > lastHi) lastHi = end;
  }
  const spread = Math.min(firstHi - firstLo, lastHi - lastLo) + 1;
  const sampled = v.sampleTo - v.sampleFrom;
  const bigramRecall = sampled === 0 ? 0 : hits / sampled;
  const wordPrecision = overlap / inputWords;
  const bigramPrecision = input.bigrams.size === 0 ? 0 : Math.min(1, (bigramRecall * v.bigramCount) / input.bigrams.size);
  const recall = (wordRecall + bigramRecall) / 2;
  const precision = (wordPrecision + bigramPrecision) / 2;
  let score = 100 * f2(recall, precision);
  const n = input.tokens.length;
  const contained =
    wordRecall >= DICE.containWords &&
    bigramRecall >= DICE.containBigrams &&
    hits >= 2 &&
    spread <= DICE.containSpread * v.wordCount;
  // The reference is present as one block, whatever surrounds it: score its recall, less a little for
  // the share of the input outside it.
  if (contained) score = Math.max(score, 100 * recall - 5 * (1 - Math.min(1, v.wordCount / Math.max(1, n))));
  return { score, wordRecall, bigramRecall, contained };
}

/** Share (0-1) of a distinguishing-bigram sample present in the input; null for an empty sample. */
function presence(own: Uint32Array, input: PreparedInput): number | null {
  if (own.length === 0) return null;
  let n = 0;
  for (const h of own) if (input.bigrams.has(h)) n++;
  return n / own.length;
}

/**
 * Tells two near-duplicate licenses apart by the bigrams each has and the other lacks (version
 * numbers, dates, names, an added or removed clause). Returns the winner, or null when the input
 * carries neither's distinguishing tokens.
 */
export function distinguish(a: Candidate, b: Candidate, input: PreparedInput): { winner: Candidate; decisive: boolean } | null {
  const ab = a.license.near.find((n) => n.other === b.license.index);
  const ba = b.license.near.find((n) => n.other === a.license.index);
  if (!ab || !ba) return null;
  const fa = presence(ab.own, input);
  const fb = presence(ba.own, input);
  if (fa === null && fb === null) return null;
  if (fa === null || fb === null) {
    // One text is the other plus something: the larger wins when its extra part is present.
    const [small, large, f] = fa === null ? [a, b, fb!] : [b, a, fa];
    return f >= 0.5 ? { winner: large, decisive: f >= 0.75 } : { winner: small, decisive: f <= 0.25 };
  }
  if (Math.abs(fa - fb) < 0.2) return null;
  return { winner: fa > fb ? a : b, decisive: Math.abs(fa - fb) >= 0.4 };
}

/** Upper bound of scoreVariant's score from the word overlap alone (bigram recall and precision taken as 1). */
function scoreBound(v: Variant, overlap: number, inputWords: number): number {
  const wordRecall = overlap / v.uniqueWords;
  const bound = 100 * f2((wordRecall + 1) / 2, (overlap / inputWords + 1) / 2);
  return wordRecall >= DICE.containWords ? Math.max(bound, (100 * (wordRecall + 1)) / 2) : bound;
}

function isNear(a: Candidate, b: Candidate): boolean {
  return a.license.near.some((n) => n.other === b.license.index);
}

const byScore = (a: Candidate, b: Candidate) => b.score - a.score || (a.license.key < b.license.key ? -1 : 1);

/**
 * Candidates in score order at the head of the list: more than any reader takes (runners-up, the
 * verifier's close candidates). The few hundred below are left unordered: sorting them all was a
 * tenth of the matcher's time.
 */
const SORTED_HEAD = 32;

let scoreScratch = new Float64Array(1024);

/** Sorts the `head` best of `cs` (all those tied with the last of them too) to the front, in place. */
function sortHead(cs: Candidate[], head: number): void {
  if (cs.length <= 2 * head) {
    cs.sort(byScore);
    return;
  }
  if (scoreScratch.length < cs.length) scoreScratch = new Float64Array(2 * cs.length);
  for (let i = 0; i < cs.length; i++) scoreScratch[i] = cs[i]!.score;
  const cut = scoreScratch.subarray(0, cs.length).sort()[cs.length - head]!;
  const top = cs.filter((c) => c.score >= cut).sort(byScore);
  const rest = cs.filter((c) => c.score < cut);
  cs.length = 0;
  cs.push(...top, ...rest);
}

/** c. Dice-style similarity on word sets and sampled bigrams, against every full text and trim. */
export function matchDice(input: PreparedInput, index: FingerprintIndex, skip?: ReadonlySet<number>): DiceResult {
  const empty: DiceResult = { candidates: [], winner: null, ambiguous: [], decisive: false, alsoPresent: [] };
  if (input.tokens.length < 3 || input.uniqueWords === 0) return empty;
  const counts = overlaps(input, index);
  const candidates: Candidate[] = [];
  const inputWords = input.uniqueWords;
  for (const license of index.licenses) {
    const vs = license.variants;
    if (vs.length === 0 || skip?.has(license.index)) continue;
    const overlap = counts[vs[0]!.slot]!;
    let top: Candidate | null = null;
    let topScore = -1;
    for (const v of vs) {
      const o = v.isTrim ? overlap - counts[v.slot]! : overlap;
      // Only candidates that could reach their threshold get the (costlier) bigram scoring.
      if (scoreBound(v, o, inputWords) >= license.threshold) {
        const s = scoreVariant(v, o, input, index);
        if (s.score > topScore) {
          topScore = s.score;
          top = { license, variant: v, score: s.score, wordRecall: s.wordRecall, bigramRecall: s.bigramRecall, contained: s.contained };
        }
      } else {
        const score = (200 * o) / (inputWords + v.uniqueWords);
        if (score > topScore && score >= MIN_LISTED) {
          topScore = score;
          top = { license, variant: v, score, wordRecall: o / v.uniqueWords, bigramRecall: 0, contained: false };
        }
      }
    }
    if (top) candidates.push(top);
  }
  const passing = candidates.filter((c) => c.score >= c.license.threshold && c.bigramRecall >= DICE.bigramFloor).sort(byScore);
  sortHead(candidates, SORTED_HEAD);
  if (passing.length === 0) return { ...empty, candidates };

  // Among the passing candidates close to the best, near duplicates are told apart by their
  // distinguishing tokens; candidates that are not near duplicates by their scores.
  const close = passing.filter((c) => c.score >= passing[0]!.score - DICE.nearMargin);
  const top = tournament(passing[0]!, close, input);
  if (top.ambiguous.length > 0) return { candidates, winner: null, ambiguous: [top.winner, ...top.ambiguous], decisive: false, alsoPresent: [] };

  // Other licenses whose full text is in the input too, each the winner of its own near duplicates.
  const alsoPresent: Candidate[] = [];
  const seen = new Set<Candidate>();
  const covered = (c: Candidate) => [top.winner, ...alsoPresent].some((o) => o === c || isNear(o, c));
  for (const c of passing) {
    if (!c.contained || seen.has(c) || covered(c)) continue;
    const group = passing.filter((o) => o === c || (isNear(o, c) && o.score >= c.score - DICE.nearMargin));
    for (const g of group) seen.add(g);
    const t = tournament(c, group, input);
    if (t.ambiguous.length === 0 && t.winner.contained && !covered(t.winner)) alsoPresent.push(t.winner);
  }
  return { candidates, winner: top.winner, ambiguous: [], decisive: top.decisive, alsoPresent };
}

/** Picks the best of `pool`, starting from `first`: near duplicates by distinguishing tokens, others by score. */
function tournament(first: Candidate, pool: readonly Candidate[], input: PreparedInput): { winner: Candidate; decisive: boolean; ambiguous: Candidate[] } {
  let winner = first;
  let decisive = true;
  const ambiguous: Candidate[] = [];
  for (let round = 0; round < 3; round++) {
    let changed = false;
    ambiguous.length = 0;
    for (const c of pool) {
      if (c === winner) continue;
      const d = distinguish(winner, c, input);
      if (d) {
        if (d.winner !== winner) {
          winner = d.winner;
          changed = true;
        }
        decisive &&= d.decisive;
      } else if (Math.abs(winner.score - c.score) < 1 && !(winner.contained && c.contained && !isNear(winner, c))) {
        // Equal scores and nothing to tell them apart: a current SPDX id beats a deprecated one, else a
        // tie. (Two unrelated licenses each present in full are not a tie but a file holding both,
        // reported in alsoPresent.)
        if (winner.license.deprecated !== c.license.deprecated) {
          if (winner.license.deprecated) {
            winner = c;
            changed = true;
          }
        } else ambiguous.push(c);
      } else if (c.score > winner.score) {
        winner = c;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { winner, decisive, ambiguous };
}

// ------------------------------------------------------------------------------------------ reference

export interface ReferenceMatch {
  license: License | null;
  /** Licenses mentioned, most specific mention first. */
  mentioned: License[];
  confidence: number;
}

/** Filler words a mention may carry between the words of a name ("Apache License, Version 2.0"). */
const MAX_FILLERS = 4;

/** Words that, a few words before a name, make it a statement of license: "licensed under the ...". */
const CONTEXT_BEFORE = new Set(["under", "licensed", "released", "distributed", "governed", "subject", "covered", "licensing"]);
/** Words that make a name a statement of license right before it ("License: MIT") or right after it ("MIT License"). */
const CONTEXT_ADJACENT = new Set(["license", "licence", "licenses", "licensed", "agreement", "identifier"]);
/** Words that, a few words before a name, say it is not this work's license: a comparison or an exclusion. */
const NOT_OF_THIS_WORK = new Set(["not", "compatible", "version", "unlike", "instead", "than", "incompatible", "except"]);
const MODEL_WORDS = new Set(["model", "models", "weights", "checkpoint", "checkpoints", "parameters"]);

/** d. A license named in a short text: "Licensed under the Apache License, Version 2.0", "released under the MIT license". */
export function matchReference(input: PreparedInput, index: FingerprintIndex, skip?: ReadonlySet<number>): ReferenceMatch | undefined {
  if (input.tokens.length > REFERENCE_MAX_WORDS) return undefined;
  const tokens = nameTokens(normaliseText(input.raw, "copyright"));
  if (tokens.length === 0 || tokens.length > REFERENCE_MAX_WORDS) return undefined;
  interface Mention {
    license: License;
    length: number;
    start: number;
    end: number;
    versioned: boolean;
  }
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const keys = index.nameKeysByFirstToken.get(tokens[i]!);
    if (!keys) continue;
    for (const key of keys) {
      let j = i;
      let k = 0;
      let fillers = 0;
      while (k < key.length && j < tokens.length) {
        if (tokens[j] === key[k]) {
          k++;
          j++;
        } else if (k > 0 && fillers < MAX_FILLERS && NAME_FILLERS.has(tokens[j]!)) {
          fillers++;
          j++;
        } else break;
      }
      if (k < key.length) continue;
      const before = tokens.slice(Math.max(0, i - 8), i);
      // "compatible with the GPL", "a version of the BSD license", "may not license it under the GPL".
      if (tokens.slice(Math.max(0, i - 8), i).some((t) => NOT_OF_THIS_WORK.has(t))) continue;
      const adjacent = [tokens[i - 1], tokens[j]];
      if (!before.some((t) => CONTEXT_BEFORE.has(t)) && !adjacent.some((t) => t !== undefined && CONTEXT_ADJACENT.has(t))) continue;
      const license = index.licenses[index.nameKeys.get(key.join(" "))!]!;
      if (skip?.has(license.index)) continue;
      mentions.push({ license, length: key.length, start: i, end: j, versioned: key.some((t) => /\d/.test(t)) });
    }
  }
  if (mentions.length === 0) return undefined;
  // A mention inside a longer one names nothing by itself ("BSD 3-Clause Clear" is not also "BSD 3-Clause").
  // Longest first; a position remembers the kept mention reaching furthest over it, so the test is
  // constant per mention (mentions are a few tokens long: marking them is linear in the text).
  mentions.sort((a, b) => b.length - a.length || a.start - b.start);
  const kept: Mention[] = [];
  const coverEnd = new Int32Array(tokens.length);
  const coverLicense = new Int32Array(tokens.length).fill(-1);
  for (const m of mentions) {
    if (coverEnd[m.start]! >= m.end && coverLicense[m.start] !== m.license.index) continue;
    kept.push(m);
    for (let p = m.start; p < m.end; p++) {
      if (m.end > coverEnd[p]!) {
        coverEnd[p] = m.end;
        coverLicense[p] = m.license.index;
      }
    }
  }
  const byLicense = new Map<number, Mention>();
  for (const m of kept) if (!byLicense.has(m.license.index)) byLicense.set(m.license.index, m);
  const distinct = [...byLicense.values()];
  const mentioned = distinct.map((m) => m.license);
  if (distinct.length === 1) {
    const m = distinct[0]!;
    return { license: m.license, mentioned, confidence: m.versioned || m.length >= 2 ? 85 : 80 };
  }
  // Several licenses named: take the one said of the model or its weights, if exactly one is.
  const aboutModel = distinct.filter((m) => tokens.slice(Math.max(0, m.start - 12), m.start).some((t) => MODEL_WORDS.has(t)));
  if (aboutModel.length === 1) return { license: aboutModel[0]!.license, mentioned, confidence: 80 };
  return { license: null, mentioned, confidence: 0 };
}
