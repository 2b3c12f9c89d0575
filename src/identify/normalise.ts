// Normalisation of license texts before they are compared: an ordered list of named steps, each a
// small text → text rewrite, followed by tokenisation into lower-case words. The same pipeline runs on
// the reference texts at build time (scripts/build-fingerprints.ts) and on the input at run time, so
// changing a step changes every fingerprint: rebuild with `npm run build:fingerprints`.
//
// The steps follow the SPDX License List Matching Guidelines where they apply (case, punctuation,
// quotes, dashes, bullets and numbering, varietal spellings, copyright notices are not significant),
// plus what people do to license files in model repositories: Markdown formatting, a one-line
// "This model is licensed under ..." preamble, front matter, links.

export interface NormalisationStep {
  readonly name: string;
  readonly description: string;
  readonly apply: (text: string) => string;
}

/** A rewrite rule: every match of `pattern` is replaced by `replacement`. */
interface Rewrite {
  readonly pattern: RegExp;
  readonly replacement: string;
}

function rewriteStep(name: string, description: string, rewrites: readonly Rewrite[]): NormalisationStep {
  return {
    name,
    description,
    apply: (text) => rewrites.reduce((t, r) => t.replace(r.pattern, r.replacement), text),
  };
}

const HTML_TAGS =
  /<\/?(?:p|br|hr|div|span|b|i|u|em|strong|a|ul|ol|li|h[1-6]|code|pre|blockquote|sup|sub|table|tr|td|th|tbody|thead|center|font|small|big|details|summary)\b[^>\n]*>/gi;

/** Lines that carry a copyright notice: a "Copyright"/©/(c) line with a year, a placeholder or "all rights reserved". */
const COPYRIGHT_LINE =
  /^[ \t>*_#-]*(?:copyright\b|©|\(c\)\s)(?=[^\n]*(?:\b1[89]\d\d\b|\b20\d\d\b|©|\(c\)|<[^>\n]*>|\[[^\]\n]*\]|\{[^}\n]*\}|\$\{|all rights reserved))[^\n]*$/gim;

/** A first line saying what the license applies to, e.g. "This model is licensed under the MIT License." */
const PREAMBLE_LINE =
  /^(?:(?:this|the|these|our|all)\s+(?:[\w.+-]+\s+){0,4}?(?:models?|weights|checkpoints?|repository|repo|project|code|software|files?|dataset|materials?)\b[^\n]{0,200}?\b(?:under|subject to|governed by)\b|[^\n]{0,120}?\b(?:is|are)\s+(?:licensed|released|distributed|made available|provided|governed)\s+(?:under|by)\b|licen[cs]e\s*:)[^\n]*$/i;

/** List bullets and section numbers at a line start: "- ", "1. ", "1.1 ", "(a) ", "iv) ", "Section 3. ". */
const BULLET_OR_NUMBER = new RegExp(
  "^[ \\t]*(?:(?:" +
    [
      "[-*+\\u2022\\u00B7\\u25AA\\u25E6\\u2023\\u25CB\\u25CF\\u25A0\\u25A1\\u27A2]+",
      "(?:section|article|clause)[ \\t]+\\d{1,3}(?:\\.\\d{1,3})*\\.?",
      "\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[a-z]|[ivxlc]{1,6})[.)](?:\\d{1,3}[.)])*",
      "\\d{1,3}(?:\\.\\d{1,3})+",
      "\\((?:\\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\\)",
    ].join("|") +
    ")(?=[ \\t:]|$)[ \\t:]*)+",
  "gim",
);

/** Number of words a text must keep after a preamble line for the line to count as a preamble. */
const PREAMBLE_MIN_REST_WORDS = 80;

function stripFrontMatter(text: string): string {
  const m = /^---[ \t]*\n((?:[^\n]*\n){0,80}?)---[ \t]*(?:\n|$)/.exec(text);
  if (!m || !/^[\w-]+\s*:/m.test(m[1] ?? "")) return text;
  return text.slice(m[0].length);
}

function stripPreamble(text: string): string {
  const lines = text.split("\n");
  let removed = false;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 3; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    seen++;
    if (line.split(/\s+/).length > 60 || !PREAMBLE_LINE.test(line)) continue;
    const rest = lines.slice(i + 1).join(" ");
    if ((rest.match(/[A-Za-z]{2,}/g)?.length ?? 0) < PREAMBLE_MIN_REST_WORDS) continue;
    lines[i] = "";
    removed = true;
  }
  return removed ? lines.join("\n") : text;
}

/** British/American and other equivalent spellings (SPDX guideline "varietal word spelling"), as token → canonical token. */
export const VARIETAL_SPELLINGS: Readonly<Record<string, string>> = {
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

/**
 * The ordered steps. Each sees the output of the one before; the names are stable and recorded in
 * fingerprints.json so a fingerprint file built with other steps is recognised as stale.
 */
export const NORMALISATION_STEPS: readonly NormalisationStep[] = [
  rewriteStep("unicode", "Unicode compatibility forms; byte-order mark, zero-width and non-breaking spaces; line endings", [
    { pattern: /\r\n?/g, replacement: "\n" },
    { pattern: /[\uFEFF\u200B-\u200D\u2060]/g, replacement: "" },
    { pattern: /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, replacement: " " },
  ]),
  { name: "front-matter", description: "drop a leading YAML front-matter block (model cards)", apply: stripFrontMatter },
  rewriteStep("html", "drop common HTML tags and decode the usual entities", [
    { pattern: HTML_TAGS, replacement: " " },
    { pattern: /&nbsp;/gi, replacement: " " },
    { pattern: /&amp;/gi, replacement: "&" },
    { pattern: /&quot;/gi, replacement: '"' },
    { pattern: /&#0?39;|&apos;/gi, replacement: "'" },
    { pattern: /&lt;/gi, replacement: "<" },
    { pattern: /&gt;/gi, replacement: ">" },
  ]),
  rewriteStep("quotes-dashes", "unify curly and typographic quotes, apostrophes and dashes", [
    { pattern: /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, replacement: "'" },
    { pattern: /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]|''/g, replacement: '"' },
    { pattern: /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, replacement: "-" },
  ]),
  rewriteStep("markdown-links", "keep the text of Markdown links and drop link targets and reference definitions", [
    { pattern: /!?\[([^\]\n]*)\]\([^)\n]*\)/g, replacement: "$1" },
    { pattern: /\[([^\]\n]*)\]\[[^\]\n]*\]/g, replacement: "$1" },
    { pattern: /^ {0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$/gm, replacement: "" },
    { pattern: /<((?:https?|ftp|mailto):[^>\s]+)>/gi, replacement: "$1" },
  ]),
  rewriteStep("markdown-blocks", "drop heading markers, code fences, blockquote markers, horizontal rules and table rules", [
    { pattern: /^[ \t]*```[^\n]*$/gm, replacement: "" },
    { pattern: /^[ \t]{0,3}#{1,6}[ \t]+/gm, replacement: "" },
    { pattern: /[ \t]+#+[ \t]*$/gm, replacement: "" },
    { pattern: /^[ \t]*(?:>[ \t]?)+/gm, replacement: "" },
    { pattern: /^[ \t]*(?:[-*_=~+#][ \t]*){3,}$/gm, replacement: "" },
    { pattern: /^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?$/gm, replacement: "" },
    { pattern: /\|/g, replacement: " " },
  ]),
  rewriteStep("markdown-emphasis", "drop bold, italic and code markers", [
    { pattern: /(^|[\s(["'])[*_]{1,3}(?=\S)/gm, replacement: "$1" },
    { pattern: /(?<=\S)[*_]{1,3}(?=$|[\s).,;:!?"'\]])/gm, replacement: "" },
    { pattern: /`+/g, replacement: "" },
  ]),
  rewriteStep("urls", "drop URLs and e-mail link prefixes (SPDX, license and project addresses vary between copies)", [
    { pattern: /\b(?:https?|ftp):\/\/[^\s<>"')\]]*[^\s<>"')\].,;:]/gi, replacement: " " },
    { pattern: /\bwww\.[^\s<>"')\]]*[^\s<>"')\].,;:]/gi, replacement: " " },
    { pattern: /\bmailto:/gi, replacement: "" },
  ]),
  rewriteStep("copyright", "drop copyright notice lines and 'All rights reserved'", [
    { pattern: COPYRIGHT_LINE, replacement: "" },
    { pattern: /\ball rights reserved\b\.?/gi, replacement: " " },
  ]),
  { name: "preamble", description: "drop a leading 'This model is licensed under ...' line when the license text follows", apply: stripPreamble },
  rewriteStep("bullets-numbering", "drop list bullets and section numbering at line starts, and (a)/(iv)/(1) markers anywhere", [
    {
      pattern: BULLET_OR_NUMBER,
      replacement: "",
    },
    { pattern: /\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)/gi, replacement: " " },
    { pattern: /§+/g, replacement: " " },
  ]),
  { name: "lower-case", description: "lower-case everything", apply: (text) => text.toLowerCase() },
  rewriteStep("hyphenation", "join words split by a hyphen or a line-break hyphen (non-commercial = noncommercial); & = and", [
    { pattern: /([a-z])-[ \t]*\n?[ \t]*(?=[a-z])/g, replacement: "$1" },
    { pattern: /&/g, replacement: " and " },
  ]),
];

/** Word tokens: letters and digits, with internal dots and apostrophes (2.0, e.g, licensee's) and trailing + (openrail++). */
const TOKEN = /[a-z0-9]+(?:['.][a-z0-9]+)*\+*/g;

export interface Normalised {
  /** Words in order, after all steps and varietal spellings. */
  tokens: string[];
  /** The tokens joined by single spaces: the text whose hash is the exact fingerprint. */
  text: string;
}

/** Runs the steps up to (not including) tokenisation; exposed for tests and for the reference matcher. */
export function normaliseText(input: string, upTo?: string): string {
  let text = input;
  for (const step of NORMALISATION_STEPS) {
    if (step.name === upTo) break;
    text = step.apply(text);
  }
  return text;
}

/** Splits normalised text into word tokens and applies the varietal spellings. */
export function tokenize(normalisedText: string): string[] {
  const tokens = normalisedText.match(TOKEN) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const v = VARIETAL_SPELLINGS[t];
    if (v !== undefined) tokens[i] = v;
  }
  return tokens;
}

export function normalise(input: string): Normalised {
  const tokens = tokenize(normaliseText(input));
  return { tokens, text: tokens.join(" ") };
}

/** 32-bit FNV-1a hash of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hash of the word bigram (a, b) from the words' own hashes (murmur3's 32-bit finaliser mixes them). */
export function bigramHash(ha: number, hb: number): number {
  let h = (Math.imul(ha, 0x9e3779b1) ^ hb) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Distinct bigram hashes of a token sequence, each with the index of its first occurrence. */
export function bigramPositions(tokens: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  let prev = tokens.length > 0 ? fnv1a(tokens[0]!) : 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const next = fnv1a(tokens[i + 1]!);
    const h = bigramHash(prev, next);
    if (!out.has(h)) out.set(h, i);
    prev = next;
  }
  return out;
}
