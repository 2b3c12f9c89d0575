// The fingerprint index: rules/licenses/fingerprints.json decoded into typed arrays and lookup maps,
// loaded once on first use.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeSorted } from "./codec.js";
import { nameKey } from "./names.js";
import { fnv1a, NORMALISATION_STEPS } from "./normalise.js";
import type { FingerprintFile, LicenseKind, StoredLicense } from "./types.js";

/** Words (by frequency rank) kept as bit masks rather than posting lists. */
export const FREQUENT_WORDS = 512;
export const MASK_WORDS = FREQUENT_WORDS / 32;

export const DEFAULT_FINGERPRINTS = fileURLToPath(new URL("../../rules/licenses/fingerprints.json", import.meta.url));

export interface Variant {
  name: string;
  /** Index of the variant's license in FingerprintIndex.licenses. */
  license: number;
  wordCount: number;
  uniqueWords: number;
  /** Vocabulary ids of the variant's distinct words (full variants); words of the full text it lacks (trims). */
  words: Uint32Array;
  isTrim: boolean;
  /** Bottom-k sample of the variant's distinct bigram hashes. */
  bigrams: Uint32Array;
  bigramCount: number;
  /** Position in FingerprintIndex.variants (and in its masks). */
  slot: number;
}

export interface NearDuplicate {
  /** Index of the other license. */
  other: number;
  /** Sample of bigram hashes this license has and the other lacks. */
  own: Uint32Array;
  ownCount: number;
}

export interface License {
  index: number;
  key: string;
  spdx: string | null;
  hub: string | null;
  scancode: string | null;
  name: string;
  kind: LicenseKind | null;
  version: string | null;
  aliases: readonly string[];
  source: string | null;
  threshold: number;
  /** [0] is the full text; the others are trims. Empty for catalogue entries without a text. */
  variants: Variant[];
  near: NearDuplicate[];
}

export class FingerprintIndex {
  readonly licenses: License[] = [];
  /** All variants of all licenses, full texts first within each license. */
  readonly variants: Variant[] = [];
  readonly vocabulary: Map<string, number>;
  readonly byHash = new Map<string, Variant>();
  /** Lower-cased ids, aliases, names and URLs → license index. */
  readonly lookup = new Map<string, number>();
  /** Name key → license index, for the reference matcher; first token → keys starting with it. */
  readonly nameKeys = new Map<string, number>();
  readonly nameKeysByFirstToken = new Map<string, string[][]>();
  readonly maxNameKeyLength: number;
  /** Vocabulary ids by the FNV-1a hash of the word (what the tokenizer computes anyway). */
  readonly vocabularyByHash = new Map<number, number>();
  /**
   * Word sets for a fast overlap count: the FREQUENT_WORDS most frequent words (ids below it) as a
   * bit mask per variant (MASK_WORDS 32-bit words each), the others as posting lists (word → variants).
   */
  readonly masks: Uint32Array;
  readonly postingStart: Uint32Array;
  readonly postings: Uint16Array;

  constructor(file: FingerprintFile) {
    if (file.format !== "model-provenance-fingerprints/1") throw new Error(`unknown fingerprint format ${String(file.format)}`);
    const steps = NORMALISATION_STEPS.map((s) => s.name).join(",");
    if (file.normalisation.join(",") !== steps) {
      throw new Error("fingerprints.json was built with other normalisation steps: run npm run build:fingerprints");
    }
    const words = file.vocabulary.split(" ");
    this.vocabulary = new Map();
    for (let i = 0; i < words.length; i++) this.vocabulary.set(words[i]!, i);
    const keyIndex = new Map<string, number>();
    file.licenses.forEach((l, i) => keyIndex.set(l.key, i));
    let maxLen = 0;
    file.licenses.forEach((s: StoredLicense, index) => {
      const license: License = {
        index,
        key: s.key,
        spdx: s.spdx,
        hub: s.hub,
        scancode: s.scancode,
        name: s.name,
        kind: s.kind,
        version: s.version,
        aliases: s.aliases,
        source: s.source,
        threshold: s.threshold ?? 100,
        variants: [],
        near: s.near.map((n) => ({ other: keyIndex.get(n.key) ?? -1, own: decodeSorted(n.own), ownCount: n.ownCount })),
      };
      for (const v of s.variants) {
        const isTrim = v.words === undefined;
        const variant: Variant = {
          name: v.name,
          license: index,
          wordCount: v.wordCount,
          uniqueWords: v.uniqueWords,
          words: decodeSorted(v.words ?? v.dropWords ?? ""),
          isTrim,
          bigrams: decodeSorted(v.bigrams),
          bigramCount: v.bigramCount,
          slot: -1,
        };
        license.variants.push(variant);
        this.variants.push(variant);
        if (!this.byHash.has(v.sha256)) this.byHash.set(v.sha256, variant);
      }
      this.licenses.push(license);
      const put = (k: string) => {
        const lower = k.toLowerCase();
        if (lower && !this.lookup.has(lower)) this.lookup.set(lower, index);
      };
      for (const k of [s.key, s.hub, s.spdx, s.scancode, ...s.aliases]) if (k) put(k);
      for (const u of s.urls) put(canonicalUrl(u));
      if (s.spdx) put(canonicalUrl(`https://spdx.org/licenses/${s.spdx}.html`));
      for (const n of s.names) {
        this.nameKeys.set(n, index);
        const tokens = n.split(" ");
        maxLen = Math.max(maxLen, tokens.length);
        const first = tokens[0]!;
        const list = this.nameKeysByFirstToken.get(first) ?? [];
        list.push(tokens);
        this.nameKeysByFirstToken.set(first, list);
      }
    });
    this.maxNameKeyLength = maxLen;
    for (let i = 0; i < words.length; i++) {
      const h = fnv1a(words[i]!);
      if (!this.vocabularyByHash.has(h)) this.vocabularyByHash.set(h, i);
    }
    // Overlap structures.
    this.masks = new Uint32Array(this.variants.length * MASK_WORDS);
    const rare = Math.max(0, words.length - FREQUENT_WORDS);
    const counts = new Uint32Array(rare + 1);
    this.variants.forEach((v, slot) => {
      v.slot = slot;
      for (const w of v.words) {
        if (w < FREQUENT_WORDS) this.masks[slot * MASK_WORDS + (w >>> 5)]! |= 1 << (w & 31);
        else counts[w - FREQUENT_WORDS]!++;
      }
    });
    this.postingStart = new Uint32Array(rare + 1);
    let total = 0;
    for (let r = 0; r < rare; r++) {
      this.postingStart[r] = total;
      total += counts[r]!;
    }
    this.postingStart[rare] = total;
    this.postings = new Uint16Array(total);
    const fill = this.postingStart.slice();
    this.variants.forEach((v, slot) => {
      for (const w of v.words) if (w >= FREQUENT_WORDS) this.postings[fill[w - FREQUENT_WORDS]!++] = slot;
    });
  }

  get(key: string): License | undefined {
    const i = this.lookup.get(key.toLowerCase());
    return i === undefined ? undefined : this.licenses[i];
  }

  /**
   * Resolves an id, alias, license URL or license name (as written in a model card's `license`,
   * `license_name` or `license_link`) to a license.
   */
  resolve(ref: string): License | undefined {
    const r = ref.trim();
    if (!r) return undefined;
    const direct = this.get(r) ?? this.get(canonicalUrl(r));
    if (direct) return direct;
    const spdxUrl = /spdx\.org\/licenses\/([^/?#]+?)(?:\.html|\.txt|\.json)?$/i.exec(r);
    if (spdxUrl?.[1]) return this.get(spdxUrl[1]);
    const byName = this.nameKeys.get(nameKey(r));
    return byName === undefined ? undefined : this.licenses[byName];
  }
}

/** A URL without scheme, "www.", trailing slash or a .html/.txt/.php suffix, lower-cased. */
export function canonicalUrl(u: string): string {
  return u
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "")
    .replace(/\.(?:html?|txt|php|md)$/, "");
}

let cached: { path: string; index: FingerprintIndex } | undefined;

/** The fingerprint index, read from `file` (default rules/licenses/fingerprints.json) on first use. */
export function fingerprintIndex(file: string = DEFAULT_FINGERPRINTS): FingerprintIndex {
  if (cached?.path === file) return cached.index;
  const index = new FingerprintIndex(JSON.parse(readFileSync(file, "utf8")) as FingerprintFile);
  cached = { path: file, index };
  return index;
}

/** Forgets the loaded index (tests; after rebuilding the file). */
export function resetFingerprintIndex(): void {
  cached = undefined;
}
