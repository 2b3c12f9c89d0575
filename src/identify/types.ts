// Types of the license identification component: the result of identifyLicense and the format of
// rules/licenses/fingerprints.json.

export const MATCHERS = ["exact", "declared", "dice", "reference", "none"] as const;
export type MatcherName = (typeof MATCHERS)[number];

export interface RunnerUp {
  id: string;
  confidence: number;
}

export interface Identification {
  /** Hugging Face Hub license id where the Hub has one, else the SPDX id; null when unrecognized. */
  id: string | null;
  spdx: string | null;
  name: string | null;
  /** 0-100. 100 only for an exact match of the normalised text; 0 when unrecognized. */
  confidence: number;
  matcher: MatcherName;
  /** The closest other candidates, best first (at most 3). For an unrecognized text, the closest licenses. */
  runnersUp: RunnerUp[];
  status: "identified" | "unrecognized";
  /** Why, in a few words, when there is more to say than the matcher (trimmed text, contradiction, ambiguity). */
  note?: string;
}

/** What a license was written for, from the catalogue (rules/licenses); null when the catalogue has no entry. */
export type LicenseKind = "model" | "software" | "content" | "data" | "public-domain" | "family" | "placeholder";

/** One reference text as stored in fingerprints.json (lists are codec.ts-encoded). */
export interface StoredVariant {
  /** "full", or the trim that produced it (e.g. "without-end-matter"). */
  name: string;
  sha256: string;
  wordCount: number;
  uniqueWords: number;
  /** Full variant: vocabulary ids of its distinct words. Trimmed variant: ids of the full variant's words it lacks. */
  words?: string;
  dropWords?: string;
  /** The distinct bigrams of the variant with the smallest hashes (a bottom-k sample). */
  bigrams: string;
  bigramCount: number;
}

export interface StoredNear {
  /** Key of a near-duplicate license (word Dice ≥ NEAR_DICE). */
  key: string;
  /** Sample of bigram hashes this license has and the other lacks: the distinguishing tokens. */
  own: string;
  ownCount: number;
}

export interface StoredLicense {
  key: string;
  spdx: string | null;
  hub: string | null;
  scancode: string | null;
  name: string;
  kind: LicenseKind | null;
  version: string | null;
  /** Other ids of the same text (deprecated or duplicate SPDX ids, catalogue aliases). */
  aliases: string[];
  /** Name keys (names.ts) the reference matcher looks for. */
  names: string[];
  urls: string[];
  source: string | null;
  sha1: string | null;
  /** Similarity (0-100) a text must reach to be identified as this license by the dice matcher. */
  threshold: number | null;
  variants: StoredVariant[];
  near: StoredNear[];
}

export interface FingerprintFile {
  format: "model-provenance-fingerprints/1";
  normalisation: string[];
  sources: string[];
  bigramSample: number;
  vocabulary: string;
  licenses: StoredLicense[];
}
