// Types of the license identification component: the result of identifyLicense and the format of
// rules/licenses/fingerprints.json.
import type { LicenseSubject } from "../facts/types.js";

export const MATCHERS = ["exact", "declared", "dice", "reference", "none"] as const;
export type MatcherName = (typeof MATCHERS)[number];

/**
 * What the text is: a license we know (`known`, with its id), a license we do not know or a modified
 * known one (`other`, with the closest licenses and, when it is a modified copy, what it derives from),
 * or not a license at all (`none`).
 */
export type Outcome = "known" | "other" | "none";

/** A passage where the text differs from the reference it was compared with. */
export interface Passage {
  kind: "inserted" | "deleted" | "changed";
  /** Lines of the input holding it (for a deletion: the line where the reference's text is missing). */
  lines: { from: number; to: number };
  /** Words of the input in it, and of the reference it replaces. */
  words: number;
  referenceWords: number;
  /** Substantive: it can change what is granted or forbidden; editorial: it cannot. */
  effect: "substantive" | "editorial";
  /** The input's first normalised words of the passage. */
  excerpt: string;
}

/** A modified copy of a known license: what it derives from and where it differs. */
export interface Derivation {
  id: string;
  name: string;
  /** Share (0-100) of the reference's text found unchanged. */
  unchanged: number;
  reasons: string[];
  passages: Passage[];
}

/** What a license block or notice says the license covers; "unknown" when it does not say. */
export type Coverage = LicenseSubject;

/** One license of a file that holds several (segment.ts), with its lines. */
export interface LicenseBlock {
  /** A license text, or the acceptable-use policy that is part of the license before it (Llama's). */
  kind: "license" | "acceptable-use-policy";
  /** 1-based, inclusive. */
  lines: { from: number; to: number };
  outcome: Outcome;
  id: string | null;
  spdx: string | null;
  name: string | null;
  confidence: number;
  /** From the block's heading ("Model weights", "Code license"), else weights for a model license. */
  covers: Coverage;
  /** For a modified copy: the license it derives from. */
  derivedFrom?: string;
}

/** A short notice naming a license rather than its text: an ASF source header, an SPDX line, a sentence. */
export interface Notice {
  form: "header" | "spdx-identifier" | "statement";
  /** What the notice says the license covers: "the weights are released under X" → weights. */
  covers: Coverage;
  /** 1-based line of the notice's sentence or identifier. */
  line: number;
}

export interface RunnerUp {
  id: string;
  confidence: number;
}

export interface Identification {
  outcome: Outcome;
  /** Hugging Face Hub license id where the Hub has one, else the SPDX id; null unless the outcome is `known`. */
  id: string | null;
  spdx: string | null;
  name: string | null;
  /** 0-100. 100 only for an exact match of the normalised text; 0 when unrecognized. */
  confidence: number;
  matcher: MatcherName;
  /** The closest other candidates, best first (at most 3). For an unrecognized text, the closest licenses. */
  runnersUp: RunnerUp[];
  status: "identified" | "unrecognized";
  /** For a modified copy of a known license (outcome `other`): what it derives from and how it differs. */
  derivedFrom?: Derivation;
  /** Passages that differ from the reference without changing its terms (outcome `known`). */
  editorial?: Passage[];
  /** When the file holds several licenses: each block, in text order; the result above is the one about the weights, else the first. */
  blocks?: LicenseBlock[];
  /** When the text is a notice of the license (matcher reference, or an SPDX line), not its text. */
  notice?: Notice;
  /** Why, in a few words, when there is more to say than the matcher (trimmed text, contradiction, ambiguity). */
  note?: string;
}

/** What a license was written for, from the catalogue (rules/licenses); null when the catalogue has no entry. */
export type LicenseKind = "model" | "software" | "content" | "data" | "public-domain" | "family" | "placeholder";

/**
 * One reference text (a license's full text, a trim, or a merged deprecated text) as stored in
 * fingerprints.json. Its word set and bigram sample live in the shared StoredIndex under its slot: the
 * position of the variant when all licenses' variants are listed in file order.
 */
export interface StoredVariant {
  /** "full", a trim ("without-end-matter", ...), or "text-of-<deprecated id>". */
  name: string;
  /** SHA-256 of the normalised text (tokens joined by single spaces): the exact fingerprint. */
  sha256: string;
  wordCount: number;
  /** Distinct words (for other variants: distinct words they share with the full text). */
  uniqueWords: number;
  bigramCount: number;
}

/**
 * The word sets and bigram samples of all variants, as base64 little-endian typed arrays so that
 * loading needs no per-element work. Word ids index `vocabulary` (ordered by how many licenses use the
 * word). A full variant's slot holds its distinct words; any other variant's slot holds the full text's
 * words it lacks, so its overlap with an input is the full one's minus its slot's.
 */
export interface StoredIndex {
  /** Uint32: FNV-1a hashes of the vocabulary words, ascending. */
  vocabularyHashes: string;
  /** Uint16: the word id of each hash in vocabularyHashes. */
  vocabularyIds: string;
  /** Uint32, 16 per slot: bit mask of the slot's words among the 512 most frequent (ids 0-511). */
  masks: string;
  /** Uint32: start of each other word's posting list in `postings` (word id - 512), plus the end. */
  postingStart: string;
  /** Uint16: slots holding each word, word after word. */
  postings: string;
  /** Uint32: start of each slot's bigram sample in `samples`, plus the end. */
  sampleStart: string;
  /** Uint32: bottom-k samples of each variant's distinct 24-bit bigram hashes, ascending. */
  samples: string;
  /** Uint32: start of each variant's chunk digests in `chunks`, plus the end. */
  chunkStart: string;
  /** Uint32: digests of each variant's content-defined chunks in text order (chunks.ts): not the words. */
  chunks: string;
  /** Uint32 per chunk: sum of its operative words' hashes, an unordered multiset digest (chunks.ts). */
  chunkOps: string;
  /** Uint8 per chunk: word count and flags (operative, variable), see chunks.ts. */
  chunkInfo: string;
}

/**
 * A near-duplicate license, as [key of the other license, number of bigrams this license has in all
 * its variants and the other lacks (its distinguishing tokens), a sample of those bigram hashes].
 */
export type StoredNear = [key: string, ownCount: number, own: string];

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
  /** True when the key is an SPDX id the SPDX list deprecates and no current id has (nearly) the same text. */
  deprecated: boolean;
  /** Name keys (names.ts) the reference matcher looks for. */
  names: string[];
  /** License URLs in canonical form (fingerprints.ts canonicalUrl): no scheme, www., query, slash or suffix. */
  urls: string[];
  source: string | null;
  /** Similarity (0-100) a text must reach to be identified as this license by the dice matcher. */
  threshold: number | null;
  variants: StoredVariant[];
  near: StoredNear[];
  /** Present (true) when the reference's own title says it is modified or based on another license. */
  titleModified?: true;
}

export interface FingerprintFile {
  format: "model-provenance-fingerprints/1";
  normalisation: string[];
  sources: string[];
  bigramSample: number;
  /** Every word of the reference texts, space-separated, most widely used first; ids are positions. */
  vocabulary: string;
  index: StoredIndex;
  licenses: StoredLicense[];
}
