import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
import { a as __builtin } from './_builtin_crypto.js';
import { _ as __builtin$2 } from './_builtin_fs.js';
import { _ as __builtin$1 } from './_builtin_url.js';

// Identifications by content hash: a monorepo holds thousands of identical LICENSE files, and each
// distinct text is identified once per process. The results are frozen, since callers share them.

/** Distinct texts remembered; the oldest is forgotten first. A result is a few hundred bytes. */
const CACHE_ENTRIES = 4096;

/** The key of a text and the options that change its result (a declared id). */
function contentKey(text, declared) {
  const h = __builtin.createHash("sha256").update(text, "utf8");
  if (declared) h.update("\0").update(declared, "utf8");
  return h.digest("base64");
}

function deepFreeze(value) {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A small least-recently-used map (a Map keeps insertion order: re-inserting marks an entry as used). */
class ContentCache {
    entries = new Map();
  hits = 0;
  misses = 0;

  constructor(  capacity = CACHE_ENTRIES) {this.capacity = capacity;}

  /** The value for `key`, computing and freezing it on a miss. */
  get(key, compute) {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const value = deepFreeze(compute());
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value);
    return value;
  }

  clear() {
    this.entries.clear();
    this.hits = 0;
    this.misses = 0;
  }
}

// Compact text encoding of sorted integer lists for fingerprints.json: the gaps between consecutive
// values, each written as a little-endian base-32 varint in JSON-safe characters (a "final" alphabet
// for the last digit of a number, a "continuation" alphabet for the others). A list of 300 word ids
// takes ~450 characters instead of ~1,800 as a JSON array.

const FINAL = "0123456789abcdefghijklmnopqrstuv";
const CONTINUE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%()";

const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < 32; i++) {
  DIGIT[FINAL.charCodeAt(i)] = i;
  DIGIT[CONTINUE.charCodeAt(i)] = 32 + i;
}

/** Decodes what encodeSorted wrote, in ascending order. */
function decodeSorted(text) {
  const out = new Uint32Array(decodedLength(text));
  decodeInto(text, out, 0);
  return out;
}

/** Number of values in an encoded list. */
function decodedLength(text) {
  let count = 0;
  for (let i = 0; i < text.length; i++) if ((DIGIT[text.charCodeAt(i)] ?? -1) < 32) count++;
  return count;
}

/** Decodes into `out` from position `at`; returns the position after the last value written. */
function decodeInto(text, out, at) {
  let n = at;
  let prev = 0;
  let gap = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const d = DIGIT[text.charCodeAt(i)] ?? -1;
    if (d < 0) throw new SyntaxError(`bad character in encoded list at ${i}`);
    if (d >= 32) {
      gap += (d - 32) * scale;
      scale *= 32;
    } else {
      gap += d * scale;
      prev += gap;
      out[n++] = prev;
      gap = 0;
      scale = 1;
    }
  }
  return n;
}

// License names as comparable keys, for the `reference` matcher ("released under the MIT license")
// and for resolving a declared id. A name key is a token list in which:
//   - versions are canonical (v2, 2.0 and 2 are all "2"; 3.1 stays "3.1"),
//   - long forms are abbreviated (GNU General Public → gpl, Creative Commons → cc, Attribution → by),
//   - a run of letters glued to a version is split (llama3.1 → llama 3.1, gpl3 → gpl 3),
//   - filler words that people add or leave out (the, license, version, international) are dropped.

/** Words a mention may add or omit around a name without changing which license it names. */
const NAME_FILLERS = new Set([
  "the",
  "a",
  "license",
  "licence",
  "licenses",
  "licences",
  "licensed",
  "agreement",
  "version",
  "ver",
  "v",
  "international",
  "unported",
  "generic",
  "public",
  "terms",
  "of",
  "and",
  "use",
]);

/** Multi-word long forms and their abbreviations, longest first. Applied to token lists. */
const ABBREVIATIONS = [
  [["gnu", "lesser", "general", "public"], "lgpl"],
  [["gnu", "library", "general", "public"], "lgpl"],
  [["gnu", "affero", "general", "public"], "agpl"],
  [["affero", "general", "public"], "agpl"],
  [["gnu", "general", "public"], "gpl"],
  [["gnu", "free", "documentation"], "gfdl"],
  [["mozilla", "public"], "mpl"],
  [["eclipse", "public"], "epl"],
  [["creative", "commons"], "cc"],
  [["share", "alike"], "sa"],
  [["non", "commercial"], "nc"],
  [["no", "derivatives"], "nd"],
  [["open", "rail"], "openrail"],
];

const SINGLE_ABBREVIATIONS = {
  attribution: "by",
  sharealike: "sa",
  noncommercial: "nc",
  noderivatives: "nd",
  noderivs: "nd",
};

/** Canonical version: "v2.0" → "2", "3.0" → "3", "3.1" → "3.1", "1.3c" → "1.3c". */
function canonicalVersion$1(t) {
  const m = /^v?(\d+(?:\.\d+)*)([a-z]?)$/.exec(t);
  if (!m) return t;
  const numbers = (m[1] ?? "").split(".");
  while (numbers.length > 1 && numbers[numbers.length - 1] === "0") numbers.pop();
  return numbers.join(".") + (m[2] ?? "");
}

/** The token without leading and trailing dots (by index: a regex for "dots at the end" is quadratic on a run of dots). */
function trimDots(t) {
  let a = 0;
  let b = t.length;
  while (a < b && t.charCodeAt(a) === 46) a++;
  while (b > a && t.charCodeAt(b - 1) === 46) b--;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** Lower-case word tokens of a name or a mention, versions canonical and glued versions split, fillers kept. */
function nameTokens(text) {
  const raw = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .split(/[^a-z0-9.+]+/);
  const out = [];
  for (let t of raw) {
    t = trimDots(t);
    if (t === "") continue;
    // llama3.1 → llama 3.1; gpl3 → gpl 3 (three or more letters, so cc0 and x11 stay whole)
    const glued = /^([a-z]{3,})(v?\d+(?:\.\d+)*[a-z]?)$/.exec(t);
    if (glued && !/^(?:x|cc)$/.test(glued[1] ?? "")) {
      out.push(glued[1], canonicalVersion$1(glued[2]));
      continue;
    }
    out.push(canonicalVersion$1(t));
  }
  // Apply multi-word abbreviations.
  const abbreviated = [];
  for (let i = 0; i < out.length; ) {
    const hit = ABBREVIATIONS.find(([words]) => words.every((w, k) => out[i + k] === w));
    if (hit) {
      abbreviated.push(hit[1]);
      i += hit[0].length;
    } else {
      const t = out[i];
      abbreviated.push(SINGLE_ABBREVIATIONS[t] ?? t);
      i++;
    }
  }
  return abbreviated;
}

/** The key of a license name: its name tokens without fillers, joined by spaces ("" when nothing is left). */
function nameKey(name) {
  return nameTokens(name)
    .filter((t) => !NAME_FILLERS.has(t))
    .join(" ");
}

// A small open-addressing hash table from 32-bit keys to the first and last positions they were added
// at, for the input's words and bigrams (built once per identification, probed a few thousand times).
// Faster than a Map<number, number>.
class U32Table {
    keys;
    first;
    last;
    mask;
  size = 0;

  constructor(expected) {
    let cap = 16;
    while (cap < expected * 2) cap <<= 1;
    this.keys = new Uint32Array(cap);
    this.first = new Int32Array(cap).fill(-1);
    this.last = new Int32Array(cap);
    this.mask = cap - 1;
  }

   slot(key) {
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.first[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** Records `key` at `position` (≥ 0); returns true when the key is new. */
  add(key, position) {
    const i = this.slot(key);
    this.last[i] = position;
    if (this.first[i] !== -1) return false;
    this.keys[i] = key;
    this.first[i] = position;
    this.size++;
    return true;
  }

  /** The first position of `key`, or -1. */
  get(key) {
    return this.first[this.slot(key)];
  }

  /** The last position of `key`, or -1. */
  getLast(key) {
    const i = this.slot(key);
    return this.first[i] === -1 ? -1 : this.last[i];
  }

  has(key) {
    return this.get(key) !== -1;
  }
}

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















function rewriteStep(name, description, rewrites) {
  return {
    name,
    description,
    apply: (text) =>
      rewrites.reduce(
        (t, r) => (r.when !== undefined && !t.includes(r.when) ? t : t.replace(r.pattern, r.replacement )),
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

const ENTITIES = {
  nbsp: " ", amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", ldquo: '"', rdquo: '"', lsquo: "'", rsquo: "'",
  mdash: "-", ndash: "-", hellip: "...", copy: "\u00A9", sect: "\u00A7", middot: " ", bull: " ", trade: " ", reg: " ",
};

function decodeEntity(_m, e) {
  if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? " ";
  const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : " ";
}

/** Drops HTML comments and the content of <head>, <script> and <style> (an HTML page's non-text), by forward search. */
function dropHtmlBlocks(text) {
  if (!text.includes("<")) return text;
  const lower = text.toLowerCase();
  const parts = [];
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
function stripLineMarkers(text) {
  const parts = [];
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

function stripFrontMatter(text) {
  if (!text.startsWith("---")) return text;
  const m = /^---[ \t]*\n((?:[^\n]*\n){0,80}?)---[ \t]*(?:\n|$)/.exec(text);
  if (!m || !/^[\w-]+\s*:/m.test(m[1] ?? "")) return text;
  return text.slice(m[0].length);
}

/**
 * Drops a preamble line when it is the first non-empty line (where a copy puts one). Lines further
 * down are the license's own: re-wrapping moves them up, so they are never tested.
 */
function stripPreamble(text) {
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
function charBefore(s, at) {
  if (at <= 0) return "";
  const c = s.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && at >= 2 ? s.slice(at - 2, at) : s[at - 1];
}

function charAt(s, at) {
  const c = s.codePointAt(at);
  return c === undefined ? "" : String.fromCodePoint(c);
}

/**
 * Drops a marker run next to a hyphen or apostrophe, or with a letter, digit, slash, colon or dot on
 * both sides; any other run becomes a space. One scan for runs, each decided by its two neighbours
 * (a single regex with look-behinds tried every position of the text, the costliest step).
 */
function stripEmphasis(text) {
  if (!/[*_`~]/.test(text)) return text;
  return text.replace(EMPHASIS_RUN, (run, at) => {
    const before = charBefore(text, at);
    const after = charAt(text, at + run.length);
    if (before === "-" || before === "'" || after === "-" || after === "'") return "";
    return JOINS_WORD.test(before) && JOINS_WORD.test(after) ? "" : " ";
  });
}

/** British/American and other equivalent spellings (SPDX guideline "varietal word spelling"), as token → canonical token. */
const VARIETAL_SPELLING_LIST = {
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
const VARIETAL_SPELLINGS = new Map(Object.entries(VARIETAL_SPELLING_LIST));

/**
 * The ordered steps. Each sees the output of the one before; the names are stable and recorded in
 * fingerprints.json so a fingerprint file built with other steps is recognised as stale. Punctuation
 * that is not part of a word (Markdown's * _ | #, quotes, commas) needs no step: tokenize drops it.
 */
const NORMALISATION_STEPS = [
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










/** Runs the steps up to (not including) the step named `upTo`; exposed for tests and the reference matcher. */
function normaliseText(input, upTo) {
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

function unitClass(c) {
  const k = UNIT_CLASS[c];
  if (k !== 0) return k;
  const ch = String.fromCharCode(c);
  const found = UNSPACED.test(ch) ? UNIT_UNSPACED : UNICODE_WORD.test(ch) ? UNIT_WORD : UNIT_OTHER;
  UNIT_CLASS[c] = found;
  return found;
}

const isWordChar = (c) => unitClass(c) === UNIT_WORD;
const isLetter = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 128 && c !== 0x2212);

/** A growable list of tokens and their hashes. */
class TokenList {
   tokens = [];
  hashes;
  constructor(expected) {
    this.hashes = new Uint32Array(Math.max(16, expected));
  }
  push(t, h) {
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
function hyphenJoin(text, i) {
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
function tokenize(text) {
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
      const ch = text[i];
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
    let parts = null;
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

/** 32-bit FNV-1a hash of a string (UTF-16 code units). */
function fnv1a(s) {
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
function bigramHash(ha, hb) {
  let h = (Math.imul(ha, 0x9e3779b1) ^ hb) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 8;
}

/** Distinct bigram hashes of a token sequence (given the tokens' hashes), each with its first position. */
function bigramPositions(hashes) {
  const out = new U32Table(hashes.length);
  for (let i = 0; i + 1 < hashes.length; i++) out.add(bigramHash(hashes[i], hashes[i + 1]), i);
  return out;
}

// The fingerprint index: rules/licenses/fingerprints.json turned into typed arrays and lookup maps,
// loaded once on first use. The bulk (word sets, bigram samples) is stored as base64 typed arrays that
// decode natively; id/name lookups are built on first use and near-duplicate samples when a tie needs
// them, so loading does little more than JSON.parse.


/** Words (by frequency rank) kept as bit masks rather than posting lists. */
const FREQUENT_WORDS = 512;
const MASK_WORDS = FREQUENT_WORDS / 32;

const DEFAULT_FINGERPRINTS = __builtin$1.fileURLToPath(new URL("./fingerprints.json", import.meta.url));






































class LazyNearDuplicate  {
   decoded;
  constructor(
     other,
     ownCount,
      encoded,
  ) {this.other = other;this.ownCount = ownCount;this.encoded = encoded;}
  get own() {
    return (this.decoded ??= decodeSorted(this.encoded));
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A base64 little-endian typed array from fingerprints.json, decoded natively (no per-element work on little-endian hosts). */
function typed(b64, Type) {
  const bytes = Buffer.from(b64, "base64");
  const size = Type.BYTES_PER_ELEMENT;
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  const out = new Type(buffer, 0, bytes.length / size);
  if (!LITTLE_ENDIAN) {
    const view = new DataView(buffer);
    for (let i = 0; i < out.length; i++) out[i] = size === 2 ? view.getUint16(2 * i, true) : view.getUint32(4 * i, true);
  }
  return out;
}

class FingerprintIndex {
   licenses = [];
  /** All variants of all licenses, full texts first within each license. */
   variants = [];
  /** FNV-1a hashes of the vocabulary words, ascending, and the word id of each (see wordId). */
   vocabularyHashes;
   vocabularyIds;
   vocabularySize;
  /** Exact fingerprints: SHA-256 of a variant's normalised text → variant. */
   byHash = new Map();
    file;
   names;
   words;
    exactLengths = new Set();
  /** Bigram samples of all variants, back to back (variant i: sampleStart[i] .. sampleStart[i + 1]). */
   samples;
   sampleStart;
  /**
   * Word sets for a fast overlap count: the FREQUENT_WORDS most frequent words (ids below it) as a
   * bit mask per variant (MASK_WORDS 32-bit words each), the others as posting lists (word → variants).
   */
   masks;
   postingStart;
   postings;
  /** Chunk digests of all variants in text order (variant slot i: chunkStart[i] .. chunkStart[i + 1]), and their info bytes. */
   chunkStart;
   chunks;
   chunkInfo;
   chunkOps;

  constructor(file) {
    if (file.format !== "model-provenance-fingerprints/1") throw new Error(`unknown fingerprint format ${String(file.format)}`);
    const steps = NORMALISATION_STEPS.map((s) => s.name).join(",");
    if (file.normalisation.join(",") !== steps) {
      throw new Error("fingerprints.json was built with other normalisation steps: run npm run build:fingerprints");
    }
    const ix = file.index;
    this.vocabularyHashes = typed(ix.vocabularyHashes, Uint32Array);
    this.vocabularyIds = typed(ix.vocabularyIds, Uint16Array);
    this.vocabularySize = this.vocabularyIds.length;
    this.masks = typed(ix.masks, Uint32Array);
    this.postingStart = typed(ix.postingStart, Uint32Array);
    this.postings = typed(ix.postings, Uint16Array);
    this.sampleStart = typed(ix.sampleStart, Uint32Array);
    this.samples = typed(ix.samples, Uint32Array);
    this.chunkStart = typed(ix.chunkStart, Uint32Array);
    this.chunks = typed(ix.chunks, Uint32Array);
    this.chunkInfo = new Uint8Array(Buffer.from(ix.chunkInfo, "base64"));
    this.chunkOps = typed(ix.chunkOps, Uint32Array);
    const keyIndex = new Map();
    file.licenses.forEach((l, i) => keyIndex.set(l.key, i));

    file.licenses.forEach((s, index) => {
      const license = {
        index,
        key: s.key,
        spdx: s.spdx,
        hub: s.hub,
        scancode: s.scancode,
        name: s.name,
        kind: s.kind,
        version: s.version,
        aliases: s.aliases,
        deprecated: s.deprecated,
        source: s.source,
        threshold: s.threshold ?? 100,
        titleModified: s.titleModified === true,
        variants: [],
        near: s.near.map(([key, ownCount, own]) => new LazyNearDuplicate(keyIndex.get(key) ?? -1, ownCount, own)),
      };
      for (const v of s.variants) {
        const slot = this.variants.length;
        const variant = {
          name: v.name,
          license: index,
          slot,
          wordCount: v.wordCount,
          uniqueWords: v.uniqueWords,
          isTrim: v.name !== "full",
          sampleFrom: this.sampleStart[slot],
          sampleTo: this.sampleStart[slot + 1],
          bigramCount: v.bigramCount,
        };
        license.variants.push(variant);
        this.variants.push(variant);
        if (!this.byHash.has(v.sha256)) this.byHash.set(v.sha256, variant);
        this.exactLengths.add(v.wordCount);
      }
      this.licenses.push(license);
    });
    this.file = file;

    if (
      this.masks.length !== this.variants.length * MASK_WORDS ||
      this.sampleStart.length !== this.variants.length + 1 ||
      this.chunkStart.length !== this.variants.length + 1 ||
      this.chunkInfo.length !== this.chunks.length ||
      this.chunkOps.length !== this.chunks.length
    ) {
      throw new Error("fingerprints.json: the index does not match the licenses; run npm run build:fingerprints");
    }
  }

  /** Ids, aliases, ScanCode keys and URLs (lower-cased) and name keys → license index; built on first use. */
   nameIndex() {
    if (this.names) return this.names;
    const lookup = new Map();
    const nameKeys = new Map();
    const byFirstToken = new Map();
    this.file.licenses.forEach((s, index) => {
      const put = (k) => {
        const lower = k.toLowerCase();
        if (lower && !lookup.has(lower)) lookup.set(lower, index);
      };
      for (const k of [s.key, s.hub, s.spdx, s.scancode, ...s.aliases, ...s.urls]) if (k) put(k);
      for (const n of s.names) {
        nameKeys.set(n, index);
        const tokens = n.split(" ");
        const list = byFirstToken.get(tokens[0]);
        if (list) list.push(tokens);
        else byFirstToken.set(tokens[0], [tokens]);
      }
    });
    return (this.names = { lookup, nameKeys, byFirstToken });
  }

  /** Name key → license index, for the reference matcher. */
  get nameKeys() {
    return this.nameIndex().nameKeys;
  }

  /** First token of a name key → the keys starting with it (as token lists). */
  get nameKeysByFirstToken() {
    return this.nameIndex().byFirstToken;
  }

  /** The vocabulary id of a word, given its FNV-1a hash; -1 when the word is in no reference text. */
  wordId(hash) {
    const t = (this.words ??= this.wordTable());
    let i = (Math.imul(hash, 0x9e3779b1) >>> 0) & t.mask;
    for (;;) {
      const id = t.ids[i];
      if (id < 0 || t.keys[i] === hash) return id;
      i = (i + 1) & t.mask;
    }
  }

  /** Word hash → id as an open-addressing table, built on first use: a probe or two per input word, where a binary search took fourteen. */
   wordTable() {
    let cap = 16;
    while (cap < this.vocabularySize * 2) cap <<= 1;
    const keys = new Uint32Array(cap);
    const ids = new Int32Array(cap).fill(-1);
    const mask = cap - 1;
    for (let k = 0; k < this.vocabularySize; k++) {
      const h = this.vocabularyHashes[k];
      let i = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
      while (ids[i] >= 0) i = (i + 1) & mask;
      keys[i] = h;
      ids[i] = this.vocabularyIds[k];
    }
    return { keys, ids, mask };
  }

  /** Whether some variant has this many words: an input of another length cannot match one exactly (no hash needed). */
  hasExactLength(words) {
    return this.exactLengths.has(words);
  }

  /** The word ids a variant's slot holds (tests and inspection; matching reads the masks and postings). */
  slotWords(variant) {
    const out = [];
    for (let id = 0; id < Math.min(FREQUENT_WORDS, this.vocabularySize); id++) {
      if (this.masks[variant.slot * MASK_WORDS + (id >>> 5)] & (1 << (id & 31))) out.push(id);
    }
    for (let r = 0; r + FREQUENT_WORDS < this.vocabularySize; r++) {
      for (let k = this.postingStart[r]; k < this.postingStart[r + 1]; k++) if (this.postings[k] === variant.slot) out.push(r + FREQUENT_WORDS);
    }
    return out;
  }

  /** Whether a full text's word set holds a word (by vocabulary id); use a license's variants[0]. */
  hasWord(variant, id) {
    if (id < 0) return false;
    if (id < FREQUENT_WORDS) return (this.masks[variant.slot * MASK_WORDS + (id >>> 5)] & (1 << (id & 31))) !== 0;
    const r = id - FREQUENT_WORDS;
    for (let k = this.postingStart[r], end = this.postingStart[r + 1]; k < end; k++) if (this.postings[k] === variant.slot) return true;
    return false;
  }

  /** A variant's chunk digests and info bytes (views, no copy). */
  chunksOf(variant) {
    const from = this.chunkStart[variant.slot];
    const to = this.chunkStart[variant.slot + 1];
    return { digests: this.chunks.subarray(from, to), info: this.chunkInfo.subarray(from, to), ops: this.chunkOps.subarray(from, to) };
  }

  get(key) {
    const i = this.nameIndex().lookup.get(key.toLowerCase());
    return i === undefined ? undefined : this.licenses[i];
  }

  /**
   * Resolves an id, alias, license URL or license name (as written in a model card's `license`,
   * `license_name` or `license_link`) to a license.
   */
  resolve(ref) {
    // No id, name or URL is longer; bounding the input keeps the URL patterns below linear.
    const r = ref.trim().slice(0, 500);
    if (!r) return undefined;
    const direct = this.get(r) ?? this.get(canonicalUrl(r));
    if (direct) return direct;
    const spdxUrl = /spdx\.org\/licenses\/([^/?#]+?)(?:\.html|\.txt|\.json)?$/i.exec(r);
    if (spdxUrl?.[1]) return this.get(spdxUrl[1]);
    const byName = this.nameKeys.get(nameKey(r));
    return byName === undefined ? undefined : this.licenses[byName];
  }
}

/** A URL without scheme, "www.", query, trailing slash or a .html/.txt/.php/.md suffix, lower-cased. */
function canonicalUrl(u) {
  return u
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "")
    .replace(/\.(?:html?|txt|php|md)$/, "");
}

let cached;

/** The fingerprint index, read from `file` (default rules/licenses/fingerprints.json) on first use. */
function fingerprintIndex(file = DEFAULT_FINGERPRINTS) {
  if (cached?.path === file) return cached.index;
  const index = new FingerprintIndex(JSON.parse(__builtin$2.readFileSync(file, "utf8")) );
  cached = { path: file, index };
  return index;
}

// The matchers. Each looks at the prepared input and reports what it found with a confidence (0-100);
// identify.ts runs them in order and decides. They share the prepared input so the text is normalised once.

/** Tunables of the dice matcher, in one place. */
const DICE = {
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
} ;

/** The reference matcher only reads texts this short (in words): a name in a long text is not its license. */
const REFERENCE_MAX_WORDS = 300;

















function prepare(raw, index) {
  const n = tokenize(normaliseText(raw));
  const unique = new U32Table(n.hashes.length);
  const wordIds = [];
  for (const h of n.hashes) {
    if (!unique.add(h, 0)) continue;
    const id = index.wordId(h);
    if (id >= 0) wordIds.push(id);
  }
  let sha256;
  return {
    raw,
    tokens: n.tokens,
    hashes: n.hashes,
    // The exact fingerprint, hashed when first asked for (matchExact asks only when a reference has as many words).
    get sha256() {
      return (sha256 ??= __builtin.createHash("sha256").update(n.tokens.join(" "), "utf8").digest("hex"));
    },
    wordIds,
    uniqueWords: unique.size,
    bigrams: bigramPositions(n.hashes),
    wordIdOf: (i) => index.wordId(n.hashes[i]),
  };
}

function popcount(x) {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

let counts = new Uint16Array(0);
const inputMask = new Uint32Array(MASK_WORDS);

/** Number of the input's distinct words in each variant's word list, by variant slot. */
function overlaps(input, index) {
  const slots = index.variants.length;
  if (counts.length < slots) counts = new Uint16Array(slots);
  counts.fill(0, 0, slots);
  inputMask.fill(0);
  const { postings, postingStart } = index;
  for (const w of input.wordIds) {
    if (w < FREQUENT_WORDS) {
      inputMask[w >>> 5] |= 1 << (w & 31);
      continue;
    }
    const r = w - FREQUENT_WORDS;
    for (let k = postingStart[r], end = postingStart[r + 1]; k < end; k++) counts[postings[k]]++;
  }
  const masks = index.masks;
  for (let slot = 0; slot < slots; slot++) {
    let n = counts[slot];
    const base = slot * MASK_WORDS;
    for (let k = 0; k < MASK_WORDS; k++) {
      const x = masks[base + k] & inputMask[k];
      if (x !== 0) n += popcount(x);
    }
    counts[slot] = n;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------- exact

/** a. The normalised text's hash equals a reference's (full text or a known trim). */
function matchExact(input, index, skip) {
  const v = input.tokens.length > 0 && index.hasExactLength(input.tokens.length) ? index.byHash.get(input.sha256) : undefined;
  return v && !skip?.has(v.license) ? v : undefined;
}

// ------------------------------------------------------------------------------------------- declared











/** An SPDX-License-Identifier line; an expression longer than 300 characters is cut (no real one is). */
const SPDX_LINE$1 = /SPDX-License-Identifier:[ \t]*([^\n\r]{0,300})/i;

/** The operands of an SPDX expression (A OR B AND C WITH X), by word: the exception after WITH is dropped. */
function expressionOperands(expr) {
  const operands = [];
  let current = [];
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

function resolveExpression(expr, index) {
  const cleaned = expr
    .slice(0, 300)
    .replace(/\*\/|-->|#}|%>/g, " ")
    .replace(/[()]/g, " ")
    .trim();
  const whole = index.resolve(cleaned);
  if (whole) return { license: whole, operands: [] };
  const parts = expressionOperands(cleaned);
  const operands = parts.map((p) => index.resolve(p)).filter((l) => l !== undefined);
  if (parts.length === 1) return { license: operands[0] ?? null, operands: [] };
  const distinct = [...new Map(operands.map((l) => [l.index, l])).values()];
  return { license: distinct.length === 1 && operands.length === parts.length ? distinct[0] : null, operands: distinct };
}

/** b. A declared id: given by the caller (a model card's license / license_link) or an SPDX-License-Identifier line. */
function matchDeclared(input, index, declared, skip) {
  const m = declared?.trim() ? null : SPDX_LINE$1.exec(input.raw);
  const expr = declared?.trim() ? declared : m?.[1];
  if (!expr?.trim()) return undefined;
  const r = resolveExpression(expr, index);
  const known = (l) => (l && !skip?.has(l.index) ? l : null);
  return {
    license: known(r.license),
    operands: r.operands.filter((l) => known(l)),
    declared: expr.trim(),
    from: declared?.trim() ? "caller" : "spdx-line",
  };
}

// ----------------------------------------------------------------------------------------------- dice

























function f2(recall, precision) {
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
function scoreVariant(v, overlap, input, index) {
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
    const h = samples[k];
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
function presence(own, input) {
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
function distinguish(a, b, input) {
  const ab = a.license.near.find((n) => n.other === b.license.index);
  const ba = b.license.near.find((n) => n.other === a.license.index);
  if (!ab || !ba) return null;
  const fa = presence(ab.own, input);
  const fb = presence(ba.own, input);
  if (fa === null && fb === null) return null;
  if (fa === null || fb === null) {
    // One text is the other plus something: the larger wins when its extra part is present.
    const [small, large, f] = fa === null ? [a, b, fb] : [b, a, fa];
    return f >= 0.5 ? { winner: large, decisive: f >= 0.75 } : { winner: small, decisive: f <= 0.25 };
  }
  if (Math.abs(fa - fb) < 0.2) return null;
  return { winner: fa > fb ? a : b, decisive: Math.abs(fa - fb) >= 0.4 };
}

/** Upper bound of scoreVariant's score from the word overlap alone (bigram recall and precision taken as 1). */
function scoreBound(v, overlap, inputWords) {
  const wordRecall = overlap / v.uniqueWords;
  const bound = 100 * f2((wordRecall + 1) / 2, (overlap / inputWords + 1) / 2);
  return wordRecall >= DICE.containWords ? Math.max(bound, (100 * (wordRecall + 1)) / 2) : bound;
}

function isNear(a, b) {
  return a.license.near.some((n) => n.other === b.license.index);
}

const byScore = (a, b) => b.score - a.score || (a.license.key < b.license.key ? -1 : 1);

/**
 * Candidates in score order at the head of the list: more than any reader takes (runners-up, the
 * verifier's close candidates). The few hundred below are left unordered: sorting them all was a
 * tenth of the matcher's time.
 */
const SORTED_HEAD = 32;

let scoreScratch = new Float64Array(1024);

/** Sorts the `head` best of `cs` (all those tied with the last of them too) to the front, in place. */
function sortHead(cs, head) {
  if (cs.length <= 2 * head) {
    cs.sort(byScore);
    return;
  }
  if (scoreScratch.length < cs.length) scoreScratch = new Float64Array(2 * cs.length);
  for (let i = 0; i < cs.length; i++) scoreScratch[i] = cs[i].score;
  const cut = scoreScratch.subarray(0, cs.length).sort()[cs.length - head];
  const top = cs.filter((c) => c.score >= cut).sort(byScore);
  const rest = cs.filter((c) => c.score < cut);
  cs.length = 0;
  cs.push(...top, ...rest);
}

/** c. Dice-style similarity on word sets and sampled bigrams, against every full text and trim. */
function matchDice(input, index, skip) {
  const empty = { candidates: [], winner: null, ambiguous: [], decisive: false, alsoPresent: [] };
  if (input.tokens.length < 3 || input.uniqueWords === 0) return empty;
  const counts = overlaps(input, index);
  const candidates = [];
  const inputWords = input.uniqueWords;
  for (const license of index.licenses) {
    const vs = license.variants;
    if (vs.length === 0 || skip?.has(license.index)) continue;
    const overlap = counts[vs[0].slot];
    let top = null;
    let topScore = -1;
    for (const v of vs) {
      const o = v.isTrim ? overlap - counts[v.slot] : overlap;
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
  const close = passing.filter((c) => c.score >= passing[0].score - DICE.nearMargin);
  const top = tournament(passing[0], close, input);
  if (top.ambiguous.length > 0) return { candidates, winner: null, ambiguous: [top.winner, ...top.ambiguous], decisive: false, alsoPresent: [] };

  // Other licenses whose full text is in the input too, each the winner of its own near duplicates.
  const alsoPresent = [];
  const seen = new Set();
  const covered = (c) => [top.winner, ...alsoPresent].some((o) => o === c || isNear(o, c));
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
function tournament(first, pool, input) {
  let winner = first;
  let decisive = true;
  const ambiguous = [];
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
function matchReference(input, index, skip) {
  if (input.tokens.length > REFERENCE_MAX_WORDS) return undefined;
  const tokens = nameTokens(normaliseText(input.raw, "copyright"));
  if (tokens.length === 0 || tokens.length > REFERENCE_MAX_WORDS) return undefined;
  






  const mentions = [];
  for (let i = 0; i < tokens.length; i++) {
    const keys = index.nameKeysByFirstToken.get(tokens[i]);
    if (!keys) continue;
    for (const key of keys) {
      let j = i;
      let k = 0;
      let fillers = 0;
      while (k < key.length && j < tokens.length) {
        if (tokens[j] === key[k]) {
          k++;
          j++;
        } else if (k > 0 && fillers < MAX_FILLERS && NAME_FILLERS.has(tokens[j])) {
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
      const license = index.licenses[index.nameKeys.get(key.join(" "))];
      if (skip?.has(license.index)) continue;
      mentions.push({ license, length: key.length, start: i, end: j, versioned: key.some((t) => /\d/.test(t)) });
    }
  }
  if (mentions.length === 0) return undefined;
  // A mention inside a longer one names nothing by itself ("BSD 3-Clause Clear" is not also "BSD 3-Clause").
  // Longest first; a position remembers the kept mention reaching furthest over it, so the test is
  // constant per mention (mentions are a few tokens long: marking them is linear in the text).
  mentions.sort((a, b) => b.length - a.length || a.start - b.start);
  const kept = [];
  const coverEnd = new Int32Array(tokens.length);
  const coverLicense = new Int32Array(tokens.length).fill(-1);
  for (const m of mentions) {
    if (coverEnd[m.start] >= m.end && coverLicense[m.start] !== m.license.index) continue;
    kept.push(m);
    for (let p = m.start; p < m.end; p++) {
      if (m.end > coverEnd[p]) {
        coverEnd[p] = m.end;
        coverLicense[p] = m.license.index;
      }
    }
  }
  const byLicense = new Map();
  for (const m of kept) if (!byLicense.has(m.license.index)) byLicense.set(m.license.index, m);
  const distinct = [...byLicense.values()];
  const mentioned = distinct.map((m) => m.license);
  if (distinct.length === 1) {
    const m = distinct[0];
    return { license: m.license, mentioned, confidence: m.versioned || m.length >= 2 ? 85 : 80 };
  }
  // Several licenses named: take the one said of the model or its weights, if exactly one is.
  const aboutModel = distinct.filter((m) => tokens.slice(Math.max(0, m.start - 12), m.start).some((t) => MODEL_WORDS.has(t)));
  if (aboutModel.length === 1) return { license: aboutModel[0].license, mentioned, confidence: 80 };
  return { license: null, mentioned, confidence: 0 };
}

/** The parts of a card's document the statements are read from (src/readers/document.ts's blocks fit). */













/** A cue that a sentence states a license. */
const CUE = /\blicen[cs](?:e|ed|es|ing)\b|\b(?:released|distributed|published|made available|available|provided|shared|governed|covered) (?:under|by)\b/i;
/** A "License:" line: `**License:** X`, `- License: X`, `Model license: X`, a `| License | X |` table row. */
const LINE = /^(?:[-*+]\s|\|)?[\s*_]*((?:model|weights?|code|data(?:set)?|card)\s+)?licen[cs]e(?:\s*\((model|weights?|code|data(?:set)?)\))?[\s*_]*[:|][\s*_]*(.+)$/i;
/** What the Hub's template leaves when nothing is filled in. */
const PLACEHOLDER = /^\[?(more information needed|needs more information|tbd|todo|n\/a|none|-+)\]?\.?$/i;
/** Words that state terms without naming a license. */
const FREE_TEXT = /\b(?:proprietary|all rights reserved|non-?commercial|research (?:purposes? )?only|custom license|own license|bespoke)\b/i;
const NEGATION = /\b(?:not|never|no longer|isn't|aren't|is not|are not)\b/i;

/** The subject of a sentence, from its words: the card, the code, data or the weights. */
function subjectOf(sentence, fallback) {
  const s = sentence.toLowerCase();
  if (/\b(?:model card|this card|the card|documentation)\b/.test(s)) return "card";
  if (/\b(?:weights?|checkpoints?|parameters)\b/.test(s) || /\b(?:this|the|our) models?\b(?!['’]s code| code)/.test(s)) return "weights";
  if (/\b(?:code|codebase|repository|repo|scripts?|software|implementation)\b/.test(s)) return "code";
  if (/\b(?:data|datasets?|corpus|corpora|annotations|images)\b/.test(s)) return "data";
  return fallback;
}

/** The class of a license written in free text, when no known license is named. */
function classOf(text) {
  if (/\bproprietary\b|all rights reserved|\bconfidential\b/i.test(text)) return "proprietary";
  if (/non-?commercial|research (?:purposes? )?only|not for commercial|academic use only/i.test(text)) return "non-commercial";
  return "custom";
}

/** Known license names in `text`, longest first at each place, in the order the text gives them. */
function licensesIn(text, names) {
  const lower = text.toLowerCase();
  const hits = [];
  for (const { name, id } of withIds(names)) {
    if (name.length < 3) continue;
    const n = name.toLowerCase();
    for (let at = lower.indexOf(n); at !== -1; at = lower.indexOf(n, at + 1)) {
      const before = lower[at - 1] ?? " ";
      const after = lower[at + n.length] ?? " ";
      if (/[\w-]/.test(before) || /\w/.test(after) || (after === "-" && /\w/.test(lower[at + n.length + 1] ?? ""))) continue;
      hits.push({ id, index: at, length: n.length });
      break;
    }
  }
  // A name inside a longer one (CC BY 4.0 in CC BY-NC 4.0... written as a prefix) is that one.
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.index <= h.index && o.index + o.length >= h.index + h.length && o.length > h.length));
  const seen = new Set();
  return kept.sort((a, b) => a.index - b.index).filter((h) => (seen.has(h.id) ? false : (seen.add(h.id), true)));
}

/** The names and, once each, the ids themselves ("MIT", "apache-2.0": a "License:" line often writes the id). */
const namesWithIds = new WeakMap();

function withIds(names) {
  let all = namesWithIds.get(names);
  if (!all) {
    const ids = [...new Set(names.licenses.map((l) => l.id))].map((id) => ({ name: id, id }));
    all = [...names.licenses, ...ids];
    namesWithIds.set(names, all);
  }
  return all;
}

/** Statements in the body's blocks, in text order. `at` turns an offset into a location. */
function bodyStatements(blocks, names, at) {
  const out = [];
  for (const b of blocks) {
    if (b.kind === "code" || b.kind === "comment" || b.prose.trim() === "") continue;
    const inLicenseSection = b.section.class === "license";
    for (const line of linesOf(b)) {
      const trimmed = line.text.trimStart();
      // Most lines name no license: the cheap test first, and the pattern never meets leading blanks.
      const m = /licen[cs]e/i.test(trimmed) ? LINE.exec(trimmed) : null;
      if (m) {
        const value = m[3].replace(/[|*_`]+\s*$/, "").replace(/[*_`]/g, "").trim();
        if (PLACEHOLDER.test(value) || value === "") continue;
        const subject = subjectOf(`${m[1] ?? ""} ${m[2] ?? ""}`, "weights");
        const valueAt = line.start + (line.text.length - trimmed.length) + m[0].length - m[3].length;
        out.push(...statementsOf(value, valueAt, subject, "line", names, at));
        continue;
      }
      for (const s of sentencesOf(line.text, line.start)) {
        if (!inLicenseSection && !CUE.test(s.text)) continue;
        if (inLicenseSection && !CUE.test(s.text) && !FREE_TEXT.test(s.text) && licensesIn(s.text, names).length === 0) continue;
        out.push(...statementsOf(s.text, s.start, subjectOf(s.text, inLicenseSection ? "weights" : "unknown"), inLicenseSection ? "section" : "sentence", names, at));
      }
    }
  }
  return out;
}

function statementsOf(text, start, subject, via, names, at) {
  const found = licensesIn(text, names);
  if (found.length === 0) {
    // A sentence that only points elsewhere ("see the LICENSE file") states no license of its own.
    if (via !== "line" && !FREE_TEXT.test(text)) return [];
    return [{ subject, negated: false, class: classOf(text), text: text.trim(), via, location: at(start + (text.length - text.trimStart().length)) }];
  }
  return found.map((f) => ({
    subject,
    negated: NEGATION.test(text.slice(Math.max(0, f.index - 40), f.index)),
    license: f.id,
    text: text.trim(),
    via,
    location: at(start + f.index),
  }));
}

function linesOf(b) {
  const out = [];
  let offset = 0;
  for (const text of b.prose.split("\n")) {
    out.push({ text, start: b.start + offset });
    offset += text.length + 1;
  }
  return out;
}

/** Sentences of one line, split after . ! ? followed by a space (not in "v1.5" or "e.g. "). */
function sentencesOf(text, start) {
  const out = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c === "." || c === "!" || c === "?") && (text[i + 1] === " " || i + 1 === text.length) && !/\b(?:e\.g|i\.e|etc|vs|cf)$/i.test(text.slice(Math.max(0, i - 4), i))) {
      out.push({ text: text.slice(from, i + 1), start: start + from });
      from = i + 1;
    }
  }
  if (from < text.length && text.slice(from).trim() !== "") out.push({ text: text.slice(from), start: start + from });
  return out;
}

// Notices: a short text that names a license instead of holding it (the ASF header of a source file,
// an SPDX-License-Identifier line, "the weights are released under CC BY-NC 4.0"). The license is
// known; the notice says where it stands and what it says the license covers (subjectOf, the same
// reading as a card's license statements).


/** A source file's header: it speaks of "this file" ("you may not use this file except in compliance"). */
const FILE_HEADER = /\b(?:this|the) (?:source )?file\b|\bthis (?:program|library) is free software\b/i;
/** A comment marker before an SPDX line: it heads a source file. */
const COMMENTED_SPDX = /^[ \t]*(?:\/\/|\/\*|\*|#|--|;|%|<!--)[ \t]*SPDX-License-Identifier:/im;
const SPDX_LINE = /SPDX-License-Identifier:/i;

/** Where a sentence ends: after . ! ? ; before a blank (not inside "3.1"), or at a blank line. */
const SENTENCE_END = /(?<=[.!?;])\s+|\n[ \t]*\n\s*/g;

/** The sentences of a short text, each with the line it starts on. */
function sentences(text) {
  const out = [];
  let from = 0;
  const push = (to) => {
    const t = text.slice(from, to).replace(/\s+/g, " ").trim();
    // Its line is that of its first word (comment markers and blank lines before it aside).
    const first = text.slice(from, to).search(/[\p{L}\p{N}]/u);
    if (t !== "") out.push({ text: t, line: text.slice(0, from + Math.max(0, first)).split("\n").length });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(text.length);
  return out;
}

/** The notice a reference-matched text is: the sentence naming `license`, what it says it covers. */
function referenceNotice(text, license, index) {
  const header = FILE_HEADER.test(text);
  const all = sentences(text);
  const naming = all.find((s) => matchReference(prepare(s.text, index), index)?.license === license) ?? all[0] ?? { text, line: 1 };
  return { form: header ? "header" : "statement", covers: subjectOf(naming.text, header ? "code" : "unknown"), line: naming.line };
}

/** The notice an SPDX-License-Identifier line is: in a source file's comment it covers that code. */
function spdxNotice(text) {
  const at = SPDX_LINE.exec(text)?.index ?? 0;
  const line = text.slice(0, at).split("\n").length;
  const own = text.split("\n")[line - 1] ?? "";
  const said = subjectOf(own.replace(/SPDX-License-Identifier:.*/i, ""), "unknown");
  return { form: "spdx-identifier", covers: said !== "unknown" ? said : COMMENTED_SPDX.test(text) ? "code" : "unknown", line };
}

/** A line of dashes, equals signs, stars, underscores or tildes (three or more). */
const SEPARATOR = /^[ \t]*([-=*_~#])(?:[ \t]*\1){2,}[ \t]*$/;
const HEADING = /^ {0,3}#{1,6}[ \t]+\S/;
/** A copyright line ("(c) You must retain ..." is Apache's clause (c), not one). */
const COPYRIGHT_LINE = /^[ \t]*(?:copyright\b|©|\(c\)[ \t]*\d{4})/i;
/** A title names a license, terms or a policy ("Code License", "Meta Llama 3 Acceptable Use Policy"). */
const TITLE_WORDS$1 = /\b(?:licen[cs]e|agreement|terms|policy)\b/i;
/** A numbered or bulleted line is a clause ("2. Grant of Copyright License."), never a block's title. */
const LIST_ITEM = /^[ \t]*(?:\(?[0-9a-z]{1,3}[.)]|[-*+•])[ \t]/i;
const TITLE_MAX_WORDS = 12;
/** An acceptable-use policy's title (the trim build.ts makes of Llama's texts has the same form). */
const AUP_TITLE = /^[ \t*#]*(?:[\w.]+ ){0,4}acceptable use policy[ \t*]*$/i;
/** More places to cut than this: the file is one long text with many headings, not stacked licenses. */
const MAX_PIECES = 16;
/** A piece with this share of the file's words leaves no room for another license's text. */
const ONE_TEXT_SHARE = 0.9;
/** A block whose text has fewer words is a notice or a title, read with its neighbour. */
const MIN_BLOCK_WORDS = 40;












const isBlank = (l) => l.trim() === "";
const words = (s) => s.split(/\s+/).filter((w) => /\w/.test(w)).length;

/** Whether a block may start at line i: after a blank line, a separator or a heading, on a line that opens one. */
function opens(lines, i) {
  const line = lines[i];
  if (isBlank(line) || i === 0) return false;
  const prev = lines[i - 1];
  const afterBreak = isBlank(prev) || SEPARATOR.test(prev) || HEADING.test(prev);
  if (!afterBreak) return false;
  if (SEPARATOR.test(line) || HEADING.test(line) || COPYRIGHT_LINE.test(line) || AUP_TITLE.test(line)) return true;
  return !LIST_ITEM.test(line) && words(line) <= TITLE_MAX_WORDS && TITLE_WORDS$1.test(line);
}

/** Where blocks may start, the first line included; a run of separator and blank lines starts with its first. */
function cuts(lines) {
  const out = [0];
  for (let i = 1; i < lines.length; i++) {
    if (!opens(lines, i)) continue;
    // A title right under a separator or heading belongs with it.
    if (out[out.length - 1] === i - 1 && (SEPARATOR.test(lines[i - 1]) || HEADING.test(lines[i - 1]))) continue;
    out.push(i);
  }
  return out;
}

/**
 * What a piece is: the license whose text it holds (known by its text, not by a notice naming it, or
 * the one a modified copy derives from) when the whole file's matching saw that license; else null.
 */
function labelOf(r, present) {
  const id = r.outcome === "known" && (r.matcher === "exact" || r.matcher === "dice") ? r.id : (r.derivedFrom?.id ?? null);
  return id !== null && present.includes(id) ? id : null;
}

/** What the block's own heading or title lines say it covers, else what its kind implies. */
function coverage(lines, from, kindIsModel) {
  const head = lines
    .slice(from, from + 6)
    .filter((l) => !isBlank(l) && !SEPARATOR.test(l) && words(l) <= TITLE_MAX_WORDS)
    .slice(0, 2)
    .join(" ");
  const said = subjectOf(head, "unknown");
  if (said === "weights" || said === "code") return said;
  return kindIsModel ? "weights" : "unknown";
}
























/**
 * The blocks of a file holding several licenses, in text order, with their 1-based lines; undefined
 * when it holds one (or cannot be cut into several).
 */
function segment(text, s) {
  const lines = text.split("\n");
  const at = cuts(lines);
  if (at.length < 2 || at.length > MAX_PIECES) return undefined;
  const pieces = at.map((from, k) => {
    const to = at[k + 1] ?? lines.length;
    const aup = AUP_TITLE.test(lines.slice(from, to).find((l) => !isBlank(l) && !SEPARATOR.test(l)) ?? "");
    return { from, to, core: from, aup, words: words(lines.slice(from, to).join("\n")), label: null };
  });
  // One piece holding nearly all the words: one license with a title or notes around it.
  const total = pieces.reduce((n, p) => n + p.words, 0);
  if (!pieces.some((p) => p.aup) && pieces.some((p) => p.words >= ONE_TEXT_SHARE * total)) return undefined;
  for (const p of pieces) if (!p.aup && p.words >= MIN_BLOCK_WORDS) p.label = labelOf(s.identify(lines.slice(p.from, p.to).join("\n")), s.present);
  // Fewer than two licenses named by their own pieces, and none found contained: nothing to cut (the costlier steps below are skipped).
  if (!s.several && !pieces.some((p) => p.aup) && new Set(pieces.map((p) => p.label).filter((l) => l !== null)).size < 2) return undefined;
  labelByCoverage(pieces, lines, s);
  const joined = join(pieces);
  const blocks = [];
  const results = [];
  for (const b of joined) {
    if (b.aup) {
      const of = blocks[blocks.length - 1];
      if (!of) return undefined;
      blocks.push({ ...of, kind: "acceptable-use-policy", lines: lineRange(lines, b.from, b.to) });
      results.push(results[results.length - 1]);
      continue;
    }
    const r = b.label ? identifyBlock(lines, b, s) : undefined;
    const label = r ? labelOf(r, s.present) : null;
    if (!r || label === null) continue;
    blocks.push({
      kind: "license",
      lines: lineRange(lines, b.from, b.to),
      outcome: r.outcome,
      id: r.id,
      spdx: r.spdx,
      name: r.name,
      confidence: r.confidence,
      covers: coverage(lines, b.from, s.isModel(label)),
      ...(r.derivedFrom ? { derivedFrom: r.derivedFrom.id } : {}),
    });
    results.push(r);
  }
  return blocks.length >= 2 ? { blocks, results } : undefined;
}

/**
 * A block's identification: with the title lines above it (a license's own title), else without them
 * (a heading such as "Code license" or "The files under x/ are under:" reads as a renamed title).
 */
function identifyBlock(lines, b, s) {
  const withTitle = s.identify(lines.slice(b.from, b.to).join("\n"));
  if (b.core === b.from || withTitle.outcome === "known") return withTitle;
  const without = s.identify(lines.slice(b.core, b.to).join("\n"));
  return without.outcome === "known" ? without : withTitle;
}

/** Share of a piece's non-blank lines a license's text must be found on for the piece to be that license's. */
const COVERED = 0.5;

function labelByCoverage(pieces, lines, s) {
  const unlabelled = pieces.filter((p) => p.label === null && !p.aup && p.words > TITLE_PIECE_WORDS);
  if (unlabelled.length === 0) return;
  const ids = [...new Set([...s.present, ...pieces.map((p) => p.label).filter((l) => l !== null)])];
  const covered = s.linesOf(ids);
  for (const p of unlabelled) {
    // Neighbours' licenses first: a tie (Attachment A is the same in two RAIL licenses) goes to the block beside it.
    const k = pieces.indexOf(p);
    const near = [pieces[k - 1]?.label, pieces[k + 1]?.label].filter((l) => !!l && covered.has(l));
    const order = [...new Set([...near, ...covered.keys()])];
    let best = null;
    let bestShare = COVERED - 1e-9;
    for (const id of order) {
      const on = covered.get(id);
      let n = 0;
      let of = 0;
      for (let i = p.from; i < p.to; i++) {
        if (isBlank(lines[i])) continue;
        of++;
        n += on[i];
      }
      if (of > 0 && n / of > bestShare) [best, bestShare] = [id, n / of];
    }
    p.label = best;
  }
}

/** A piece without a license this short is a title (it goes with the block below it); a longer one, the end of the block above. */
const TITLE_PIECE_WORDS = 30;

/**
 * Joins pieces into blocks: neighbours of one license are one block; a piece without a license goes
 * with the block below it when it is a title, else with the block above (a fragment of that
 * license: Attachment A, end matter, notes). An acceptable-use policy is a block of its own, holding
 * what follows it of its license's text (Llama's policy is part of Llama's text).
 */
function join(pieces) {
  const out = [];
  let titleFrom = -1;
  let owner = null;
  for (const p of pieces) {
    const last = out[out.length - 1];
    const filler = p.label === null && !p.aup;
    if (filler && p.words <= TITLE_PIECE_WORDS) {
      if (titleFrom < 0) titleFrom = p.from;
      continue;
    }
    if (last && (filler || (last.aup && p.label === owner) || (!p.aup && !last.aup && last.label === p.label))) {
      last.to = p.to;
    } else {
      if (p.aup) owner = last?.label ?? null;
      out.push({ ...p, from: titleFrom >= 0 ? titleFrom : p.from, core: p.from });
    }
    titleFrom = -1;
  }
  const last = out[out.length - 1];
  if (titleFrom >= 0 && last) last.to = pieces[pieces.length - 1].to;
  return out;
}

/** 1-based lines of [from, to), blank and separator lines at either end left out. */
function lineRange(lines, from, to) {
  let a = from;
  let b = to - 1;
  while (a < b && (isBlank(lines[a]) || SEPARATOR.test(lines[a]))) a++;
  while (b > a && (isBlank(lines[b]) || SEPARATOR.test(lines[b]))) b--;
  return { from: a + 1, to: b + 1 };
}

// Alignment of two chunk-digest sequences (input and reference): the longest common subsequence of
// equal digests, by the longest increasing subsequence over the matching pairs (Hunt-Szymanski), then
// the gaps between matched chunks as inserted, deleted or changed runs. Digests rarely repeat in a
// license text, so there are few pairs and the cost is near linear in the two lengths.

















/** Reference positions of each digest, in descending order (so each input chunk extends the LIS once). */
function positionsByDigest(ref) {
  const at = new Map();
  for (let j = ref.length - 1; j >= 0; j--) {
    const list = at.get(ref[j]);
    if (list) list.push(j);
    else at.set(ref[j], [j]);
  }
  return at;
}

/** Longest chain of pairs increasing in both coordinates. */
function longestChain(input, ref) {
  const at = positionsByDigest(ref);
  // tails[k]: index (into nodes) of the chain of length k+1 ending at the smallest reference position.
  const tails = [];
  const nodes = [];
  for (let i = 0; i < input.length; i++) {
    const js = at.get(input[i]);
    if (!js) continue;
    for (const j of js) {
      let lo = 0;
      let hi = tails.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (nodes[tails[mid]].j < j) lo = mid + 1;
        else hi = mid;
      }
      nodes.push({ i, j, prev: lo > 0 ? tails[lo - 1] : -1 });
      tails[lo] = nodes.length - 1;
    }
  }
  const out = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = nodes[k].prev) out.push([nodes[k].i, nodes[k].j]);
  return out.reverse();
}

function alignChunks(input, ref) {
  const pairs = longestChain(input, ref);
  const gaps = [];
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

// Content-defined chunks of a normalised token stream, for the verifier (verify.ts): what is stored of
// each reference text's word order is one 32-bit digest per chunk of 6 to 63 words, never the words.
// A chunk ends where the hash of a word pair falls on a fixed residue, so an edit changes the chunks
// around it only: the chunks before and after it are the same in the reference and in the copy, and
// aligning the two digest sequences finds what was inserted, deleted or changed.

/** Fewest words in a chunk (short chunks would let a digest be guessed from the vocabulary). */
const CHUNK_MIN = 6;
/** Most words in a chunk (the length fits the 6 low bits of the chunk's info byte). */
const CHUNK_MAX = 63;
/** A boundary falls on average every this many words after CHUNK_MIN. */
const CHUNK_SPREAD = 8;

/** Info byte of a chunk: bits 0-5 its word count, bit 6 operative, bit 7 variable. */
const INFO_OPERATIVE = 0x40;
const INFO_VARIABLE = 0x80;
const INFO_LENGTH = 0x3f;
















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

function isOperative(tokens, from = 0, to = tokens.length) {
  for (let i = from; i < to; i++) if (OPERATIVE.has(tokens[i])) return true;
  return false;
}

/** Sum (mod 2^32) of the hashes of the operative words among tokens [from, to). */
function operativeSum(tokens, hashes, from, to) {
  let sum = 0;
  for (let i = from; i < to && i < tokens.length; i++) if (OPERATIVE.has(tokens[i])) sum = (sum + hashes[i]) >>> 0;
  return sum;
}

function isVariable(tokens, from, to) {
  for (let i = from; i < to; i++) if (VARIABLE.has(tokens[i])) return true;
  return false;
}

function mix(a, b) {
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
function advanceWords(tokens, from, n) {
  let i = from;
  for (let k = 0; i < tokens.length && k < n; i++) if (!MARKER.test(tokens[i])) k++;
  return i;
}

/** Positions of the tokens that take part in chunks. */
function kept(tokens, n) {
  const out = new Uint32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) if (tokens.length === 0 || !MARKER.test(tokens[i])) out[k++] = i;
  return out.subarray(0, k);
}

/** Chunk boundaries (indexes into the kept tokens where a chunk starts), the first at 0. */
function boundaries(hashes, at) {
  const starts = [0];
  let start = 0;
  for (let i = 1; i < at.length; i++) {
    const len = i - start;
    if (len >= CHUNK_MAX || (len >= CHUNK_MIN && mix(hashes[at[i - 1]], hashes[at[i]]) % CHUNK_SPREAD === 0)) {
      starts.push(i);
      start = i;
    }
  }
  return starts;
}

function digest(hashes, at, from, to) {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = mix(h, hashes[at[i]]);
  return h;
}

/**
 * The chunks of a token stream. `starts` are positions in the token stream (for lines); the word
 * counts in `info` count the tokens that take part (markers left out). `variable` marks tokens a
 * reference's template says each copy fills in (sources/template.ts): their chunks are variable too.
 */
function chunkTokens(hashes, tokens, variable) {
  const at = kept(tokens, hashes.length);
  if (at.length === 0) return { digests: new Uint32Array(0), starts: new Uint32Array([0]), info: new Uint8Array(0), ops: new Uint32Array(0) };
  const bs = boundaries(hashes, at);
  const n = bs.length;
  const digests = new Uint32Array(n);
  const starts = new Uint32Array(n + 1);
  const info = new Uint8Array(n);
  const ops = new Uint32Array(n);
  for (let c = 0; c < n; c++) {
    const from = bs[c];
    const to = c + 1 < n ? bs[c + 1] : at.length;
    starts[c] = c === 0 ? 0 : at[from];
    digests[c] = digest(hashes, at, from, to);
    const tokenFrom = at[from];
    const tokenTo = to < at.length ? at[to] : hashes.length;
    let b = Math.min(to - from, INFO_LENGTH);
    if (tokens.length > 0 && isOperative(tokens, tokenFrom, tokenTo)) b |= INFO_OPERATIVE;
    if (tokens.length > 0 && (isVariable(tokens, tokenFrom, tokenTo) || (variable !== undefined))) b |= INFO_VARIABLE;
    info[c] = b;
    ops[c] = operativeSum(tokens, hashes, tokenFrom, tokenTo);
  }
  starts[n] = hashes.length;
  return { digests, starts, info, ops };
}

// The verifier: before a text is named as license X, check that it is X and not a modified X.
//   1. the title: a "modified" / "based on" title, or a version the title states that is not X's;
//   2. the body: the input's chunk digests aligned against X's (chunks.ts, align.ts); what lies between
//      matched chunks is an inserted, deleted or changed passage, located by the input's lines.
// A passage that can change grants or restrictions (it holds operative words, or removes a part of X)
// makes the text "derived from X, modified"; wrapping, Markdown, numbering, copyright lines and notes
// around the license are normalised away or fall outside the aligned block, and do not.


/** The input as the verifier needs it: normalised tokens and their hashes, and the raw text for lines. */





























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

const chunkCache = new WeakMap();

function inputChunks(input) {
  let c = chunkCache.get(input);
  if (!c) {
    c = chunkTokens(input.hashes, input.tokens);
    chunkCache.set(input, c);
  }
  return c;
}

/** Checks the input against one reference variant. */
function verify(input, license, variant, index) {
  const ref = index.chunksOf(variant);
  const mine = inputChunks(input);
  const { pairs, gaps } = alignChunks(mine.digests, ref.digests);
  // A short reference with no chunk in common (a notice of one or two chunks with notes around it)
  // cannot be compared: the dice matcher's strict threshold for short texts is the check, and the title.
  const words = { index, full: license.variants[0] ?? variant, ids: input.wordIdOf };
  if (pairs.length === 0 && ref.digests.length < MIN_ALIGNED_CHUNKS) {
    const reasons = titleReasons(input.raw, license);
    // Operative words the reference never uses ("without any warranty" added to a permission notice).
    const added = newWords(input, 0, input.tokens.length, words).filter((t) => isOperative([t]));
    if (added.length > 0) reasons.push(`terms the reference does not have: ${[...new Set(added)].slice(0, 5).join(", ")}`);
    return settle({ license, variant, matched: 1, chunks: ref.digests.length, passages: [], passageSpans: [], matchedSpans: [], reasons, modified: false });
  }
  let matchedWords = 0;
  for (const [, j] of pairs) matchedWords += ref.info[j] & INFO_LENGTH;
  const lines = lazyLines(input);
  const passages = [];
  const passageSpans = [];
  for (const g of gaps) {
    const p = passageOf(g, input, mine, ref, lines, words);
    if (!p) continue;
    // A name filled in where the reference's template has a variable part is found text, as SPDX matches it.
    if (p.effect === "editorial" && allFlagged(ref.info, g.refFrom, g.refTo, INFO_VARIABLE)) matchedWords += p.referenceWords;
    passages.push(p);
    passageSpans.push({ from: mine.starts[g.inFrom], to: mine.starts[g.inTo] });
  }
  const matched = variant.wordCount === 0 ? 0 : Math.min(1, matchedWords / variant.wordCount);
  const matchedSpans = pairs.map(([i]) => ({ from: mine.starts[i], to: mine.starts[i + 1] }));
  const v = { license, variant, matched, chunks: ref.digests.length, passages, passageSpans, matchedSpans, reasons: titleReasons(input.raw, license), modified: false };
  return settle(v);
}

/** Recomputes the reasons and the verdict from the passages (after some were set aside). */
function settle(v) {
  const reasons = v.reasons.filter((r) => !/^\d+ passages? that change|^only \d+% of the text/.test(r));
  const substantive = v.passages.filter((p) => p.effect === "substantive");
  if (substantive.length > 0) reasons.push(`${substantive.length} passage${substantive.length > 1 ? "s" : ""} that change${substantive.length > 1 ? "" : "s"} the terms`);
  if (v.matched < 0.5 && v.chunks >= MIN_SHARE_CHUNKS) reasons.push(`only ${Math.round(100 * v.matched)}% of the text found unchanged`);
  return { ...v, reasons, modified: reasons.length > 0 };
}

/** Drops the passages lying mostly inside `covered` (the text of another license in the same file). */
function setAside(v, covered) {
  const inside = (s) => {
    let n = 0;
    for (const c of covered) n += Math.max(0, Math.min(s.to, c.to) - Math.max(s.from, c.from));
    return s.to > s.from && n >= 0.5 * (s.to - s.from);
  };
  const keep = v.passageSpans.map((s) => !inside(s));
  return settle({ ...v, passages: v.passages.filter((_, i) => keep[i]), passageSpans: v.passageSpans.filter((_, i) => keep[i]) });
}

function sumInfo(info, from, to, flag) {
  let n = 0;
  for (let j = from; j < to; j++) if (flag === undefined || info[j] & flag) n += info[j] & INFO_LENGTH;
  return n;
}

function allFlagged(info, from, to, flag) {
  for (let j = from; j < to; j++) if (!(info[j] & flag)) return false;
  return to > from;
}

function distinctOperative(tokens, from, to) {
  const seen = new Set();
  for (let i = from; i < to; i++) if (isOperative(tokens, i, i + 1)) seen.add(tokens[i]);
  return seen.size;
}

/** One gap as a passage, or null when it is only where the license meets surrounding text. */





function opsOf(ops, from, to) {
  let sum = 0;
  for (let j = from; j < to; j++) sum = (sum + ops[j]) >>> 0;
  return sum;
}

/** Whether the input's words are in the reference's word set. */






const NUMBERISH = /^[\divx.]+$|^[a-z]$/;

/** Words of tokens [from, to) that the reference never uses (names, other terms), numbers and markers aside. */
function newWords(input, from, to, w) {
  const out = [];
  for (let i = from; i < to; i++) {
    const t = input.tokens[i];
    if (!NUMBERISH.test(t) && !w.index.hasWord(w.full, w.ids(i))) out.push(t);
  }
  return out;
}

/**
 * Words the reference never uses in the title lines among tokens [from, to): short lines naming a
 * license ("The Net Boolean Public License" where the reference says "The OpenLDAP Public License").
 */
function titleNewWords(input, from, to, at, w) {
  const out = [];
  for (let i = from; i < to; ) {
    let j = i;
    while (j < to && at[j] === at[i]) j++;
    const line = input.tokens.slice(i, j);
    if (line.length <= TITLE_LINE_WORDS && line.some((t) => t === "license" || t === "agreement")) out.push(...newWords(input, i, j, w));
    i = j;
  }
  return out;
}

function passageOf(g, input, mine, ref, lines, w) {
  const refInfo = ref.info;
  const from = mine.starts[g.inFrom];
  const to = mine.starts[g.inTo];
  const words = sumInfo(mine.info, g.inFrom, g.inTo);
  const refWords = sumInfo(refInfo, g.refFrom, g.refTo);
  const refChunks = g.refTo - g.refFrom;
  const kind = words === 0 ? "deleted" : refChunks === 0 ? "inserted" : "changed";
  let effect;
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
  const firstLine = words > 0 ? at[from] : at[Math.max(0, Math.min(from, at.length - 1))] ?? 1;
  const lastLine = words > 0 ? at[to - 1] : firstLine;
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
function lazyLines(input) {
  let lines;
  return () => (lines ??= tokenLines(input.raw, input.tokens));
}

/** Words this far ahead in the raw text are searched for a normalised token before it is given the current line. */
const LINE_LOOKAHEAD = 40;

/**
 * The line of each normalised token: the raw text is tokenized line by line (a superset of the
 * normalised tokens, less what normalisation joins), and each normalised token is found a few raw
 * tokens ahead; one not found (a word joined across a line break) takes the current line.
 */
function tokenLines(raw, tokens) {
  const rawTokens = [];
  const rawLines = [];
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
      out[k] = rawLines[q];
      p = q + 1;
    } else out[k] = rawLines[Math.min(p, rawLines.length - 1)] ?? 1;
  }
  return out;
}

/** The first non-empty lines of a text, where a title and its version stand. */
function titleLines(raw, n) {
  const out = [];
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
function modifiedTitle(raw, lines = 3) {
  return titleLines(raw, lines).find((l) => l.length <= 100 && /licen[cs]e|agreement|terms/i.test(l) && MODIFIED_TITLE.test(l)) ?? null;
}

const MODIFIED_TITLE = /\b(?:modified|based on|derived from|adapted from|amended|variant of)\b/i;
const STATED_VERSION = [
  /\bversion\s*:?\s*(\d{1,2}(?:\.\d{1,2}){0,2})\b/gi,
  /\bv(\d{1,2}(?:\.\d{1,2}){1,2})\b/gi,
  /\b[a-z][a-z+-]*[ -](\d{1,2}(?:\.\d{1,2})?)[ \t]+(?:community[ \t]+)?(?:licen[cs]e|agreement)\b/gi,
];

const canonicalVersion = (v) => v.replace(/(?:\.0+)+$/, "");

/** Two versions agree when one is the other or a refinement of it (3 and 3.1; 1 and 1.3). */
const agree = (a, b) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** Versions in a license's key, SPDX id and name: what its title must state, if it states one. */
function versionsOf(license) {
  const out = new Set();
  for (const s of [license.key, license.spdx ?? "", license.name]) {
    for (const m of s.matchAll(/(?<![\d.])(\d{1,2}(?:\.\d{1,2}){0,2})(?![\d.])/g)) out.add(canonicalVersion(m[1]));
  }
  return out;
}

/** Reasons in the title: it says it is modified or based on something, or it states another version. */
function titleReasons(raw, license) {
  const reasons = [];
  const modified = modifiedTitle(raw);
  // The reference's own title may say so ("Modified Apache 2.0 License", "Based on the BISON license").
  if (modified && !license.titleModified) reasons.push(`the title says '${modified.slice(0, 80)}'`);
  const known = versionsOf(license);
  if (known.size === 0) return reasons;
  const stated = new Set();
  for (const line of titleLines(raw, 6)) for (const re of STATED_VERSION) for (const m of line.matchAll(re)) stated.add(canonicalVersion(m[1]));
  if (stated.size > 0 && ![...stated].some((v) => [...known].some((k) => agree(v, k)))) {
    reasons.push(`the title states version ${[...stated].join(", ")}, not ${[...known].join(", ")}`);
  }
  return reasons;
}

// identifyLicense: the matcher pipeline.
//
//   a. exact      the normalised text's hash is a reference's (full text or known trim)  → 100
//   b. declared   an id the caller passes (model card `license` / `license_link`) or an
//                 SPDX-License-Identifier line                                            → 90-95
//   c. dice       word-set similarity with bigram floor, containment and near-duplicate
//                 tie-breaking                                                            → its score, ≤ 99
//   d. reference  a license named in a short text ("released under the MIT license")    → 80-85
//
// The text outranks a declaration: a declared id is accepted when the text does not identify another
// license, and when it does, the text's license is reported and the declared one listed as a runner-up.
// Below every threshold the result is `unrecognized` with id null and the closest candidates.










const RUNNERS_UP = 3;
/** Share of a license's distinct words above which an input counts as a copy of that license's text. */
const REFERENCE_BODY_RECALL = 0.6;

function identified(license, confidence, matcher, runnersUp, note) {
  return {
    id: license.key,
    spdx: license.spdx,
    name: license.name,
    confidence: Math.max(0, Math.min(100, Math.round(confidence))),
    matcher,
    runnersUp: runnersUp.filter((r) => r.id !== license.key).slice(0, RUNNERS_UP),
    status: "identified",
    outcome: "known",
    ...(note ? { note } : {}),
  };
}

function unrecognized(runnersUp, note, outcome = "other") {
  return { outcome, id: null, spdx: null, name: null, confidence: 0, matcher: "none", runnersUp: runnersUp.slice(0, RUNNERS_UP), status: "unrecognized", note };
}

/** A modified copy of `v.license`: outcome other, derived from it, with the passages. */
function modifiedCopy(v, score, runnersUp) {
  const l = v.license;
  const passages = v.passages.filter((p) => p.effect === "substantive");
  return {
    ...unrecognized(dedupe([{ id: l.key, confidence: Math.round(Math.min(score, DICE.maxConfidence)) }, ...runnersUp]), `derived from ${l.key}, modified: ${v.reasons.join("; ")}`),
    derivedFrom: { id: l.key, name: l.name, unchanged: Math.round(100 * v.matched), reasons: v.reasons, passages },
  };
}

/** Lines above a license's first unchanged chunk where its title may stand. */
const TITLE_LINES_ABOVE = 4;

/** The title reasons read where this license's block starts, not at the top of a file holding several. */
function withOwnTitle(v, input) {
  const start = v.matchedSpans[0]?.from ?? 0;
  const line = tokenLines(input.raw, input.tokens)[start] ?? 1;
  const own = input.raw.split("\n").slice(Math.max(0, line - 1 - TITLE_LINES_ABOVE)).join("\n");
  return { ...v, reasons: titleReasons(own, v.license) };
}

/** Candidates the verifier checks after the winner: passing ones within the near margin of it. */
const VERIFIED_CANDIDATES = 3;

/**
 * Verifies the winner and, when it is modified, the next best candidates: the first that verifies
 * clean is the license; when none does, the winner's verification says how the text differs.
 */
function verifyBest(w, candidates, input, index) {
  const first = verifyLicense(w, input, index);
  if (!first.modified) return { candidate: w, verification: first };
  const close = candidates.filter((c) => c !== w && c.score >= c.license.threshold && c.bigramRecall >= DICE.bigramFloor && c.score >= w.score - DICE.nearMargin);
  for (const c of close.slice(0, VERIFIED_CANDIDATES - 1)) {
    const v = verifyLicense(c, input, index);
    if (!v.modified) return { candidate: c, verification: v };
  }
  return { candidate: w, verification: first };
}

/** The candidate's best-scoring variant first; when it shows changes, its other variants (full text, trims). */
function verifyLicense(c, input, index) {
  const first = verify(input, c.license, c.variant, index);
  if (!first.modified) return first;
  for (const v of c.license.variants) {
    if (v === c.variant) continue;
    const other = verify(input, c.license, v, index);
    if (!other.modified) return other;
  }
  return first;
}

/** Candidates turned into runners-up: a few more than are listed, since some are dropped (the winner, duplicates). */
const LISTED_CANDIDATES = 2 * RUNNERS_UP + 2;

function fromCandidates(cs) {
  return cs.slice(0, LISTED_CANDIDATES).filter((c) => c.score >= 1).map((c) => ({ id: c.license.key, confidence: Math.round(Math.min(c.score, DICE.maxConfidence)) }));
}

function dedupe(rs) {
  const seen = new Set();
  return rs.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}

/** Words of licensing; a text with fewer than LICENSE_WORDS_MIN distinct ones is not a license (outcome none). */
const LICENSE_WORDS = new Set(
  "license licensed licensor licensee licenses grant granted grants permission permitted warranty warranties liability liable copyright rights redistribution redistribute distribute distribution terms conditions sublicense royalty agreement".split(" "),
);
const LICENSE_WORDS_MIN = 4;

/** A proprietary notice is a license statement (outcome other) though normalisation drops its words. */
const PROPRIETARY = /\ball\s+rights\s+reserved\b|\bproprietary\b|\bconfidential\b/i;

function looksLikeLicense(tokens, raw) {
  if (PROPRIETARY.test(raw.slice(0, 20000))) return true;
  const seen = new Set();
  for (const t of tokens) if (LICENSE_WORDS.has(t) && seen.add(t).size >= LICENSE_WORDS_MIN) return true;
  return false;
}

const cache = new ContentCache();

/**
 * Identifies the license in a text. Each distinct text (with the same declared id) is identified once
 * and the frozen result shared; a caller-supplied index bypasses the cache.
 */
function identifyLicense(text, opts = {}) {
  if (opts.index || opts.exclude) return identifyUncached(text, opts);
  return cache.get(contentKey(text, opts.declared), () => identifyUncached(text, opts));
}

function identifyUncached(text, opts) {
  const index = opts.index ?? fingerprintIndex();
  const whole = identifyText(text, opts, index);
  if (!mayHoldSeveral(text, whole)) return whole.result;
  const r = whole.result;
  // Blocks can only be licenses the whole text's matching saw: the winner, what it derives from, the runners-up.
  const present = [r.id, r.derivedFrom?.id, ...whole.contained, ...r.runnersUp.map((x) => x.id)].filter((x) => !!x);
  const seg = segment(text, {
    identify: (t) => identifyText(t, opts, index).result,
    isModel: (id) => index.get(id)?.kind === "model",
    linesOf: (ids) => linesFound(text, ids, index),
    present,
    several: whole.contained.length > 0,
  });
  return seg ? withBlocks(whole.result, seg) : whole.result;
}

/** For each license, the text's lines (0-based, 1 = found) that its reference was found on unchanged. */
function linesFound(text, ids, index) {
  const input = prepare(text, index);
  const at = tokenLines(input.raw, input.tokens);
  const lineCount = text.split("\n").length;
  const out = new Map();
  for (const id of ids) {
    const l = index.get(id);
    if (!l || l.variants.length === 0) continue;
    const on = new Uint8Array(lineCount);
    for (const span of verify(input, l, l.variants[0], index).matchedSpans) for (let k = span.from; k < span.to; k++) on[at[k] - 1] = 1;
    out.set(id, on);
  }
  return out;
}

/** Words a modified copy's passage adds to the reference, at least, to be looked at as another license's text. */
const STACKED_WORDS = 40;

/** An AUP's title line (Llama's policy after its license). */
const AUP_LINE = /^[ \t*#]*(?:[\w.]+ ){0,4}acceptable use policy[ \t*]*$/im;

/**
 * Whether the file may hold several licenses, so that it is worth cutting into blocks: the dice
 * matcher found other licenses' texts in it, or the text is a modified copy (two licenses stacked
 * read as one changed one), or a license is followed by an acceptable-use policy.
 */
function mayHoldSeveral(text, whole) {
  if (whole.contained.length > 0) return true;
  // A modified copy with a passage of some length beyond the reference's: another license's text, perhaps.
  if (whole.result.derivedFrom?.passages.some((p) => p.words - p.referenceWords >= STACKED_WORDS)) return true;
  return whole.result.outcome === "known" && whole.result.matcher !== "reference" && AUP_LINE.test(text);
}

/**
 * The result for a file of several license blocks: the block about the weights (a model license, or
 * a block whose heading says so), else the first. The whole text's answer stands when it names the
 * same license; a modified copy that the blocks do not all explain stays `other`.
 */
function withBlocks(whole, seg) {
  const licenses = seg.blocks.map((b, i) => ({ b, r: seg.results[i] })).filter((x) => x.b.kind === "license");
  const primary = licenses.find((x) => x.b.covers === "weights") ?? licenses[0];
  const others = [...new Set(licenses.filter((x) => x !== primary && x.b.id && x.b.id !== primary.b.id).map((x) => x.b.id))];
  const note = others.length > 0 ? `the file also contains the text of ${others.join(", ")}` : undefined;
  const base = whole.outcome === "known" && whole.id === primary.b.id ? whole : licenses.every((x) => x.r.outcome === "known") ? primary.r : whole;
  const runnersUp = dedupe([...base.runnersUp, ...others.map((id) => ({ id, confidence: 0 }))]).filter((r) => r.id !== base.id);
  const { note: _drop, ...rest } = base;
  const notes = [base === whole ? whole.note : undefined, note].filter((n, i, all) => !!n && all.indexOf(n) === i);
  return { ...rest, runnersUp: runnersUp.slice(0, RUNNERS_UP), blocks: seg.blocks, ...(notes.length > 0 ? { note: notes.join("; ") } : {}) };
}

/** The identification of a text as one license, and the other licenses whose texts the dice matcher found in it. */
function identifyText(text, opts, index) {
  const found = { contained: []  };
  const result = identifyOne(text, opts, index, found);
  return { result, contained: found.contained };
}

function identifyOne(text, opts, index, found) {
  const input = prepare(text, index);
  const skip = opts.exclude ? new Set([...opts.exclude].map((k) => index.get(k)?.index ?? -1)) : undefined;

  const declared = matchDeclared(input, index, opts.declared, skip);
  const exact = matchExact(input, index, skip);
  if (exact) {
    const license = index.licenses[exact.license];
    const notes = [];
    if (exact.name.startsWith("without-")) notes.push(`the license text without its ${exact.name.replace(/^without-/, "").replace(/-/g, " ")}`);
    const runnersUp = [];
    if (declared && declared.license !== license) {
      notes.push(`the text is ${license.key}, but '${declared.declared}' was declared`);
      if (declared.license) runnersUp.push({ id: declared.license.key, confidence: 0 });
    }
    return identified(license, 100, "exact", runnersUp, notes.join("; ") || undefined);
  }

  const dice = matchDice(input, index, skip);
  const others = (except) => fromCandidates(dice.candidates.filter((c) => c.license !== except));

  if (dice.winner) {
    // Other licenses whose full text is in the file too (a LICENSE holding the model license and the
    // code license): a model license is the one reported, as for separate files (governing.ts).
    const contained = [dice.winner, ...dice.alsoPresent];
    const first = contained.find((c) => c.license.kind === "model") ?? dice.winner;
    const best = verifyBest(first, dice.candidates, input, index);
    const w = best.candidate;
    const alsoContained = contained.filter((c) => c !== w && c !== first);
    found.contained = [first, ...alsoContained].filter((c) => c !== w).map((c) => c.license.key);
    // With other licenses in the file, what surrounds this one is their text, not an added clause.
    const covered = alsoContained.flatMap((c) => verify(input, c.license, c.variant, index).matchedSpans);
    const verification = covered.length > 0 ? setAside(withOwnTitle(best.verification, input), covered) : best.verification;
    if (verification.modified) return modifiedCopy(verification, w.score, others(w.license));
    let confidence = Math.min(w.score, DICE.maxConfidence);
    if (!dice.decisive) confidence = Math.min(confidence, 85);
    if (declared?.license === w.license) confidence = Math.max(confidence, 95);
    // Runners-up rank below the winner even when their word similarity ties (near duplicates told
    // apart by their distinguishing tokens).
    const runnersUp = others(w.license).map((r) => ({ id: r.id, confidence: Math.min(r.confidence, Math.round(confidence) - 1) }));
    const notes = [];
    if (!dice.decisive) notes.push("told apart from a near-identical license by few distinguishing words");
    if (alsoContained.length > 0) notes.push(`the file also contains the text of ${alsoContained.map((c) => c.license.key).join(", ")}`);
    if (declared && declared.license !== w.license) {
      notes.push(`the text is ${w.license.key}, but '${declared.declared}' was declared`);
      const d = declared.license;
      if (d) {
        const score = dice.candidates.find((c) => c.license === d)?.score ?? 0;
        runnersUp.unshift({ id: d.key, confidence: Math.round(Math.min(score, DICE.maxConfidence)) });
      }
    }
    const result = identified(w.license, confidence, "dice", dedupe(runnersUp), notes.join("; ") || undefined);
    const editorial = verification.passages.filter((p) => p.effect === "editorial");
    return editorial.length > 0 ? { ...result, editorial } : result;
  }

  // A text that holds most of some license's words is a (damaged) license text, not a short notice
  // naming one: the reference matcher does not read it.
  const licenseBody = dice.candidates.some((c) => c.wordRecall >= REFERENCE_BODY_RECALL && c.variant.uniqueWords >= 15);
  // An SPDX line inside a license body that matches nothing is not what the body is (a copy of another
  // license quoting its own identifier); a caller's declaration still stands.
  if (declared?.license && !(licenseBody && declared.from === "spdx-line")) {
    const result = identified(declared.license, declared.from === "spdx-line" ? 95 : 90, "declared", others(declared.license), `declared as '${declared.declared}'`);
    return declared.from === "spdx-line" ? { ...result, notice: spdxNotice(text) } : result;
  }
  if (declared && declared.operands.length > 1) {
    return unrecognized(
      dedupe([...declared.operands.map((l) => ({ id: l.key, confidence: 90 })), ...others()]),
      `'${declared.declared}' names several licenses`,
    );
  }

  const reference = licenseBody ? undefined : matchReference(input, index, skip);
  if (reference?.license) {
    const result = identified(
      reference.license,
      reference.confidence,
      "reference",
      reference.mentioned.map((l) => ({ id: l.key, confidence: 70 })),
    );
    return { ...result, notice: referenceNotice(text, reference.license, index) };
  }
  if (reference && reference.mentioned.length > 1) {
    return unrecognized(
      dedupe([...reference.mentioned.map((l) => ({ id: l.key, confidence: 70 })), ...others()]),
      `names several licenses: ${reference.mentioned.map((l) => l.key).join(", ")}`,
    );
  }

  if (dice.ambiguous.length > 0) {
    return unrecognized(fromCandidates(dice.ambiguous), `too close to tell apart: ${dice.ambiguous.map((c) => c.license.key).join(", ")}`);
  }
  const declaredNote = declared ? `; '${declared.declared}' was declared but is not a known license id` : "";
  if (text.trim() === "") return unrecognized([], `empty text${declaredNote}`, "none");
  if (!looksLikeLicense(input.tokens, text)) return unrecognized(others(), `not a license text: no license terms found${declaredNote}`, "none");
  return unrecognized(others(), `a license text matching no known license closely enough${declaredNote}`);
}

// Which of a model folder's license files governs the weights.
//
// The rule, in order:
//   1. Content: if any file is identified as a model license (kind `model` in the catalogue: RAIL,
//      Llama, Gemma, DeepFloyd, ...), the governing file is chosen among those files only. Repositories
//      that ship weights with a code license beside them (LICENSE = Apache-2.0 for the code,
//      LICENSE-MODEL = OpenRAIL-M for the weights) mean the model license for the weights.
//   2. Otherwise among the identified files, else among all files.
//   3. Within that set, by file name (NAME_RANKS, first match wins): names that say they are about the
//      model or weights (LICENSE-MODEL, MODEL_LICENSE, LICENSE_WEIGHTS, *MODEL*LICENSE*), then
//      LICENSE/LICENCE/COPYING, then LICENSE.md/.txt and the like, then *.license files, then other
//      license-like names; names that say they are about code (LICENSE-CODE) come last.
//   3a. Before the name: what the file's text says it covers (a notice "the weights are released
//      under ...", or the heading of the block it was identified by): the weights first, the code last.
//   4. Ties: the file nearest the model folder (fewest path segments), then the higher confidence,
//      then the path, so the choice is deterministic.















/** What a file's text says its license covers: its notice's subject, or the subject of the block it was identified by. */
function coverageOf(i) {
  if (i.notice) return i.notice.covers;
  return i.blocks?.find((b) => b.kind === "license" && b.id === i.id)?.covers ?? "unknown";
}

/** Files whose text says it is about the weights first, about the code last. */
const COVERAGE_RANK = { weights: 0, unknown: 1, card: 1, data: 2, code: 2 };

/** File-name patterns (tested on the base name) from most to least likely to govern the weights. */
const NAME_RANKS = [
  { label: "named for the model weights", test: /^(?:licen[cs]e[-_. ]?(?:model|weights?)|(?:model|weights?)[-_. ]?licen[cs]e)(?:\.(?:md|txt|rst))?$/i },
  { label: "named for the model", test: /(?:model|weights?).*licen[cs]e|licen[cs]e.*(?:model|weights?)/i },
  { label: "the folder's LICENSE file", test: /^(?:licen[cs]e|copying)$/i },
  { label: "the folder's LICENSE file", test: /^(?:licen[cs]e|copying)\.(?:md|txt|rst|markdown)$/i },
  { label: "a .license file", test: /\.licen[cs]e$/i },
  { label: "a license-like file", test: /^(?!.*\bcode\b)(?:licen[cs]e|copying|notice)/i },
  { label: "a code license file", test: /code/i },
];

function nameRank(p) {
  const base = p.split(/[\\/]/).pop() ?? p;
  const i = NAME_RANKS.findIndex((r) => r.test.test(base));
  return i < 0 ? NAME_RANKS.length : i;
}

const depth = (p) => p.split(/[\\/]/).filter((s) => s !== "" && s !== ".").length;

/** Picks the file that governs the weights among a model folder's license files (at least one; throws on none). */
function pickGoverningLicense(
  files,
  opts = {},
) {
  if (files.length === 0) throw new RangeError("pickGoverningLicense needs at least one license file");
  const index = opts.index ?? fingerprintIndex();
  const kindOf = (f) => (f.identification.id ? (index.get(f.identification.id)?.kind ?? null) : null);
  const identifiedFiles = files.filter((f) => f.identification.status === "identified");
  const modelFiles = identifiedFiles.filter((f) => kindOf(f) === "model");
  const pool = modelFiles.length > 0 ? modelFiles : identifiedFiles.length > 0 ? identifiedFiles : [...files];
  const ranked = [...pool].sort(
    (a, b) =>
      COVERAGE_RANK[coverageOf(a.identification)] - COVERAGE_RANK[coverageOf(b.identification)] ||
      nameRank(a.path) - nameRank(b.path) ||
      depth(a.path) - depth(b.path) ||
      b.identification.confidence - a.identification.confidence ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  const governing = ranked[0];
  const others = files.filter((f) => f !== governing);
  const rank = nameRank(governing.path);
  const byName = rank < NAME_RANKS.length ? NAME_RANKS[rank].label : "the only candidate left";
  let reason;
  if (files.length === 1) reason = "the only license file";
  else if (modelFiles.length > 0 && modelFiles.length < identifiedFiles.length) {
    reason = `a model license (${governing.identification.id}) beats the code/content licenses beside it; ${byName}`;
  } else if (identifiedFiles.length === 0) {
    reason = `no license file was recognized; ${byName}`;
  } else {
    reason = byName;
  }
  const block = governing.identification.blocks?.find((b) => b.kind === "license" && b.id === governing.identification.id);
  if (block) reason += `; lines ${block.lines.from}-${block.lines.to} of the file (${block.covers === "weights" ? "the block about the weights" : "its first license"}), beside ${governing.identification.blocks.length - 1} other block(s)`;
  else if (coverageOf(governing.identification) === "weights" && files.length > 1) reason += "; its text says it covers the weights";
  return { governing, others, reason, ...(block ? { block } : {}) };
}

export { DEFAULT_FINGERPRINTS as D, NAME_RANKS as N, NORMALISATION_STEPS as a, bodyStatements as b, fingerprintIndex as f, identifyLicense as i, pickGoverningLicense as p };
