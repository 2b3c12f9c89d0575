// The fingerprint index: rules/licenses/fingerprints.json turned into typed arrays and lookup maps,
// loaded once on first use. The bulk (word sets, bigram samples) is stored as base64 typed arrays that
// decode natively; id/name lookups are built on first use and near-duplicate samples when a tie needs
// them, so loading does little more than JSON.parse.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeSorted } from "./codec.js";
import { nameKey } from "./names.js";
import { NORMALISATION_STEPS } from "./normalise.js";
import type { FingerprintFile, StoredLicense } from "./types.js";

/** Words (by frequency rank) kept as bit masks rather than posting lists. */
export const FREQUENT_WORDS = 512;
export const MASK_WORDS = FREQUENT_WORDS / 32;

export const DEFAULT_FINGERPRINTS = fileURLToPath(new URL("../../rules/licenses/fingerprints.json", import.meta.url));

export interface Variant {
  name: string;
  /** Index of the variant's license in FingerprintIndex.licenses. */
  license: number;
  /** Position in FingerprintIndex.variants, and its slot in the overlap index and samples. */
  slot: number;
  wordCount: number;
  uniqueWords: number;
  /** True for trims and merged texts: their slot holds the full text's words they lack. */
  isTrim: boolean;
  /** Range of its bottom-k bigram sample in FingerprintIndex.samples. */
  sampleFrom: number;
  sampleTo: number;
  bigramCount: number;
}

export interface NearDuplicate {
  /** Index of the other license. */
  other: number;
  /** Number of bigrams this license has (in all its variants) and the other lacks. */
  ownCount: number;
  /** A sample of those bigrams, decoded on first use. */
  readonly own: Uint32Array;
}

/** A stored license as loaded: the same identity fields, with decoded variants and a resolved threshold. */
export interface License extends Pick<StoredLicense, "key" | "spdx" | "hub" | "scancode" | "name" | "kind" | "version" | "deprecated" | "source"> {
  index: number;
  aliases: readonly string[];
  threshold: number;
  /** The reference's own title says it is modified or based on another license (verify.ts). */
  titleModified: boolean;
  /** [0] is the full text; the others are trims and merged texts. Empty for catalogue entries without a text. */
  variants: Variant[];
  near: NearDuplicate[];
}

class LazyNearDuplicate implements NearDuplicate {
  private decoded: Uint32Array | undefined;
  constructor(
    readonly other: number,
    readonly ownCount: number,
    private readonly encoded: string,
  ) {}
  get own(): Uint32Array {
    return (this.decoded ??= decodeSorted(this.encoded));
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A base64 little-endian typed array from fingerprints.json, decoded natively (no per-element work on little-endian hosts). */
function typed<T extends Uint16Array | Uint32Array>(b64: string, Type: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number }): T {
  const bytes = Buffer.from(b64, "base64");
  const size = Type.BYTES_PER_ELEMENT;
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  const out = new Type(buffer, 0, bytes.length / size);
  if (!LITTLE_ENDIAN) {
    const view = new DataView(buffer);
    for (let i = 0; i < out.length; i++) out[i] = size === 2 ? view.getUint16(2 * i, true) : view.getUint32(4 * i, true);
  }
  return out;
}

export class FingerprintIndex {
  readonly licenses: License[] = [];
  /** All variants of all licenses, full texts first within each license. */
  readonly variants: Variant[] = [];
  /** FNV-1a hashes of the vocabulary words, ascending, and the word id of each (see wordId). */
  readonly vocabularyHashes: Uint32Array;
  readonly vocabularyIds: Uint16Array;
  readonly vocabularySize: number;
  /** Exact fingerprints: SHA-256 of a variant's normalised text → variant. */
  readonly byHash = new Map<string, Variant>();
  private readonly file: FingerprintFile;
  private names: { lookup: Map<string, number>; nameKeys: Map<string, number>; byFirstToken: Map<string, string[][]> } | undefined;
  private words: { keys: Uint32Array; ids: Int32Array; mask: number } | undefined;
  private readonly exactLengths = new Set<number>();
  /** Bigram samples of all variants, back to back (variant i: sampleStart[i] .. sampleStart[i + 1]). */
  readonly samples: Uint32Array;
  readonly sampleStart: Uint32Array;
  /**
   * Word sets for a fast overlap count: the FREQUENT_WORDS most frequent words (ids below it) as a
   * bit mask per variant (MASK_WORDS 32-bit words each), the others as posting lists (word → variants).
   */
  readonly masks: Uint32Array;
  readonly postingStart: Uint32Array;
  readonly postings: Uint16Array;
  /** Chunk digests of all variants in text order (variant slot i: chunkStart[i] .. chunkStart[i + 1]), and their info bytes. */
  readonly chunkStart: Uint32Array;
  readonly chunks: Uint32Array;
  readonly chunkInfo: Uint8Array;
  readonly chunkOps: Uint32Array;

  constructor(file: FingerprintFile) {
    if (file.format !== "model-provenance-fingerprints/1") throw new Error(`unknown fingerprint format ${String(file.format)}`);
    const steps = NORMALISATION_STEPS.map((s) => s.name).join(",");
    if (file.normalisation.join(",") !== steps) {
      throw new Error("fingerprints.json was built with other normalisation steps: run npm run build:fingerprints");
    }
    const ix = file.index;
    this.vocabularyHashes = typed(ix.vocabularyHashes, Uint32Array);
    this.vocabularyIds = typed(ix.vocabularyIds, Uint16Array);
    this.vocabularySize = this.vocabularyIds.length;
    this.masks = typed(ix.masks, Uint32Array);
    this.postingStart = typed(ix.postingStart, Uint32Array);
    this.postings = typed(ix.postings, Uint16Array);
    this.sampleStart = typed(ix.sampleStart, Uint32Array);
    this.samples = typed(ix.samples, Uint32Array);
    this.chunkStart = typed(ix.chunkStart, Uint32Array);
    this.chunks = typed(ix.chunks, Uint32Array);
    this.chunkInfo = new Uint8Array(Buffer.from(ix.chunkInfo, "base64"));
    this.chunkOps = typed(ix.chunkOps, Uint32Array);
    const keyIndex = new Map<string, number>();
    file.licenses.forEach((l, i) => keyIndex.set(l.key, i));

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
        deprecated: s.deprecated,
        source: s.source,
        threshold: s.threshold ?? 100,
        titleModified: s.titleModified === true,
        variants: [],
        near: s.near.map(([key, ownCount, own]) => new LazyNearDuplicate(keyIndex.get(key) ?? -1, ownCount, own)),
      };
      for (const v of s.variants) {
        const slot = this.variants.length;
        const variant: Variant = {
          name: v.name,
          license: index,
          slot,
          wordCount: v.wordCount,
          uniqueWords: v.uniqueWords,
          isTrim: v.name !== "full",
          sampleFrom: this.sampleStart[slot]!,
          sampleTo: this.sampleStart[slot + 1]!,
          bigramCount: v.bigramCount,
        };
        license.variants.push(variant);
        this.variants.push(variant);
        if (!this.byHash.has(v.sha256)) this.byHash.set(v.sha256, variant);
        this.exactLengths.add(v.wordCount);
      }
      this.licenses.push(license);
    });
    this.file = file;

    if (
      this.masks.length !== this.variants.length * MASK_WORDS ||
      this.sampleStart.length !== this.variants.length + 1 ||
      this.chunkStart.length !== this.variants.length + 1 ||
      this.chunkInfo.length !== this.chunks.length ||
      this.chunkOps.length !== this.chunks.length
    ) {
      throw new Error("fingerprints.json: the index does not match the licenses; run npm run build:fingerprints");
    }
  }

  /** Ids, aliases, ScanCode keys and URLs (lower-cased) and name keys → license index; built on first use. */
  private nameIndex() {
    if (this.names) return this.names;
    const lookup = new Map<string, number>();
    const nameKeys = new Map<string, number>();
    const byFirstToken = new Map<string, string[][]>();
    this.file.licenses.forEach((s, index) => {
      const put = (k: string) => {
        const lower = k.toLowerCase();
        if (lower && !lookup.has(lower)) lookup.set(lower, index);
      };
      for (const k of [s.key, s.hub, s.spdx, s.scancode, ...s.aliases, ...s.urls]) if (k) put(k);
      for (const n of s.names) {
        nameKeys.set(n, index);
        const tokens = n.split(" ");
        const list = byFirstToken.get(tokens[0]!);
        if (list) list.push(tokens);
        else byFirstToken.set(tokens[0]!, [tokens]);
      }
    });
    return (this.names = { lookup, nameKeys, byFirstToken });
  }

  /** Name key → license index, for the reference matcher. */
  get nameKeys(): ReadonlyMap<string, number> {
    return this.nameIndex().nameKeys;
  }

  /** First token of a name key → the keys starting with it (as token lists). */
  get nameKeysByFirstToken(): ReadonlyMap<string, string[][]> {
    return this.nameIndex().byFirstToken;
  }

  /** The vocabulary id of a word, given its FNV-1a hash; -1 when the word is in no reference text. */
  wordId(hash: number): number {
    const t = (this.words ??= this.wordTable());
    let i = (Math.imul(hash, 0x9e3779b1) >>> 0) & t.mask;
    for (;;) {
      const id = t.ids[i]!;
      if (id < 0 || t.keys[i] === hash) return id;
      i = (i + 1) & t.mask;
    }
  }

  /** Word hash → id as an open-addressing table, built on first use: a probe or two per input word, where a binary search took fourteen. */
  private wordTable(): { keys: Uint32Array; ids: Int32Array; mask: number } {
    let cap = 16;
    while (cap < this.vocabularySize * 2) cap <<= 1;
    const keys = new Uint32Array(cap);
    const ids = new Int32Array(cap).fill(-1);
    const mask = cap - 1;
    for (let k = 0; k < this.vocabularySize; k++) {
      const h = this.vocabularyHashes[k]!;
      let i = (Math.imul(h, 0x9e3779b1) >>> 0) & mask;
      while (ids[i]! >= 0) i = (i + 1) & mask;
      keys[i] = h;
      ids[i] = this.vocabularyIds[k]!;
    }
    return { keys, ids, mask };
  }

  /** Whether some variant has this many words: an input of another length cannot match one exactly (no hash needed). */
  hasExactLength(words: number): boolean {
    return this.exactLengths.has(words);
  }

  /** The word ids a variant's slot holds (tests and inspection; matching reads the masks and postings). */
  slotWords(variant: Variant): number[] {
    const out: number[] = [];
    for (let id = 0; id < Math.min(FREQUENT_WORDS, this.vocabularySize); id++) {
      if (this.masks[variant.slot * MASK_WORDS + (id >>> 5)]! & (1 << (id & 31))) out.push(id);
    }
    for (let r = 0; r + FREQUENT_WORDS < this.vocabularySize; r++) {
      for (let k = this.postingStart[r]!; k < this.postingStart[r + 1]!; k++) if (this.postings[k] === variant.slot) out.push(r + FREQUENT_WORDS);
    }
    return out;
  }

  /** Whether a full text's word set holds a word (by vocabulary id); use a license's variants[0]. */
  hasWord(variant: Variant, id: number): boolean {
    if (id < 0) return false;
    if (id < FREQUENT_WORDS) return (this.masks[variant.slot * MASK_WORDS + (id >>> 5)]! & (1 << (id & 31))) !== 0;
    const r = id - FREQUENT_WORDS;
    for (let k = this.postingStart[r]!, end = this.postingStart[r + 1]!; k < end; k++) if (this.postings[k] === variant.slot) return true;
    return false;
  }

  /** A variant's chunk digests and info bytes (views, no copy). */
  chunksOf(variant: Variant): { digests: Uint32Array; info: Uint8Array; ops: Uint32Array } {
    const from = this.chunkStart[variant.slot]!;
    const to = this.chunkStart[variant.slot + 1]!;
    return { digests: this.chunks.subarray(from, to), info: this.chunkInfo.subarray(from, to), ops: this.chunkOps.subarray(from, to) };
  }

  get(key: string): License | undefined {
    const i = this.nameIndex().lookup.get(key.toLowerCase());
    return i === undefined ? undefined : this.licenses[i];
  }

  /**
   * Resolves an id, alias, license URL or license name (as written in a model card's `license`,
   * `license_name` or `license_link`) to a license.
   */
  resolve(ref: string): License | undefined {
    // No id, name or URL is longer; bounding the input keeps the URL patterns below linear.
    const r = ref.trim().slice(0, 500);
    if (!r) return undefined;
    const direct = this.get(r) ?? this.get(canonicalUrl(r));
    if (direct) return direct;
    const spdxUrl = /spdx\.org\/licenses\/([^/?#]+?)(?:\.html|\.txt|\.json)?$/i.exec(r);
    if (spdxUrl?.[1]) return this.get(spdxUrl[1]);
    const byName = this.nameKeys.get(nameKey(r));
    return byName === undefined ? undefined : this.licenses[byName];
  }
}

/** A URL without scheme, "www.", query, trailing slash or a .html/.txt/.php/.md suffix, lower-cased. */
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
