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
import { ContentCache, contentKey } from "./cache.js";
import { fingerprintIndex, type FingerprintIndex, type License } from "./fingerprints.js";
import { DICE, matchDeclared, matchDice, matchExact, matchReference, prepare, type Candidate } from "./matchers.js";
import type { Identification, MatcherName, Outcome, RunnerUp } from "./types.js";
import { referenceNotice, spdxNotice } from "./notice.js";
import { segment, type Segmentation } from "./segment.js";
import { setAside, titleReasons, tokenLines, verify, type Verification } from "./verify.js";

export interface IdentifyOptions {
  /** An id, name or license URL declared elsewhere, e.g. a model card's `license` or `license_link`. */
  declared?: string;
  /** The index to use (tests); default: rules/licenses/fingerprints.json, loaded once. */
  index?: FingerprintIndex;
  /** License keys to leave out of matching, as if their texts were unknown (the leave-one-out test). */
  exclude?: ReadonlySet<string>;
}

const RUNNERS_UP = 3;
/** Share of a license's distinct words above which an input counts as a copy of that license's text. */
const REFERENCE_BODY_RECALL = 0.6;

function identified(license: License, confidence: number, matcher: MatcherName, runnersUp: RunnerUp[], note?: string): Identification {
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

function unrecognized(runnersUp: RunnerUp[], note: string, outcome: Exclude<Outcome, "known"> = "other"): Identification {
  return { outcome, id: null, spdx: null, name: null, confidence: 0, matcher: "none", runnersUp: runnersUp.slice(0, RUNNERS_UP), status: "unrecognized", note };
}

/** A modified copy of `v.license`: outcome other, derived from it, with the passages. */
function modifiedCopy(v: Verification, score: number, runnersUp: RunnerUp[]): Identification {
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
function withOwnTitle(v: Verification, input: ReturnType<typeof prepare>): Verification {
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
function verifyBest(w: Candidate, candidates: readonly Candidate[], input: ReturnType<typeof prepare>, index: FingerprintIndex): { candidate: Candidate; verification: Verification } {
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
function verifyLicense(c: Candidate, input: ReturnType<typeof prepare>, index: FingerprintIndex): Verification {
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

function fromCandidates(cs: readonly Candidate[]): RunnerUp[] {
  return cs.slice(0, LISTED_CANDIDATES).filter((c) => c.score >= 1).map((c) => ({ id: c.license.key, confidence: Math.round(Math.min(c.score, DICE.maxConfidence)) }));
}

function dedupe(rs: RunnerUp[]): RunnerUp[] {
  const seen = new Set<string>();
  return rs.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
}

/** Words of licensing; a text with fewer than LICENSE_WORDS_MIN distinct ones is not a license (outcome none). */
const LICENSE_WORDS = new Set(
  "license licensed licensor licensee licenses grant granted grants permission permitted warranty warranties liability liable copyright rights redistribution redistribute distribute distribution terms conditions sublicense royalty agreement".split(" "),
);
const LICENSE_WORDS_MIN = 4;

/** A proprietary notice is a license statement (outcome other) though normalisation drops its words. */
const PROPRIETARY = /\ball\s+rights\s+reserved\b|\bproprietary\b|\bconfidential\b/i;

function looksLikeLicense(tokens: readonly string[], raw: string): boolean {
  if (PROPRIETARY.test(raw.slice(0, 20000))) return true;
  const seen = new Set<string>();
  for (const t of tokens) if (LICENSE_WORDS.has(t) && seen.add(t).size >= LICENSE_WORDS_MIN) return true;
  return false;
}

const cache = new ContentCache<Identification>();

/** Forgets remembered identifications (tests; after the fingerprint index changed). */
export function clearIdentificationCache(): void {
  cache.clear();
}

/**
 * Identifies the license in a text. Each distinct text (with the same declared id) is identified once
 * and the frozen result shared; a caller-supplied index bypasses the cache.
 */
export function identifyLicense(text: string, opts: IdentifyOptions = {}): Identification {
  if (opts.index || opts.exclude) return identifyUncached(text, opts);
  return cache.get(contentKey(text, opts.declared), () => identifyUncached(text, opts));
}

function identifyUncached(text: string, opts: IdentifyOptions): Identification {
  const index = opts.index ?? fingerprintIndex();
  const whole = identifyText(text, opts, index);
  if (!mayHoldSeveral(text, whole)) return whole.result;
  const r = whole.result;
  // Blocks can only be licenses the whole text's matching saw: the winner, what it derives from, the runners-up.
  const present = [r.id, r.derivedFrom?.id, ...whole.contained, ...r.runnersUp.map((x) => x.id)].filter((x): x is string => !!x);
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
function linesFound(text: string, ids: readonly string[], index: FingerprintIndex): Map<string, Uint8Array> {
  const input = prepare(text, index);
  const at = tokenLines(input.raw, input.tokens);
  const lineCount = text.split("\n").length;
  const out = new Map<string, Uint8Array>();
  for (const id of ids) {
    const l = index.get(id);
    if (!l || l.variants.length === 0) continue;
    const on = new Uint8Array(lineCount);
    for (const span of verify(input, l, l.variants[0]!, index).matchedSpans) for (let k = span.from; k < span.to; k++) on[at[k]! - 1] = 1;
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
function mayHoldSeveral(text: string, whole: { result: Identification; contained: string[] }): boolean {
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
function withBlocks(whole: Identification, seg: Segmentation): Identification {
  const licenses = seg.blocks.map((b, i) => ({ b, r: seg.results[i]! })).filter((x) => x.b.kind === "license");
  const primary = licenses.find((x) => x.b.covers === "weights") ?? licenses[0]!;
  const others = [...new Set(licenses.filter((x) => x !== primary && x.b.id && x.b.id !== primary.b.id).map((x) => x.b.id!))];
  const note = others.length > 0 ? `the file also contains the text of ${others.join(", ")}` : undefined;
  const base = whole.outcome === "known" && whole.id === primary.b.id ? whole : licenses.every((x) => x.r.outcome === "known") ? primary.r : whole;
  const runnersUp = dedupe([...base.runnersUp, ...others.map((id) => ({ id, confidence: 0 }))]).filter((r) => r.id !== base.id);
  const { note: _drop, ...rest } = base;
  void _drop;
  const notes = [base === whole ? whole.note : undefined, note].filter((n, i, all): n is string => !!n && all.indexOf(n) === i);
  return { ...rest, runnersUp: runnersUp.slice(0, RUNNERS_UP), blocks: seg.blocks, ...(notes.length > 0 ? { note: notes.join("; ") } : {}) };
}

/** The identification of a text as one license, and the other licenses whose texts the dice matcher found in it. */
function identifyText(text: string, opts: IdentifyOptions, index: FingerprintIndex): { result: Identification; contained: string[] } {
  const found = { contained: [] as string[] };
  const result = identifyOne(text, opts, index, found);
  return { result, contained: found.contained };
}

function identifyOne(text: string, opts: IdentifyOptions, index: FingerprintIndex, found: { contained: string[] }): Identification {
  const input = prepare(text, index);
  const skip = opts.exclude ? new Set([...opts.exclude].map((k) => index.get(k)?.index ?? -1)) : undefined;

  const declared = matchDeclared(input, index, opts.declared, skip);
  const exact = matchExact(input, index, skip);
  if (exact) {
    const license = index.licenses[exact.license]!;
    const notes: string[] = [];
    if (exact.name.startsWith("without-")) notes.push(`the license text without its ${exact.name.replace(/^without-/, "").replace(/-/g, " ")}`);
    const runnersUp: RunnerUp[] = [];
    if (declared && declared.license !== license) {
      notes.push(`the text is ${license.key}, but '${declared.declared}' was declared`);
      if (declared.license) runnersUp.push({ id: declared.license.key, confidence: 0 });
    }
    return identified(license, 100, "exact", runnersUp, notes.join("; ") || undefined);
  }

  const dice = matchDice(input, index, skip);
  const others = (except?: License) => fromCandidates(dice.candidates.filter((c) => c.license !== except));

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
    const notes: string[] = [];
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
