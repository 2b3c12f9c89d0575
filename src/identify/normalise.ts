// Normalisation of license texts before they are compared: an ordered list of named steps, each a
// small text → text rewrite (NORMALISATION_STEPS), then tokenize(): words of letters and digits, with
// hyphenated words joined (non-commercial = noncommercial), & read as "and" and varietal spellings
// made one (licence = license); punctuation and Markdown markers fall away. The same pipeline runs on
// the reference texts at build time (scripts/build-fingerprints.ts) and on the input at run time, so
// changing a step changes every fingerprint: rebuild with `npm run build:fingerprints`.
//
// The steps follow the SPDX License List Matching Guidelines where they apply (case, punctuation,
// quotes, dashes, bullets and numbering, varietal spellings, copyright notices are not significant),
// plus what people do to license files in model repositories: Markdown formatting, a one-line
// "This model is licensed under ..." preamble, front matter, links.

import { U32Table } from "./hashtable.js";

export interface NormalisationStep {
  readonly name: string;
  readonly description: string;
  readonly apply: (text: string) => string;
}

/** A rewrite rule: every match of `pattern` is replaced by `replacement`; skipped when the text lacks `when`. */
interface Rewrite {
  readonly pattern: RegExp;
  readonly replacement: string | ((match: string, ...groups: string[]) => string);
  readonly when?: string;
}

function rewriteStep(name: string, description: string, rewrites: readonly Rewrite[]): NormalisationStep {
  return {
    name,
    description,
    apply: (text) =>
      rewrites.reduce(
        (t, r) => (r.when !== undefined && !t.includes(r.when) ? t : t.replace(r.pattern, r.replacement as (m: string) => string)),
        text,
      ),
  };
}

/** HTML elements whose tags are dropped (named, so that placeholders such as <copyright holders> stay). */
const HTML_TAG_NAMES =
  "a|abbr|article|b|big|blockquote|body|br|caption|center|cite|code|col|colgroup|dd|del|details|div|dl|dt|em|figure|font|" +
  "footer|h[1-6]|header|hr|html|i|img|ins|kbd|li|link|main|meta|nav|ol|p|pre|s|section|small|span|strike|strong|sub|" +
  "summary|sup|table|tbody|td|tfoot|th|thead|title|tr|tt|u|ul|var";
// A tag's attributes end at the next < or >, so a scan never runs past the next tag: linear in the text.
const HTML_TAGS = new RegExp(`<\\/?(?:${HTML_TAG_NAMES})\\b[^<>]*>`, "gi");

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: " ", amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", ldquo: '"', rdquo: '"', lsquo: "'", rsquo: "'",
  mdash: "-", ndash: "-", hellip: "...", copy: "\u00A9", sect: "\u00A7", middot: " ", bull: " ", trade: " ", reg: " ",
};

function decodeEntity(_m: string, e: string): string {
  if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? " ";
  const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : " ";
}

/** Drops HTML comments and the content of <head>, <script> and <style> (an HTML page's non-text), by forward search. */
function dropHtmlBlocks(text: string): string {
  if (!text.includes("<")) return text;
  const lower = text.toLowerCase();
  const parts: string[] = [];
  let pos = 0;
  const open = /<!--|<(head|script|style)\b/g;
  for (let m = open.exec(lower); m; m = open.exec(lower)) {
    const close = m[1] ? `</${m[1]}` : "-->";
    const end = lower.indexOf(close, m.index + m[0].length);
    if (end < 0) break;
    const after = m[1] ? lower.indexOf(">", end) : end + 2;
    if (after < 0) break;
    parts.push(text.slice(pos, m.index), " ");
    pos = after + 1;
    open.lastIndex = pos;
  }
  if (pos === 0) return text;
  parts.push(text.slice(pos));
  return parts.join("");
}

/**
 * A copyright notice, wherever the line breaks fall: a © or (c), or the word Copyright followed by
 * one of those, a year or a placeholder; then years, "by", placeholders (<year>, [name of copyright
 * owner]) and the holder's capitalised words, up to the capitalised word that starts the next sentence
 * ("Copyright (c) 2001 by David Kastrup Any use ..." keeps "Any use ..."), never across a blank line
 * (the license's title below a copyright line is not the holder's name). Case matters for the names,
 * so the markers are spelled out instead of using the i flag.
 */
const COPYRIGHT_NOTICE = new RegExp(
  String.raw`(?:©|\([Cc]\)|(?:\b[Cc]opyright|\bCOPYRIGHT)\b:?(?=[ \t\n]*(?:©|\([Cc]\)|\d{4}|<|\[|\{|yyyy|[Cc]opyright\b|COPYRIGHT\b)))` +
    String.raw`(?:[ \t]*\n?[ \t]*(?:©|\([Cc]\)|[Cc]opyright\b|COPYRIGHT\b|\d{4}(?:[ \t]*[-,][ \t]*\d{2,4})*,?|yyyy,?|<[^<>\n]{0,100}>|\[[^[\]\n]{0,100}\]|\{[^{}\n]{0,100}\}|by\b|` +
    String.raw`[A-Z][\w.&'-]*,?(?=[ \t\n]+[A-Z0-9(©<\[]|[ \t\n]*$)))*`,
  "g",
);

/** A preamble names licensing ("This software is not subject to any export provision" is no preamble). */
const LICENSING_WORD = /licen[cs]|terms|agreement/i;

/** A first line saying what the license applies to, e.g. "This model is licensed under the MIT License." */
const PREAMBLE_LINE =
  /^(?:(?:this|the|these|our|all)\s+(?:[\w.+-]+\s+){0,4}?(?:models?|weights|checkpoints?|repository|repo|project|code|software|files?|dataset|materials?)\b[^\n]{0,200}?\b(?:under|subject to|governed by)\b|[^\n]{0,120}?\b(?:is|are)\s+(?:licensed|released|distributed|made available|governed)\s+(?:under|by)\b|licen[cs]e\s*:)[^\n]*$/i;

/**
 * One list bullet or section number at the current position: "- ", "1. ", "1.1 ", "(a) ", "iv) ",
 * "Section 3. ". Every quantifier but the trailing blanks is bounded, so a match attempt costs a
 * constant whatever the line holds.
 */
const LINE_MARKER = new RegExp(
  "(?:" +
    [
      "[-*+\\u2022\\u00B7\\u25AA\\u25E6\\u2023\\u25CB\\u25CF\\u25A0\\u25A1\\u27A2]{1,8}",
      "(?:section|article|clause)[ \\t]{1,8}\\d{1,3}(?:\\.\\d{1,3}){0,4}\\.?",
      "\\(?(?:\\d{1,3}(?:\\.\\d{1,3}){0,4}|[a-z]|[ivxlc]{1,6})[.)](?:\\d{1,3}[.)]){0,3}",
      "\\d{1,3}(?:\\.\\d{1,3}){1,4}",
      "\\((?:\\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\\)",
    ].join("|") +
    ")(?=[ \\t:\\n]|$)[ \\t:]*",
  "iy",
);
/** Markers removed from one line start at most ("1. (a) (i) - "); more are text. */
const MAX_LINE_MARKERS = 6;

/** Drops list bullets and section numbers at line starts, one line at a time (linear in the text). */
function stripLineMarkers(text: string): string {
  const parts: string[] = [];
  let pos = 0;
  let copied = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    let i = pos;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    let j = i;
    for (let k = 0; k < MAX_LINE_MARKERS && j < end; k++) {
      LINE_MARKER.lastIndex = j;
      const m = LINE_MARKER.exec(text);
      if (!m || m[0].length === 0) break;
      j += m[0].length;
    }
    if (j > i) {
      parts.push(text.slice(copied, pos));
      copied = j;
    }
    pos = end + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}

function stripFrontMatter(text: string): string {
  if (!text.startsWith("---")) return text;
  const m = /^---[ \t]*\n((?:[^\n]*\n){0,80}?)---[ \t]*(?:\n|$)/.exec(text);
  if (!m || !/^[\w-]+\s*:/m.test(m[1] ?? "")) return text;
  return text.slice(m[0].length);
}

/**
 * Drops a preamble line when it is the first non-empty line (where a copy puts one). Lines further
 * down are the license's own: re-wrapping moves them up, so they are never tested.
 */
function stripPreamble(text: string): string {
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    // A line too long to be a preamble is not copied out to be tested.
    if (end - pos > 400) return text;
    const line = text.slice(pos, end).trim();
    if (line !== "") return line.length <= 300 && PREAMBLE_LINE.test(line) && LICENSING_WORD.test(line) ? text.slice(0, pos) + text.slice(end) : text;
    pos = end + 1;
  }
  return text;
}

/** A run of emphasis or code markers. */
const EMPHASIS_RUN = /[*_`~]+/g;
/** Characters that, on both sides of a run, make it emphasis inside a word or an address (Verviel**fält**igung, http://**mozilla**.org). */
const JOINS_WORD = /^[\p{L}\p{N}/:.]$/u;

/** The code point ending just before `at`, as a string ("" at the start). */
function charBefore(s: string, at: number): string {
  if (at <= 0) return "";
  const c = s.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && at >= 2 ? s.slice(at - 2, at) : s[at - 1]!;
}

function charAt(s: string, at: number): string {
  const c = s.codePointAt(at);
  return c === undefined ? "" : String.fromCodePoint(c);
}

/**
 * Drops a marker run next to a hyphen or apostrophe, or with a letter, digit, slash, colon or dot on
 * both sides; any other run becomes a space. One scan for runs, each decided by its two neighbours
 * (a single regex with look-behinds tried every position of the text, the costliest step).
 */
function stripEmphasis(text: string): string {
  if (!/[*_`~]/.test(text)) return text;
  return text.replace(EMPHASIS_RUN, (run: string, at: number) => {
    const before = charBefore(text, at);
    const after = charAt(text, at + run.length);
    if (before === "-" || before === "'" || after === "-" || after === "'") return "";
    return JOINS_WORD.test(before) && JOINS_WORD.test(after) ? "" : " ";
  });
}

/** British/American and other equivalent spellings (SPDX guideline "varietal word spelling"), as token → canonical token. */
const VARIETAL_SPELLING_LIST: Readonly<Record<string, string>> = {
  licence: "license",
  licences: "licenses",
  licenced: "licensed",
  licencing: "licensing",
  licencee: "licensee",
  licencees: "licensees",
  licencor: "licensor",
  licencors: "licensors",
  sublicence: "sublicense",
  sublicences: "sublicenses",
  sublicenced: "sublicensed",
  acknowledgment: "acknowledgement",
  acknowledgments: "acknowledgements",
  analogue: "analog",
  analyse: "analyze",
  artefact: "artifact",
  artefacts: "artifacts",
  authorisation: "authorization",
  authorise: "authorize",
  authorised: "authorized",
  authorises: "authorizes",
  calibre: "caliber",
  cancelled: "canceled",
  capitalisation: "capitalization",
  catalogue: "catalog",
  categorise: "categorize",
  centre: "center",
  characterise: "characterize",
  characterised: "characterized",
  colour: "color",
  defence: "defense",
  emphasise: "emphasize",
  emphasised: "emphasized",
  favour: "favor",
  favourite: "favorite",
  fulfil: "fulfill",
  fulfilment: "fulfillment",
  honour: "honor",
  initialise: "initialize",
  judgement: "judgment",
  labelling: "labeling",
  labour: "labor",
  maximise: "maximize",
  minimise: "minimize",
  modelled: "modeled",
  modelling: "modeling",
  offence: "offense",
  optimise: "optimize",
  organisation: "organization",
  organisations: "organizations",
  organise: "organize",
  practise: "practice",
  programme: "program",
  programmes: "programs",
  realise: "realize",
  recognise: "recognize",
  recognised: "recognized",
  signalling: "signaling",
  utilisation: "utilization",
  utilise: "utilize",
  whilst: "while",
  wilful: "willful",
  wilfully: "willfully",
};
export const VARIETAL_SPELLINGS: ReadonlyMap<string, string> = new Map(Object.entries(VARIETAL_SPELLING_LIST));

/**
 * The ordered steps. Each sees the output of the one before; the names are stable and recorded in
 * fingerprints.json so a fingerprint file built with other steps is recognised as stale. Punctuation
 * that is not part of a word (Markdown's * _ | #, quotes, commas) needs no step: tokenize drops it.
 */
export const NORMALISATION_STEPS: readonly NormalisationStep[] = [
  rewriteStep("unicode", "line endings; byte-order mark and zero-width characters; non-breaking and other spaces", [
    { pattern: /\r\n?/g, replacement: "\n", when: "\r" },
    { pattern: /[\uFEFF\u200B-\u200D\u2060]/g, replacement: "" },
    { pattern: /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, replacement: " " },
  ]),
  { name: "front-matter", description: "drop a leading YAML front-matter block (model cards)", apply: stripFrontMatter },
  {
    name: "html-blocks",
    description: "drop HTML comments and the content of <head>, <script> and <style> (license pages saved as HTML)",
    apply: dropHtmlBlocks,
  },
  rewriteStep("html", "drop common HTML tags and decode named and numeric entities", [
    { pattern: HTML_TAGS, replacement: " ", when: "<" },
    { pattern: /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,9});/gi, replacement: decodeEntity, when: "&" },
  ]),
  rewriteStep("quotes-dashes", "unify curly and typographic quotes, apostrophes and dashes", [
    { pattern: /[\u2018\u2019\u201A\u201B\u2032\u00B4]/g, replacement: "'" },
    { pattern: /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]|''/g, replacement: '"' },
    { pattern: /[\u2010\u2011\u2212\uFE63\uFF0D]/g, replacement: "-" },
    // Dashes between words are not hyphens ("versions\u2014including" is "versions -- including").
    { pattern: /[\u2012-\u2015\uFE58]/g, replacement: " - " },
  ]),
  rewriteStep("markdown-escapes", "drop Markdown's backslash before punctuation (1\\. is 1.)", [
    { pattern: /\\([!-/:-@[-`{-~])/g, replacement: "$1", when: "\\" },
  ]),
  // Link text and targets cannot hold their own brackets, so each scan stops at the next bracket: linear.
  // One line break may fall inside either (a re-wrapped "[No\nLiability](#no-liability)").
  rewriteStep("markdown-links", "keep the text of Markdown links (one line break inside allowed); drop link targets and reference definitions", [
    { pattern: /!?\[([^[\]\n]*(?:\n[^[\]\n]*)?)\]\([^()\n]*(?:\n[^()\n]*)?\)/g, replacement: "$1", when: "](" },
    { pattern: /\[([^[\]\n]*)\]\[[^[\]\n]*\]/g, replacement: "$1", when: "][" },
    { pattern: /^ {0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$/gm, replacement: "", when: "]:" },
  ]),
  rewriteStep("markdown-blocks", "drop heading markers, code fences and blockquote markers at line starts", [
    { pattern: /^[ \t]*(?:```+[^\n]*|#{1,6}(?=[ \t])|(?:>[ \t]?)+)/gm, replacement: "" },
  ]),
  {
    name: "markdown-emphasis",
    description:
      "drop bold, italic, strike-through and code markers (inside a word or next to a hyphen or apostrophe without a space: Verviel**fält**igung, **cross**-claims, http://**mozilla**.org; before URLs are dropped)",
    apply: stripEmphasis,
  },
  rewriteStep("urls", "drop URLs (license and project addresses vary between copies)", [
    { pattern: /\b(?:https?|ftp):\/\/[^\s<>"')\]]*[^\s<>"')\].,;:]/gi, replacement: " ", when: "://" },
    { pattern: /\bwww\.[^\s<>"')\]]*[^\s<>"')\].,;:]/gi, replacement: " ", when: "www." },
    { pattern: /\bmailto:/gi, replacement: "", when: "mailto:" },
  ]),
  rewriteStep("copyright", "drop copyright notices (markers, years, holders) and 'All rights reserved'", [
    { pattern: COPYRIGHT_NOTICE, replacement: " " },
    { pattern: /\ball\s+rights\s+reserved\b\.?/gi, replacement: " " },
  ]),
  {
    name: "preamble",
    description: "drop a 'This model is licensed under ...' first line (the reference matcher reads the raw text)",
    apply: stripPreamble,
  },
  { name: "line-markers", description: "drop list bullets and section numbering at line starts", apply: stripLineMarkers },
  rewriteStep("inline-markers", "drop (a)/(iv)/(1) markers and section signs anywhere", [
    { pattern: /\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)/gi, replacement: " ", when: "(" },
    { pattern: /§+/g, replacement: " ", when: "§" },
  ]),
  { name: "lower-case", description: "lower-case everything", apply: (text) => text.toLowerCase() },
];

export interface Normalised {
  /** Words in order, after all steps, hyphen joins and varietal spellings. */
  tokens: string[];
  /** FNV-1a hash of each token. */
  hashes: Uint32Array;
  /** The tokens joined by single spaces: the text whose hash is the exact fingerprint. */
  text: string;
}

/** Runs the steps up to (not including) the step named `upTo`; exposed for tests and the reference matcher. */
export function normaliseText(input: string, upTo?: string): string {
  let text = input;
  for (const step of NORMALISATION_STEPS) {
    if (step.name === upTo) break;
    text = step.apply(text);
  }
  return text;
}

// Character classes of UTF-16 code units for the tokenizer: ASCII filled here, other units classified
// by Unicode property on first sight and remembered (a regex test per character was the tokenizer's cost).
const UNIT_WORD = 1;
const UNIT_OTHER = 2;
/** Scripts written without spaces between words: each character is a token. */
const UNIT_UNSPACED = 3;
const UNIT_CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) UNIT_CLASS[c] = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? UNIT_WORD : UNIT_OTHER;
const UNICODE_WORD = /[\p{L}\p{N}\p{M}]/u;
const UNSPACED = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;

function unitClass(c: number): number {
  const k = UNIT_CLASS[c]!;
  if (k !== 0) return k;
  const ch = String.fromCharCode(c);
  const found = UNSPACED.test(ch) ? UNIT_UNSPACED : UNICODE_WORD.test(ch) ? UNIT_WORD : UNIT_OTHER;
  UNIT_CLASS[c] = found;
  return found;
}

const isWordChar = (c: number) => unitClass(c) === UNIT_WORD;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && c !== 0x2212);

/** A growable list of tokens and their hashes. */
class TokenList {
  readonly tokens: string[] = [];
  hashes: Uint32Array;
  constructor(expected: number) {
    this.hashes = new Uint32Array(Math.max(16, expected));
  }
  push(t: string, h: number): void {
    if (VARIETAL_HASHES.has(h)) {
      const v = VARIETAL_SPELLINGS.get(t);
      if (v !== undefined) {
        t = v;
        h = fnv1a(v);
      }
    }
    const n = this.tokens.length;
    if (n === this.hashes.length) {
      const grown = new Uint32Array(n * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[n] = h;
    this.tokens.push(t);
  }
}

/** After a hyphen at `i` between letters: where the next part starts (blanks and one line break skipped), or -1. */
function hyphenJoin(text: string, i: number): number {
  const n = text.length;
  if (!isLetter(text.charCodeAt(i - 1))) return -1;
  let j = i + 1;
  let newlines = 0;
  while (j < n) {
    const e = text.charCodeAt(j);
    if (e === 32) j++;
    else if (e === 10 && newlines === 0) {
      newlines++;
      j++;
    } else break;
  }
  return j < n && isLetter(text.charCodeAt(j)) && isWordChar(text.charCodeAt(j)) ? j : -1;
}

/**
 * Splits normalised text into word tokens: runs of letters and digits, with internal dots and
 * apostrophes (2.0, e.g, licensee's) and trailing + (openrail++). A hyphen between letters joins
 * the two parts, also across a line break (non-commercial = noncommercial, "sub-\nlicense"); & is
 * "and"; varietal spellings are replaced. Returns the tokens and their FNV-1a hashes.
 */
export function tokenize(text: string): { tokens: string[]; hashes: Uint32Array } {
  const out = new TokenList(text.length >> 3);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 38) {
      out.push("and", AND_HASH);
      i++;
      continue;
    }
    const k = unitClass(c);
    if (k === UNIT_UNSPACED) {
      const ch = text[i]!;
      out.push(ch, fnv1a(ch));
      i++;
      continue;
    }
    if (k !== UNIT_WORD) {
      i++;
      continue;
    }
    // A token: word characters, joined across '.'/'\'' between word characters and '-' between letters.
    let h = 0x811c9dc5;
    let start = i;
    let parts: string[] | null = null;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordChar(d) || ((d === 46 || d === 39) && i + 1 < n && isWordChar(text.charCodeAt(i + 1)))) {
        h = Math.imul(h ^ d, 0x01000193);
        i++;
        continue;
      }
      const j = d === 45 ? hyphenJoin(text, i) : -1;
      if (j < 0) break;
      (parts ??= []).push(text.slice(start, i));
      start = j;
      i = j;
    }
    while (i < n && text.charCodeAt(i) === 43) {
      h = Math.imul(h ^ 43, 0x01000193);
      i++;
    }
    const tail = text.slice(start, i);
    out.push(parts ? parts.join("") + tail : tail, h >>> 0);
  }
  return { tokens: out.tokens, hashes: out.hashes.subarray(0, out.tokens.length) };
}

export function normalise(input: string): Normalised {
  const { tokens, hashes } = tokenize(normaliseText(input));
  return { tokens, hashes, text: tokens.join(" ") };
}

/** 32-bit FNV-1a hash of a string (UTF-16 code units). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const AND_HASH = fnv1a("and");
/** Hashes of the varietal spellings, so that most tokens are passed over without a string lookup. */
const VARIETAL_HASHES = new U32Table(VARIETAL_SPELLINGS.size);
for (const k of VARIETAL_SPELLINGS.keys()) VARIETAL_HASHES.add(fnv1a(k), 0);

/**
 * 24-bit hash of the word bigram (a, b) from the words' own hashes (murmur3's 32-bit finaliser mixes
 * them). 24 bits keep fingerprints.json small; among the few thousand bigrams of a text, collisions are rare.
 */
export function bigramHash(ha: number, hb: number): number {
  let h = (Math.imul(ha, 0x9e3779b1) ^ hb) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 8;
}

/** Distinct bigram hashes of a token sequence (given the tokens' hashes), each with its first position. */
export function bigramPositions(hashes: Uint32Array): U32Table {
  const out = new U32Table(hashes.length);
  for (let i = 0; i + 1 < hashes.length; i++) out.add(bigramHash(hashes[i]!, hashes[i + 1]!), i);
  return out;
}

/** The distinct bigram hashes of a token sequence. */
export function bigramSet(hashes: Uint32Array): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < hashes.length; i++) out.add(bigramHash(hashes[i]!, hashes[i + 1]!));
  return out;
}
