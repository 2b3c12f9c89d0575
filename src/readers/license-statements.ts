// Every statement of a license a card makes: its metadata (`license`, `license_name`,
// `license_link`), a "License:" line (bold, bulleted or a table row), and sentences ("The weights
// are released under CC BY-NC 4.0", "This code repository is licensed under MIT"). Each records
// what it is about (the weights, the code, data, the card itself, or unknown), whether it denies
// ("not for commercial use", "NOT CC0"), and the license, or a class for free text.
import type { Location } from "../domain.js";
import type { LicenseStatement, LicenseSubject } from "../facts/types.js";

/** The parts of a card's document the statements are read from (src/readers/document.ts's blocks fit). */
export interface StatementBlock {
  kind: string;
  /** Offset of `prose` in the card text. */
  start: number;
  /** The block's text with code, images and link URLs blanked (same length). */
  prose: string;
  section: { class: string };
}

export interface LicenseNames {
  licenses: readonly { name: string; id: string }[];
}

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
export function subjectOf(sentence: string, fallback: LicenseSubject): LicenseSubject {
  const s = sentence.toLowerCase();
  if (/\b(?:model card|this card|the card|documentation)\b/.test(s)) return "card";
  if (/\b(?:weights?|checkpoints?|parameters)\b/.test(s) || /\b(?:this|the|our) models?\b(?!['’]s code| code)/.test(s)) return "weights";
  if (/\b(?:code|codebase|repository|repo|scripts?|software|implementation)\b/.test(s)) return "code";
  if (/\b(?:data|datasets?|corpus|corpora|annotations|images)\b/.test(s)) return "data";
  return fallback;
}

/** The class of a license written in free text, when no known license is named. */
export function classOf(text: string): LicenseStatement["class"] {
  if (/\bproprietary\b|all rights reserved|\bconfidential\b/i.test(text)) return "proprietary";
  if (/non-?commercial|research (?:purposes? )?only|not for commercial|academic use only/i.test(text)) return "non-commercial";
  return "custom";
}

/** Known license names in `text`, longest first at each place, in the order the text gives them. */
export function licensesIn(text: string, names: LicenseNames): { id: string; index: number; length: number }[] {
  const lower = text.toLowerCase();
  const hits: { id: string; index: number; length: number }[] = [];
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
  const seen = new Set<string>();
  return kept.sort((a, b) => a.index - b.index).filter((h) => (seen.has(h.id) ? false : (seen.add(h.id), true)));
}

/** The names and, once each, the ids themselves ("MIT", "apache-2.0": a "License:" line often writes the id). */
const namesWithIds = new WeakMap<LicenseNames, { name: string; id: string }[]>();

function withIds(names: LicenseNames): { name: string; id: string }[] {
  let all = namesWithIds.get(names);
  if (!all) {
    const ids = [...new Set(names.licenses.map((l) => l.id))].map((id) => ({ name: id, id }));
    all = [...names.licenses, ...ids];
    namesWithIds.set(names, all);
  }
  return all;
}

/** Statements in the body's blocks, in text order. `at` turns an offset into a location. */
export function bodyStatements(blocks: readonly StatementBlock[], names: LicenseNames, at: (offset: number) => Location): LicenseStatement[] {
  const out: LicenseStatement[] = [];
  for (const b of blocks) {
    if (b.kind === "code" || b.kind === "comment" || b.prose.trim() === "") continue;
    const inLicenseSection = b.section.class === "license";
    for (const line of linesOf(b)) {
      const trimmed = line.text.trimStart();
      // Most lines name no license: the cheap test first, and the pattern never meets leading blanks.
      const m = /licen[cs]e/i.test(trimmed) ? LINE.exec(trimmed) : null;
      if (m) {
        const value = m[3]!.replace(/[|*_`]+\s*$/, "").replace(/[*_`]/g, "").trim();
        if (PLACEHOLDER.test(value) || value === "") continue;
        const subject = subjectOf(`${m[1] ?? ""} ${m[2] ?? ""}`, "weights");
        const valueAt = line.start + (line.text.length - trimmed.length) + m[0].length - m[3]!.length;
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

function statementsOf(text: string, start: number, subject: LicenseSubject, via: LicenseStatement["via"], names: LicenseNames, at: (offset: number) => Location): LicenseStatement[] {
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

function linesOf(b: StatementBlock): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let offset = 0;
  for (const text of b.prose.split("\n")) {
    out.push({ text, start: b.start + offset });
    offset += text.length + 1;
  }
  return out;
}

/** Sentences of one line, split after . ! ? followed by a space (not in "v1.5" or "e.g. "). */
function sentencesOf(text: string, start: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((c === "." || c === "!" || c === "?") && (text[i + 1] === " " || i + 1 === text.length) && !/\b(?:e\.g|i\.e|etc|vs|cf)$/i.test(text.slice(Math.max(0, i - 4), i))) {
      out.push({ text: text.slice(from, i + 1), start: start + from });
      from = i + 1;
    }
  }
  if (from < text.length && text.slice(from).trim() !== "") out.push({ text: text.slice(from), start: start + from });
  return out;
}
