import { fileURLToPath as __bundleFileURLToPath } from "node:url";
const __filename = __bundleFileURLToPath(import.meta.url);
const __dirname = __bundleFileURLToPath(new URL(".", import.meta.url));
// Plain text for terminals and workflow logs (the CLI's text report, annotation messages). A string
// from the repository (a folder name, a card's title, a dataset name) is data: it may hold no line
// break that starts a line of its own, no terminal escape, no bidirectional override and no
// workflow command. The runner obeys `::cmd::` at the start of a line (after blanks) and the legacy
// `##[cmd]` anywhere in one (actions/runner, ActionCommand.TryParseV2 and TryParse), and it finds
// them with .NET's culture-sensitive StartsWith/IndexOf, which under ICU skip default-ignorable
// characters: `:\u200b:` still reads as `::`. So the second colon or hash becomes a look-alike
// with a collation weight of its own (U+2236 RATIO, U+266F MUSIC SHARP SIGN), whatever lies
// between; the text stays readable. The character classes here are shared by the other modules.

/* eslint-disable no-control-regex -- matching control characters is what this module is for */

/** C0 and C1 controls, DEL, and the bidirectional overrides and isolates ("Trojan Source"). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAK = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;

/** Characters ICU collation ignores (zero-width spaces and joiners, soft hyphen, variation selectors...). */
const IGNORABLE = "\\p{Default_Ignorable_Code_Point}*";
const COMMAND = new RegExp(`:(${IGNORABLE}):`, "gu");
const LEGACY_COMMAND = new RegExp(`#(${IGNORABLE})#(${IGNORABLE})\\[`, "gu");

/**
 * `s` with lone surrogates (a card's YAML can write one: "\\ud800") replaced by U+FFFD, so that it
 * can be encoded as UTF-8 or percent-encoded without throwing.
 */
function wellFormed(s) {
  return s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** A repository string on one line: breaks become spaces, controls become visible `\xNN`. */
function plain(s) {
  return neutralise(s.replace(LINE_BREAK, " "));
}

/** Keeps line breaks (a multi-line fix), each line escaped as plain() escapes one. */
function plainLines(s) {
  return s.split(LINE_BREAK).map(neutralise);
}

function neutralise(s) {
  return s
    .replace(/\t/g, " ")
    .replace(CONTROL, visible)
    .replace(COMMAND, ":$1\u2236")
    .replace(LEGACY_COMMAND, "#$1\u266f$2[");
}

/** `\x1b`, `\u202e`: a control character written so that it can be read and does nothing. */
function visible(c) {
  const code = c.codePointAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** The finding in one sentence (Finding.summary, else the message up to its first explanation). */
function summaryOf(f) {
  if (f.summary) return f.summary;
  // The ids in parentheses repeat the names before them: "MIT License (mit)".
  return sentence(firstClause(f.message, [": ", "; "]).replace(/ \([a-z0-9.+-]+\)/g, ""));
}

/** The fix in a few words (Finding.hint, else the fix's first clause, cut at a word). */
function hintOf(f, max = 40) {
  if (f.hint) return f.hint;
  const clause = firstClause(f.fix.split("\n")[0] ?? "", [": ", "; ", " (", ", or ", ". "]).replace(/[.]$/, "");
  return shorten(lowerFirst(clause), max);
}

/** How many other places the same finding occurs at (Finding.alsoAt), listed or not. */
function otherPlaces(f) {
  return f.alsoAt ? f.alsoAt.locations.length + f.alsoAt.unlisted : 0;
}

/** "also at a, b and 1,479 more places": the other places, each written by `place` (which escapes). */
function alsoAtText(f, place) {
  if (!f.alsoAt || otherPlaces(f) === 0) return "";
  const listed = f.alsoAt.locations.map(place);
  const more = f.alsoAt.unlisted > 0 ? [plural(f.alsoAt.unlisted, "more place")] : [];
  const all = [...listed, ...more];
  return `also at ${all.length > 1 ? `${all.slice(0, -1).join(", ")} and ${all.at(-1)}` : all[0]}`;
}

/** For an annotation: "\nAlso at a:5, a:6 and 10 more places." (plain text, escaped), or "". */
function alsoAtLine(f) {
  const also = alsoAtText(f, (l) => plain(`${l.file}:${l.line}`));
  return also ? `\nA${also.slice(1)}.` : "";
}

/** `s` cut at the last word that fits in `max` characters, with an ellipsis when cut. */
function shorten(s, max) {
  if (s.length <= max) return s;
  const cut = s.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

function plural(n, one, many = `${one}s`) {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

/**
 * `12,345`, as toLocaleString("en-US") writes it. Its first call loads ICU's number formats (some
 * 20 ms of a one-model check), so whole numbers, all a report counts, are grouped here.
 */
function thousands(n) {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** "2 errors, 1 warning" (notes only when there are some); "no findings" when all are zero. */
function countsText(c) {
  const parts = [plural(c.error, "error"), plural(c.warning, "warning"), ...(c.note > 0 ? [plural(c.note, "note")] : [])];
  return c.error + c.warning + c.note === 0 ? "no findings" : parts.join(", ");
}

/** `s` up to the first separator outside a `code span`. */
function firstClause(s, separators) {
  const text = s.trim();
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "`") inCode = !inCode;
    else if (!inCode && i > 0 && separators.some((sep) => text.startsWith(sep, i))) return text.slice(0, i);
  }
  return text;
}

function sentence(s) {
  const t = s.trim();
  return upperFirst(/[.!?…]$/.test(t) ? t : `${t}.`);
}

function upperFirst(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s) {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export { CONTROL as C, LINE_BREAK as L, plural as a, alsoAtText as b, countsText as c, shorten as d, plainLines as e, alsoAtLine as f, hintOf as h, otherPlaces as o, plain as p, summaryOf as s, thousands as t, visible as v, wellFormed as w };
