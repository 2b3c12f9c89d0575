// The verifier: before a text is named as license X, check that it is X and not a modified X.
//   1. the title: a "modified" / "based on" title, or a version the title states that is not X's;
//   2. the body: the input's chunk digests aligned against X's (chunks.ts, align.ts); what lies between
//      matched chunks is an inserted, deleted or changed passage, located by the input's lines.
// A passage that can change grants or restrictions (it holds operative words, or removes a part of X)
// makes the text "derived from X, modified"; wrapping, Markdown, numbering, copyright lines and notes
// around the license are normalised away or fall outside the aligned block, and do not.
import { alignChunks, type Gap } from "./align.js";
import { advanceWords, chunkTokens, INFO_LENGTH, INFO_OPERATIVE, INFO_VARIABLE, isOperative, type Chunks } from "./chunks.js";
import type { FingerprintIndex, License, Variant } from "./fingerprints.js";
import { tokenize } from "./normalise.js";
import type { Passage } from "./types.js";

/** The input as the verifier needs it: normalised tokens and their hashes, and the raw text for lines. */
export interface VerifyInput {
  raw: string;
  tokens: string[];
  hashes: Uint32Array;
  /** Vocabulary id of the token at a position (-1 outside the vocabulary). */
  wordIdOf: (position: number) => number;
}

export interface Span {
  from: number;
  to: number;
}

export interface Verification {
  license: License;
  variant: Variant;
  /** Share (0-1) of the reference's words in chunks found unchanged in the input. */
  matched: number;
  /** Number of chunks of the reference. */
  chunks: number;
  passages: Passage[];
  /** Input token range of each passage, and the input token ranges found unchanged. */
  passageSpans: Span[];
  matchedSpans: Span[];
  /** Why the text is not the reference as it stands (empty when it is). */
  reasons: string[];
  modified: boolean;
}

/** The unchanged share is a reason only for references of this many chunks (in a short one, the chunk meeting appended notes is a large share). */
const MIN_SHARE_CHUNKS = 8;
/** References with fewer chunks are not aligned when no chunk matches. */
const MIN_ALIGNED_CHUNKS = 4;
/** Edge gaps of at most this many reference chunks are where the license meets the text around it. */
const EDGE_CHUNKS = 2;
/** An appended passage needs this many words and distinct operative words to count as an added clause. */
const APPENDED_MIN_WORDS = 6;
const APPENDED_MIN_OPERATIVE = 1;
/** A changed passage this close in length to the reference's, with the same operative words, is noise. */
const NOISE_WORDS = 4;
/** Most words of a title line. */
const TITLE_LINE_WORDS = 12;
/** Words a copy may leave out at its start (a title such as "GNU General Public License"). */
const TITLE_WORDS = 4;
/** An inserted passage this long is a change of terms even without an (English) operative word. */
const INSERTED_LONG = 15;
/** Words of the input quoted for a passage. */
const EXCERPT_WORDS = 16;

const chunkCache = new WeakMap<VerifyInput, Chunks>();

function inputChunks(input: VerifyInput): Chunks {
  let c = chunkCache.get(input);
  if (!c) {
    c = chunkTokens(input.hashes, input.tokens);
    chunkCache.set(input, c);
  }
  return c;
}

/** Checks the input against one reference variant. */
export function verify(input: VerifyInput, license: License, variant: Variant, index: FingerprintIndex): Verification {
  const ref = index.chunksOf(variant);
  const mine = inputChunks(input);
  const { pairs, gaps } = alignChunks(mine.digests, ref.digests);
  // A short reference with no chunk in common (a notice of one or two chunks with notes around it)
  // cannot be compared: the dice matcher's strict threshold for short texts is the check, and the title.
  const words: WordCheck = { index, full: license.variants[0] ?? variant, ids: input.wordIdOf };
  if (pairs.length === 0 && ref.digests.length < MIN_ALIGNED_CHUNKS) {
    const reasons = titleReasons(input.raw, license);
    // Operative words the reference never uses ("without any warranty" added to a permission notice).
    const added = newWords(input, 0, input.tokens.length, words).filter((t) => isOperative([t]));
    if (added.length > 0) reasons.push(`terms the reference does not have: ${[...new Set(added)].slice(0, 5).join(", ")}`);
    return settle({ license, variant, matched: 1, chunks: ref.digests.length, passages: [], passageSpans: [], matchedSpans: [], reasons, modified: false });
  }
  let matchedWords = 0;
  for (const [, j] of pairs) matchedWords += ref.info[j]! & INFO_LENGTH;
  const lines = lazyLines(input);
  const passages: Passage[] = [];
  const passageSpans: Span[] = [];
  for (const g of gaps) {
    const p = passageOf(g, input, mine, ref, lines, words);
    if (!p) continue;
    // A name filled in where the reference's template has a variable part is found text, as SPDX matches it.
    if (p.effect === "editorial" && allFlagged(ref.info, g.refFrom, g.refTo, INFO_VARIABLE)) matchedWords += p.referenceWords;
    passages.push(p);
    passageSpans.push({ from: mine.starts[g.inFrom]!, to: mine.starts[g.inTo]! });
  }
  const matched = variant.wordCount === 0 ? 0 : Math.min(1, matchedWords / variant.wordCount);
  const matchedSpans = pairs.map(([i]) => ({ from: mine.starts[i]!, to: mine.starts[i + 1]! }));
  const v: Verification = { license, variant, matched, chunks: ref.digests.length, passages, passageSpans, matchedSpans, reasons: titleReasons(input.raw, license), modified: false };
  return settle(v);
}

/** Recomputes the reasons and the verdict from the passages (after some were set aside). */
export function settle(v: Verification): Verification {
  const reasons = v.reasons.filter((r) => !/^\d+ passages? that change|^only \d+% of the text/.test(r));
  const substantive = v.passages.filter((p) => p.effect === "substantive");
  if (substantive.length > 0) reasons.push(`${substantive.length} passage${substantive.length > 1 ? "s" : ""} that change${substantive.length > 1 ? "" : "s"} the terms`);
  if (v.matched < 0.5 && v.chunks >= MIN_SHARE_CHUNKS) reasons.push(`only ${Math.round(100 * v.matched)}% of the text found unchanged`);
  return { ...v, reasons, modified: reasons.length > 0 };
}

/** Drops the passages lying mostly inside `covered` (the text of another license in the same file). */
export function setAside(v: Verification, covered: readonly Span[]): Verification {
  const inside = (s: Span) => {
    let n = 0;
    for (const c of covered) n += Math.max(0, Math.min(s.to, c.to) - Math.max(s.from, c.from));
    return s.to > s.from && n >= 0.5 * (s.to - s.from);
  };
  const keep = v.passageSpans.map((s) => !inside(s));
  return settle({ ...v, passages: v.passages.filter((_, i) => keep[i]), passageSpans: v.passageSpans.filter((_, i) => keep[i]) });
}

function sumInfo(info: Uint8Array, from: number, to: number, flag?: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (flag === undefined || info[j]! & flag) n += info[j]! & INFO_LENGTH;
  return n;
}

function allFlagged(info: Uint8Array, from: number, to: number, flag: number): boolean {
  for (let j = from; j < to; j++) if (!(info[j]! & flag)) return false;
  return to > from;
}

function distinctOperative(tokens: readonly string[], from: number, to: number): number {
  const seen = new Set<string>();
  for (let i = from; i < to; i++) if (isOperative(tokens, i, i + 1)) seen.add(tokens[i]!);
  return seen.size;
}

/** One gap as a passage, or null when it is only where the license meets surrounding text. */
interface RefChunks {
  info: Uint8Array;
  ops: Uint32Array;
}

function opsOf(ops: Uint32Array, from: number, to: number): number {
  let sum = 0;
  for (let j = from; j < to; j++) sum = (sum + ops[j]!) >>> 0;
  return sum;
}

/** Whether the input's words are in the reference's word set. */
interface WordCheck {
  index: FingerprintIndex;
  full: Variant;
  ids: (token: number) => number;
}

const NUMBERISH = /^[\divx.]+$|^[a-z]$/;

/** Words of tokens [from, to) that the reference never uses (names, other terms), numbers and markers aside. */
function newWords(input: VerifyInput, from: number, to: number, w: WordCheck): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const t = input.tokens[i]!;
    if (!NUMBERISH.test(t) && !w.index.hasWord(w.full, w.ids(i))) out.push(t);
  }
  return out;
}

/**
 * Words the reference never uses in the title lines among tokens [from, to): short lines naming a
 * license ("The Net Boolean Public License" where the reference says "The OpenLDAP Public License").
 */
function titleNewWords(input: VerifyInput, from: number, to: number, at: Int32Array, w: WordCheck): string[] {
  const out: string[] = [];
  for (let i = from; i < to; ) {
    let j = i;
    while (j < to && at[j] === at[i]) j++;
    const line = input.tokens.slice(i, j);
    if (line.length <= TITLE_LINE_WORDS && line.some((t) => t === "license" || t === "agreement")) out.push(...newWords(input, i, j, w));
    i = j;
  }
  return out;
}

function passageOf(g: Gap, input: VerifyInput, mine: Chunks, ref: RefChunks, lines: () => Int32Array, w: WordCheck): Passage | null {
  const refInfo = ref.info;
  const from = mine.starts[g.inFrom]!;
  const to = mine.starts[g.inTo]!;
  const words = sumInfo(mine.info, g.inFrom, g.inTo);
  const refWords = sumInfo(refInfo, g.refFrom, g.refTo);
  const refChunks = g.refTo - g.refFrom;
  const kind: Passage["kind"] = words === 0 ? "deleted" : refChunks === 0 ? "inserted" : "changed";
  let effect: Passage["effect"];
  if (g.edge !== "inner") {
    // The chunk where the license meets a preamble or appended notes differs by construction; the
    // input side being shorter than the reference's means part of the license is missing there.
    const extra = words - refWords;
    // The words beyond the reference's share of the gap are the added text: after it when trailing, before it when leading.
    const [addFrom, addTo] = g.edge === "trailing" ? [Math.min(to, advanceWords(input.tokens, from, refWords)), to] : [from, advanceWords(input.tokens, from, words - refWords)];
    const appended = extra >= APPENDED_MIN_WORDS && distinctOperative(input.tokens, addFrom, addTo) >= APPENDED_MIN_OPERATIVE;
    const cut = -extra > (g.edge === "leading" ? TITLE_WORDS : 2);
    // Where the reference's opening chunk was replaced, words it never uses are another name in the title.
    const renamed = g.edge === "leading" && refChunks > 0 && titleNewWords(input, from, to, lines(), w).length > 0;
    if (refChunks <= EDGE_CHUNKS && !appended && !cut && !renamed) {
      // Nothing added or cut there: the edge is the license's own first or last words, and other
      // operative words there change its terms ("HAS NO OBLIGATIONS" → "HAS OBLIGATIONS" at the end).
      const rewritten = words > 0 && refChunks > 0 && Math.abs(extra) <= NOISE_WORDS && opsOf(mine.ops, g.inFrom, g.inTo) !== opsOf(ref.ops, g.refFrom, g.refTo);
      if (!rewritten) return null;
      effect = "substantive";
    } else effect = appended || cut || renamed || sumInfo(refInfo, g.refFrom, g.refTo, INFO_OPERATIVE) > 0 ? "substantive" : "editorial";
  } else if (kind === "inserted") {
    effect = (words >= 3 && isOperative(input.tokens, from, to)) || words >= INSERTED_LONG ? "substantive" : "editorial";
  } else if (kind === "changed" && allFlagged(refInfo, g.refFrom, g.refTo, INFO_VARIABLE) && Math.abs(words - refWords) <= 6 && opsOf(mine.ops, g.inFrom, g.inTo) === opsOf(ref.ops, g.refFrom, g.refTo)) {
    effect = "editorial"; // a copyright holder's or organisation's name filled in, the operative words as they were
  } else if (
    kind === "changed" &&
    Math.abs(words - refWords) <= NOISE_WORDS &&
    opsOf(mine.ops, g.inFrom, g.inTo) === opsOf(ref.ops, g.refFrom, g.refTo) &&
    newWords(input, from, to, w).length === 0
  ) {
    effect = "editorial"; // the reference's own words, a few more or fewer, none of them operative
  } else {
    effect = "substantive"; // a part of the license removed or rewritten, in whatever language
  }
  const at = lines();
  const firstLine = words > 0 ? at[from]! : at[Math.max(0, Math.min(from, at.length - 1))] ?? 1;
  const lastLine = words > 0 ? at[to - 1]! : firstLine;
  return {
    kind,
    lines: { from: firstLine, to: lastLine },
    words,
    referenceWords: refWords,
    effect,
    excerpt: input.tokens.slice(from, Math.min(to, from + EXCERPT_WORDS)).join(" ") + (words > EXCERPT_WORDS ? " ..." : ""),
  };
}

/** The 1-based line of each normalised token, computed on first use. */
function lazyLines(input: VerifyInput): () => Int32Array {
  let lines: Int32Array | undefined;
  return () => (lines ??= tokenLines(input.raw, input.tokens));
}

/** Words this far ahead in the raw text are searched for a normalised token before it is given the current line. */
const LINE_LOOKAHEAD = 40;

/**
 * The line of each normalised token: the raw text is tokenized line by line (a superset of the
 * normalised tokens, less what normalisation joins), and each normalised token is found a few raw
 * tokens ahead; one not found (a word joined across a line break) takes the current line.
 */
export function tokenLines(raw: string, tokens: readonly string[]): Int32Array {
  const rawTokens: string[] = [];
  const rawLines: number[] = [];
  raw.split("\n").forEach((line, i) => {
    for (const t of tokenize(line.toLowerCase()).tokens) {
      rawTokens.push(t);
      rawLines.push(i + 1);
    }
  });
  const out = new Int32Array(tokens.length);
  let p = 0;
  for (let k = 0; k < tokens.length; k++) {
    let q = p;
    const end = Math.min(rawTokens.length, p + LINE_LOOKAHEAD);
    while (q < end && rawTokens[q] !== tokens[k]) q++;
    if (q < end) {
      out[k] = rawLines[q]!;
      p = q + 1;
    } else out[k] = rawLines[Math.min(p, rawLines.length - 1)] ?? 1;
  }
  return out;
}

/** The first non-empty lines of a text, where a title and its version stand. */
function titleLines(raw: string, n: number): string[] {
  const out: string[] = [];
  let pos = 0;
  while (out.length < n && pos < raw.length && pos < 4000) {
    let end = raw.indexOf("\n", pos);
    if (end < 0) end = raw.length;
    const line = raw.slice(pos, Math.min(end, pos + 300)).trim();
    if (line !== "" && !/^-{3,}$/.test(line)) out.push(line);
    pos = end + 1;
  }
  return out;
}

/** A title line (among the first `lines`, short, naming a license) saying the text is modified or based on another; null when none does. */
export function modifiedTitle(raw: string, lines = 3): string | null {
  return titleLines(raw, lines).find((l) => l.length <= 100 && /licen[cs]e|agreement|terms/i.test(l) && MODIFIED_TITLE.test(l)) ?? null;
}

const MODIFIED_TITLE = /\b(?:modified|based on|derived from|adapted from|amended|variant of)\b/i;
const STATED_VERSION = [
  /\bversion\s*:?\s*(\d{1,2}(?:\.\d{1,2}){0,2})\b/gi,
  /\bv(\d{1,2}(?:\.\d{1,2}){1,2})\b/gi,
  /\b[a-z][a-z+-]*[ -](\d{1,2}(?:\.\d{1,2})?)[ \t]+(?:community[ \t]+)?(?:licen[cs]e|agreement)\b/gi,
];

const canonicalVersion = (v: string) => v.replace(/(?:\.0+)+$/, "");

/** Two versions agree when one is the other or a refinement of it (3 and 3.1; 1 and 1.3). */
const agree = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** Versions in a license's key, SPDX id and name: what its title must state, if it states one. */
function versionsOf(license: License): Set<string> {
  const out = new Set<string>();
  for (const s of [license.key, license.spdx ?? "", license.name]) {
    for (const m of s.matchAll(/(?<![\d.])(\d{1,2}(?:\.\d{1,2}){0,2})(?![\d.])/g)) out.add(canonicalVersion(m[1]!));
  }
  return out;
}

/** Reasons in the title: it says it is modified or based on something, or it states another version. */
export function titleReasons(raw: string, license: License): string[] {
  const reasons: string[] = [];
  const modified = modifiedTitle(raw);
  // The reference's own title may say so ("Modified Apache 2.0 License", "Based on the BISON license").
  if (modified && !license.titleModified) reasons.push(`the title says '${modified.slice(0, 80)}'`);
  const known = versionsOf(license);
  if (known.size === 0) return reasons;
  const stated = new Set<string>();
  for (const line of titleLines(raw, 6)) for (const re of STATED_VERSION) for (const m of line.matchAll(re)) stated.add(canonicalVersion(m[1]!));
  if (stated.size > 0 && ![...stated].some((v) => [...known].some((k) => agree(v, k)))) {
    reasons.push(`the title states version ${[...stated].join(", ")}, not ${[...known].join(", ")}`);
  }
  return reasons;
}
