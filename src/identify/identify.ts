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
import type { Identification, MatcherName, RunnerUp } from "./types.js";

export interface IdentifyOptions {
  /** An id, name or license URL declared elsewhere, e.g. a model card's `license` or `license_link`. */
  declared?: string;
  /** The index to use (tests); default: rules/licenses/fingerprints.json, loaded once. */
  index?: FingerprintIndex;
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
    ...(note ? { note } : {}),
  };
}

function unrecognized(runnersUp: RunnerUp[], note: string): Identification {
  return { id: null, spdx: null, name: null, confidence: 0, matcher: "none", runnersUp: runnersUp.slice(0, RUNNERS_UP), status: "unrecognized", note };
}

function fromCandidates(cs: readonly Candidate[]): RunnerUp[] {
  return cs.filter((c) => c.score >= 1).map((c) => ({ id: c.license.key, confidence: Math.round(Math.min(c.score, DICE.maxConfidence)) }));
}

function dedupe(rs: RunnerUp[]): RunnerUp[] {
  const seen = new Set<string>();
  return rs.filter((r) => !seen.has(r.id) && (seen.add(r.id), true));
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
  if (opts.index) return identifyUncached(text, opts);
  return cache.get(contentKey(text, opts.declared), () => identifyUncached(text, opts));
}

function identifyUncached(text: string, opts: IdentifyOptions): Identification {
  const index = opts.index ?? fingerprintIndex();
  const input = prepare(text, index);

  const declared = matchDeclared(input, index, opts.declared);
  const exact = matchExact(input, index);
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

  const dice = matchDice(input, index);
  const others = (except?: License) => fromCandidates(dice.candidates.filter((c) => c.license !== except));

  if (dice.winner) {
    // Other licenses whose full text is in the file too (a LICENSE holding the model license and the
    // code license): a model license is the one reported, as for separate files (governing.ts).
    const contained = [dice.winner, ...dice.alsoPresent];
    const w = contained.find((c) => c.license.kind === "model") ?? dice.winner;
    const alsoContained = contained.filter((c) => c !== w);
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
    return identified(w.license, confidence, "dice", dedupe(runnersUp), notes.join("; ") || undefined);
  }

  if (declared?.license) {
    return identified(declared.license, declared.from === "spdx-line" ? 95 : 90, "declared", others(declared.license), `declared as '${declared.declared}'`);
  }
  if (declared && declared.operands.length > 1) {
    return unrecognized(
      dedupe([...declared.operands.map((l) => ({ id: l.key, confidence: 90 })), ...others()]),
      `'${declared.declared}' names several licenses`,
    );
  }

  // A text that holds most of some license's words is a (damaged) license text, not a short notice
  // naming one: the reference matcher does not read it.
  const licenseBody = dice.candidates.some((c) => c.wordRecall >= REFERENCE_BODY_RECALL && c.variant.uniqueWords >= 15);
  const reference = licenseBody ? undefined : matchReference(input, index);
  if (reference?.license) {
    return identified(
      reference.license,
      reference.confidence,
      "reference",
      reference.mentioned.map((l) => ({ id: l.key, confidence: 70 })),
    );
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
  if (text.trim() === "") return unrecognized([], `empty text${declaredNote}`);
  return unrecognized(others(), `no license text or name matched closely enough${declaredNote}`);
}
