// Content-defined chunks of a normalised token stream, for the verifier (verify.ts): what is stored of
// each reference text's word order is one 32-bit digest per chunk of 6 to 63 words, never the words.
// A chunk ends where the hash of a word pair falls on a fixed residue, so an edit changes the chunks
// around it only: the chunks before and after it are the same in the reference and in the copy, and
// aligning the two digest sequences finds what was inserted, deleted or changed.

/** Fewest words in a chunk (short chunks would let a digest be guessed from the vocabulary). */
export const CHUNK_MIN = 6;
/** Most words in a chunk (the length fits the 6 low bits of the chunk's info byte). */
export const CHUNK_MAX = 63;
/** A boundary falls on average every this many words after CHUNK_MIN. */
const CHUNK_SPREAD = 8;

/** Info byte of a chunk: bits 0-5 its word count, bit 6 operative, bit 7 variable. */
export const INFO_OPERATIVE = 0x40;
export const INFO_VARIABLE = 0x80;
export const INFO_LENGTH = 0x3f;

export interface Chunks {
  /** Digest of each chunk's words. */
  digests: Uint32Array;
  /** First token of each chunk, plus the end. */
  starts: Uint32Array;
  /** Info byte of each chunk (word count and flags). */
  info: Uint8Array;
  /**
   * Sum (mod 2^32) of the word hashes of each chunk's operative words: an unordered multiset digest,
   * so that a changed passage with the same operative words as the reference's (a re-wrapped list
   * marker, a stray "all rights reserved") is told from one that adds or drops a "not" or a "shall".
   */
  ops: Uint32Array;
}

/**
 * Words that make a passage change what a license grants or forbids: modal verbs of obligation,
 * grant and restriction vocabulary, conditions. An inserted passage without any is editorial.
 */
const OPERATIVE = new Set(
  (
    "shall must may cannot not no never without only prohibited prohibit prohibits forbidden forbid restrict restricted restriction " +
    "restrictions grant grants granted permission permitted permit permits allowed allow waive waived terminate terminates " +
    "termination commercial commercially noncommercial royalty royalties fee fees exclusive sublicense revocable irrevocable " +
    "required require requires obligation obligations agree agrees except unless provided condition conditions military " +
    "liable liability warranty warranties indemnify prior consent governed jurisdiction"
  ).split(" "),
);

/** Words standing for what each copy fills in (holder, organisation, author): a change there is not a change of terms. */
const VARIABLE = new Set("holder holders owner owners author authors organization organizations".split(" "));

export function isOperative(tokens: readonly string[], from = 0, to = tokens.length): boolean {
  for (let i = from; i < to; i++) if (OPERATIVE.has(tokens[i]!)) return true;
  return false;
}

/** Sum (mod 2^32) of the hashes of the operative words among tokens [from, to). */
export function operativeSum(tokens: readonly string[], hashes: Uint32Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to && i < tokens.length; i++) if (OPERATIVE.has(tokens[i]!)) sum = (sum + hashes[i]!) >>> 0;
  return sum;
}

function isVariable(tokens: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (VARIABLE.has(tokens[i]!)) return true;
  return false;
}

function mix(a: number, b: number): number {
  let h = (Math.imul(a, 0x9e3779b1) ^ b) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/**
 * List markers left inside lines by re-wrapping ("... and use. b. Redistribution"): single letters,
 * small roman numerals and one- or two-digit numbers. They are not part of a chunk, so a copy wrapped
 * differently from the reference has the same chunks. (Versions such as 2.0 or 3.1 are kept.)
 */
const MARKER = /^(?:[a-z]|[ivx]{1,4}|\d{1,2})$/;

/** The token position `n` chunk words after `from` (markers are not chunk words). */
export function advanceWords(tokens: readonly string[], from: number, n: number): number {
  let i = from;
  for (let k = 0; i < tokens.length && k < n; i++) if (!MARKER.test(tokens[i]!)) k++;
  return i;
}

/** Positions of the tokens that take part in chunks. */
function kept(tokens: readonly string[], n: number): Uint32Array {
  const out = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) if (tokens.length === 0 || !MARKER.test(tokens[i]!)) out[k++] = i;
  return out.subarray(0, k);
}

/** Chunk boundaries (indexes into the kept tokens where a chunk starts), the first at 0. */
function boundaries(hashes: Uint32Array, at: Uint32Array): number[] {
  const starts = [0];
  let start = 0;
  for (let i = 1; i < at.length; i++) {
    const len = i - start;
    if (len >= CHUNK_MAX || (len >= CHUNK_MIN && mix(hashes[at[i - 1]!]!, hashes[at[i]!]!) % CHUNK_SPREAD === 0)) {
      starts.push(i);
      start = i;
    }
  }
  return starts;
}

function digest(hashes: Uint32Array, at: Uint32Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = mix(h, hashes[at[i]!]!);
  return h;
}

/**
 * The chunks of a token stream. `starts` are positions in the token stream (for lines); the word
 * counts in `info` count the tokens that take part (markers left out). `variable` marks tokens a
 * reference's template says each copy fills in (sources/template.ts): their chunks are variable too.
 */
export function chunkTokens(hashes: Uint32Array, tokens: readonly string[], variable?: Uint8Array): Chunks {
  const at = kept(tokens, hashes.length);
  if (at.length === 0) return { digests: new Uint32Array(0), starts: new Uint32Array([0]), info: new Uint8Array(0), ops: new Uint32Array(0) };
  const bs = boundaries(hashes, at);
  const n = bs.length;
  const digests = new Uint32Array(n);
  const starts = new Uint32Array(n + 1);
  const info = new Uint8Array(n);
  const ops = new Uint32Array(n);
  for (let c = 0; c < n; c++) {
    const from = bs[c]!;
    const to = c + 1 < n ? bs[c + 1]! : at.length;
    starts[c] = c === 0 ? 0 : at[from]!;
    digests[c] = digest(hashes, at, from, to);
    const tokenFrom = at[from]!;
    const tokenTo = to < at.length ? at[to]! : hashes.length;
    let b = Math.min(to - from, INFO_LENGTH);
    if (tokens.length > 0 && isOperative(tokens, tokenFrom, tokenTo)) b |= INFO_OPERATIVE;
    if (tokens.length > 0 && (isVariable(tokens, tokenFrom, tokenTo) || (variable !== undefined && variable.subarray(tokenFrom, tokenTo).includes(1)))) b |= INFO_VARIABLE;
    info[c] = b;
    ops[c] = operativeSum(tokens, hashes, tokenFrom, tokenTo);
  }
  starts[n] = hashes.length;
  return { digests, starts, info, ops };
}
