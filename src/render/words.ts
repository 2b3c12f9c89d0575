// The short forms every renderer shows: a finding in one sentence, its fix in a few words, counts
// with their plurals. Checks fill Finding.summary and Finding.hint; until one does, these derive a
// fair short form from the full message and fix instead of printing a paragraph on one line.
import type { Finding, Location } from "../domain.js";
import type { Counts } from "../report.js";
import { plain } from "./escape/plain.js";

/** The finding in one sentence (Finding.summary, else the message up to its first explanation). */
export function summaryOf(f: Finding): string {
  if (f.summary) return f.summary;
  // The ids in parentheses repeat the names before them: "MIT License (mit)".
  return sentence(firstClause(f.message, [": ", "; "]).replace(/ \([a-z0-9.+-]+\)/g, ""));
}

/** The fix in a few words (Finding.hint, else the fix's first clause, cut at a word). */
export function hintOf(f: Finding, max = 40): string {
  if (f.hint) return f.hint;
  const clause = firstClause(f.fix.split("\n")[0] ?? "", [": ", "; ", " (", ", or ", ". "]).replace(/[.]$/, "");
  return shorten(lowerFirst(clause), max);
}

/** How many other places the same finding occurs at (Finding.alsoAt), listed or not. */
export function otherPlaces(f: Finding): number {
  return f.alsoAt ? f.alsoAt.locations.length + f.alsoAt.unlisted : 0;
}

/** "also at a, b and 1,479 more places": the other places, each written by `place` (which escapes). */
export function alsoAtText(f: Finding, place: (l: Location) => string): string {
  if (!f.alsoAt || otherPlaces(f) === 0) return "";
  const listed = f.alsoAt.locations.map(place);
  const more = f.alsoAt.unlisted > 0 ? [plural(f.alsoAt.unlisted, "more place")] : [];
  const all = [...listed, ...more];
  return `also at ${all.length > 1 ? `${all.slice(0, -1).join(", ")} and ${all.at(-1)!}` : all[0]!}`;
}

/** For an annotation: "\nAlso at a:5, a:6 and 10 more places." (plain text, escaped), or "". */
export function alsoAtLine(f: Finding): string {
  const also = alsoAtText(f, (l) => plain(`${l.file}:${l.line}`));
  return also ? `\nA${also.slice(1)}.` : "";
}

/** `s` cut at the last word that fits in `max` characters, with an ellipsis when cut. */
export function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}

/**
 * `12,345`, as toLocaleString("en-US") writes it. Its first call loads ICU's number formats (some
 * 20 ms of a one-model check), so whole numbers, all a report counts, are grouped here.
 */
export function thousands(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** "2 errors, 1 warning" (notes only when there are some); "no findings" when all are zero. */
export function countsText(c: Counts): string {
  const parts = [plural(c.error, "error"), plural(c.warning, "warning"), ...(c.note > 0 ? [plural(c.note, "note")] : [])];
  return c.error + c.warning + c.note === 0 ? "no findings" : parts.join(", ");
}

/** `s` up to the first separator outside a `code span`. */
function firstClause(s: string, separators: string[]): string {
  const text = s.trim();
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "`") inCode = !inCode;
    else if (!inCode && i > 0 && separators.some((sep) => text.startsWith(sep, i))) return text.slice(0, i);
  }
  return text;
}

function sentence(s: string): string {
  const t = s.trim();
  return upperFirst(/[.!?…]$/.test(t) ? t : `${t}.`);
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
