// Segmentation: a file that holds several licenses (BSD-2-Clause and BSD-3-Clause blocks stacked,
// a model license followed by the code's license, a license followed by its acceptable-use policy)
// is cut where a block may start (a separator, a heading, a copyright line or a title line after a
// blank line); each piece is identified, and neighbouring pieces of the same license, and the
// pieces no license is found in (titles, notes, a fragment), are joined into blocks. A file is
// reported as blocks only when at least two of them hold a license text; each block says what it
// covers (the weights, the code) by its heading or its kind.
import type { LicenseSubject } from "../facts/types.js";
import { subjectOf } from "../readers/license-statements.js";
import type { Identification, LicenseBlock } from "./types.js";

/** A line of dashes, equals signs, stars, underscores or tildes (three or more). */
const SEPARATOR = /^[ \t]*([-=*_~#])(?:[ \t]*\1){2,}[ \t]*$/;
const HEADING = /^ {0,3}#{1,6}[ \t]+\S/;
/** A copyright line ("(c) You must retain ..." is Apache's clause (c), not one). */
const COPYRIGHT_LINE = /^[ \t]*(?:copyright\b|©|\(c\)[ \t]*\d{4})/i;
/** A title names a license, terms or a policy ("Code License", "Meta Llama 3 Acceptable Use Policy"). */
const TITLE_WORDS = /\b(?:licen[cs]e|agreement|terms|policy)\b/i;
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

interface Piece {
  /** 0-based line range [from, to). */
  from: number;
  to: number;
  /** Where the license text starts, below the title pieces joined to it (a title naming files or "Code" is no renamed license). */
  core: number;
  label: string | null;
  aup: boolean;
  words: number;
}

const isBlank = (l: string) => l.trim() === "";
const words = (s: string) => s.split(/\s+/).filter((w) => /\w/.test(w)).length;

/** Whether a block may start at line i: after a blank line, a separator or a heading, on a line that opens one. */
function opens(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  if (isBlank(line) || i === 0) return false;
  const prev = lines[i - 1]!;
  const afterBreak = isBlank(prev) || SEPARATOR.test(prev) || HEADING.test(prev);
  if (!afterBreak) return false;
  if (SEPARATOR.test(line) || HEADING.test(line) || COPYRIGHT_LINE.test(line) || AUP_TITLE.test(line)) return true;
  return !LIST_ITEM.test(line) && words(line) <= TITLE_MAX_WORDS && TITLE_WORDS.test(line);
}

/** Where blocks may start, the first line included; a run of separator and blank lines starts with its first. */
function cuts(lines: readonly string[]): number[] {
  const out = [0];
  for (let i = 1; i < lines.length; i++) {
    if (!opens(lines, i)) continue;
    // A title right under a separator or heading belongs with it.
    if (out[out.length - 1] === i - 1 && (SEPARATOR.test(lines[i - 1]!) || HEADING.test(lines[i - 1]!))) continue;
    out.push(i);
  }
  return out;
}

/**
 * What a piece is: the license whose text it holds (known by its text, not by a notice naming it, or
 * the one a modified copy derives from) when the whole file's matching saw that license; else null.
 */
function labelOf(r: Identification, present: readonly string[]): string | null {
  const id = r.outcome === "known" && (r.matcher === "exact" || r.matcher === "dice") ? r.id : (r.derivedFrom?.id ?? null);
  return id !== null && present.includes(id) ? id : null;
}

/** What the block's own heading or title lines say it covers, else what its kind implies. */
function coverage(lines: readonly string[], from: number, kindIsModel: boolean): LicenseSubject {
  const head = lines
    .slice(from, from + 6)
    .filter((l) => !isBlank(l) && !SEPARATOR.test(l) && words(l) <= TITLE_MAX_WORDS)
    .slice(0, 2)
    .join(" ");
  const said = subjectOf(head, "unknown");
  if (said === "weights" || said === "code") return said;
  return kindIsModel ? "weights" : "unknown";
}

export interface Segmenter {
  /** Identifies a piece of the file as a whole text (no segmentation of its own). */
  identify(text: string): Identification;
  /**
   * For each license, the file's lines (0-based) its reference's text was found on, unchanged (the
   * verifier's alignment against the whole file): a piece too short of its license to be named on
   * its own (half of Apache-2.0, cut at a heading) is the license whose text covers it.
   */
  linesOf(ids: readonly string[]): Map<string, Uint8Array>;
  /** The licenses the whole file was found to hold or derive from. */
  present: readonly string[];
  /** Whether the whole file's matching found other licenses' texts contained in it. */
  several: boolean;
  /** Whether a license id is a model license (its block covers the weights unless its heading says otherwise). */
  isModel(id: string): boolean;
}

export interface Segmentation {
  blocks: LicenseBlock[];
  /** The identification of each block's text (an acceptable-use policy: its license's). */
  results: Identification[];
}

/**
 * The blocks of a file holding several licenses, in text order, with their 1-based lines; undefined
 * when it holds one (or cannot be cut into several).
 */
export function segment(text: string, s: Segmenter): Segmentation | undefined {
  const lines = text.split("\n");
  const at = cuts(lines);
  if (at.length < 2 || at.length > MAX_PIECES) return undefined;
  const pieces: Piece[] = at.map((from, k) => {
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
  const blocks: LicenseBlock[] = [];
  const results: Identification[] = [];
  for (const b of joined) {
    if (b.aup) {
      const of = blocks[blocks.length - 1];
      if (!of) return undefined;
      blocks.push({ ...of, kind: "acceptable-use-policy", lines: lineRange(lines, b.from, b.to) });
      results.push(results[results.length - 1]!);
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
function identifyBlock(lines: readonly string[], b: Piece, s: Segmenter): Identification {
  const withTitle = s.identify(lines.slice(b.from, b.to).join("\n"));
  if (b.core === b.from || withTitle.outcome === "known") return withTitle;
  const without = s.identify(lines.slice(b.core, b.to).join("\n"));
  return without.outcome === "known" ? without : withTitle;
}

/** Share of a piece's non-blank lines a license's text must be found on for the piece to be that license's. */
const COVERED = 0.5;

function labelByCoverage(pieces: Piece[], lines: readonly string[], s: Segmenter): void {
  const unlabelled = pieces.filter((p) => p.label === null && !p.aup && p.words > TITLE_PIECE_WORDS);
  if (unlabelled.length === 0) return;
  const ids = [...new Set([...s.present, ...pieces.map((p) => p.label).filter((l): l is string => l !== null)])];
  const covered = s.linesOf(ids);
  for (const p of unlabelled) {
    // Neighbours' licenses first: a tie (Attachment A is the same in two RAIL licenses) goes to the block beside it.
    const k = pieces.indexOf(p);
    const near = [pieces[k - 1]?.label, pieces[k + 1]?.label].filter((l): l is string => !!l && covered.has(l));
    const order = [...new Set([...near, ...covered.keys()])];
    let best: string | null = null;
    let bestShare = COVERED - 1e-9;
    for (const id of order) {
      const on = covered.get(id)!;
      let n = 0;
      let of = 0;
      for (let i = p.from; i < p.to; i++) {
        if (isBlank(lines[i]!)) continue;
        of++;
        n += on[i]!;
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
function join(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  let titleFrom = -1;
  let owner: string | null = null;
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
  if (titleFrom >= 0 && last) last.to = pieces[pieces.length - 1]!.to;
  return out;
}

/** 1-based lines of [from, to), blank and separator lines at either end left out. */
function lineRange(lines: readonly string[], from: number, to: number): { from: number; to: number } {
  let a = from;
  let b = to - 1;
  while (a < b && (isBlank(lines[a]!) || SEPARATOR.test(lines[a]!))) a++;
  while (b > a && (isBlank(lines[b]!) || SEPARATOR.test(lines[b]!))) b--;
  return { from: a + 1, to: b + 1 };
}
