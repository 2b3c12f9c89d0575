// Builds rules/licenses/fingerprints.json from the reference texts: every SPDX license text (npm
// `spdx-license-list`), the model licenses SPDX lacks (../shared/licenses), joined to the license
// catalogue (rules/licenses/*.yaml) for Hub ids, ScanCode keys, kinds and names. Everything the
// matchers need is computed here, so identification at run time only normalises its input and compares.
// Used by scripts/build-fingerprints.ts and by the test that keeps the committed file fresh.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parse as parseYamlText } from "yaml";
import { loadKnowledgeBase } from "../kb/load.js";
import { chunkTokens, type Chunks } from "./chunks.js";
import { encodeSorted } from "./codec.js";
import { canonicalUrl, FREQUENT_WORDS, MASK_WORDS } from "./fingerprints.js";
import { nameKey } from "./names.js";
import { modifiedTitle } from "./verify.js";
import { bigramSet, fnv1a, normalise, NORMALISATION_STEPS } from "./normalise.js";
import type { FingerprintFile, LicenseKind, StoredIndex, StoredLicense, StoredNear, StoredVariant } from "./types.js";

/** Size of the bottom-k bigram sample stored per variant. */
export const BIGRAM_SAMPLE = 48;
/** Word-set Dice (0-1) at or above which two licenses are near duplicates and get distinguishing tokens. */
export const NEAR_DICE = 0.8;
/** Share of a shorter text's distinct words found in a longer one that makes the two near duplicates too. */
export const NEAR_CONTAINED = 0.95;
export const NEAR_CONTAINED_MIN_WORDS = 10;
/** Word-set Dice at or above which a deprecated SPDX id's text is merged into a current id's. */
export const DEPRECATED_MERGE_DICE = 0.98;
/** Size of the sample of distinguishing bigrams stored per near-duplicate pair. */
export const NEAR_SAMPLE = 16;

/**
 * SPDX ids the SPDX License List marks deprecated. Their texts duplicate (or nearly duplicate) a current
 * id; when normalised texts are identical the current id is preferred and the deprecated one becomes an alias.
 */
export const DEPRECATED_SPDX_IDS: ReadonlySet<string> = new Set([
  "AGPL-1.0",
  "AGPL-3.0",
  "BSD-2-Clause-FreeBSD",
  "BSD-2-Clause-NetBSD",
  "bzip2-1.0.5",
  "eCos-2.0",
  "GFDL-1.1",
  "GFDL-1.2",
  "GFDL-1.3",
  "GPL-1.0",
  "GPL-1.0+",
  "GPL-2.0",
  "GPL-2.0+",
  "GPL-2.0-with-autoconf-exception",
  "GPL-2.0-with-bison-exception",
  "GPL-2.0-with-classpath-exception",
  "GPL-2.0-with-font-exception",
  "GPL-2.0-with-GCC-exception",
  "GPL-3.0",
  "GPL-3.0+",
  "GPL-3.0-with-autoconf-exception",
  "GPL-3.0-with-GCC-exception",
  "LGPL-2.0",
  "LGPL-2.0+",
  "LGPL-2.1",
  "LGPL-2.1+",
  "LGPL-3.0",
  "LGPL-3.0+",
  "Net-SNMP",
  "Nunit",
  "StandardML-NJ",
  "wxWindows",
]);

/**
 * Trailing parts people often leave out of a license file. For each, a trimmed variant of the reference
 * is fingerprinted too. `at` finds the line where the trim starts (the last match in the second half of
 * the text); `keep` keeps that line in the trimmed text.
 */
export const TRIMS: readonly { name: string; at: RegExp; keep: boolean }[] = [
  { name: "without-end-matter", at: /^[ \t*#]*end of terms and conditions\.?[ \t*]*$/gim, keep: true },
  { name: "without-attachment-a", at: /^[ \t*#]*attachment a\b[^\n]{0,40}$/gim, keep: false },
  { name: "without-acceptable-use-policy", at: /^[ \t*#]*(?:[\w.]+ ){0,4}acceptable use policy[ \t*]*$/gim, keep: false },
  { name: "without-cc-notice", at: /^[ \t*#]*creative commons is not a party to its public licenses/gim, keep: false },
];

/** A catalogue entry (rules/licenses/<id>.yaml), the fields the build reads. */
export interface CatalogueEntry {
  id: string;
  name: string;
  spdx: string | null;
  scancode?: string | undefined;
  kind: LicenseKind;
  version?: string | undefined;
  aliases: string[];
}

export interface ReferenceText {
  /** SPDX id (SPDX texts) or Hub id (shared model licenses). */
  id: string;
  spdx: string | null;
  hub: string | null;
  name: string;
  url: string | null;
  source: string;
  text: string;
  /** Shared model licenses come second in the tie-break for a group's canonical id. */
  origin: "spdx" | "shared";
}

export interface BuildInputs {
  texts: ReferenceText[];
  catalogue: CatalogueEntry[];
  sources: string[];
}

interface SharedManifestEntry {
  file: string;
  hub_id: string;
  spdx: string | null;
  source: { repo: string; path: string; commit: string };
}

interface SpdxFullEntry {
  name: string;
  url: string;
  osiApproved: boolean;
  licenseText: string;
}

/** Reads the catalogue: through the knowledge base when it loads, else straight from the YAML files. */
export function loadCatalogue(rulesDir: string): { entries: CatalogueEntry[]; via: "kb" | "yaml"; problem?: string } {
  try {
    const kb = loadKnowledgeBase(rulesDir);
    return { entries: [...kb.licenses.values()].map(toCatalogueEntry), via: "kb" };
  } catch (e) {
    const dir = path.join(rulesDir, "licenses");
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".yaml")).sort();
    } catch {
      names = [];
    }
    const entries: CatalogueEntry[] = [];
    for (const n of names) {
      let value: unknown;
      try {
        value = parseYamlText(readFileSync(path.join(dir, n), "utf8"));
      } catch {
        continue;
      }
      const entry = looseCatalogueEntry(value);
      if (entry) entries.push(entry);
    }
    const problem = e instanceof Error ? (e.message.split("\n")[0] ?? e.message) : String(e);
    return { entries, via: "yaml", problem };
  }
}

function toCatalogueEntry(e: CatalogueEntry): CatalogueEntry {
  return { id: e.id, name: e.name, spdx: e.spdx, scancode: e.scancode, kind: e.kind, version: e.version, aliases: [...e.aliases] };
}

const KINDS: readonly LicenseKind[] = ["model", "software", "content", "data", "public-domain", "family", "placeholder"];

function looseCatalogueEntry(v: unknown): CatalogueEntry | null {
  if (typeof v !== "object" || v === null) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.id !== "string" || typeof o.name !== "string") return null;
  const str = (x: unknown) => (typeof x === "string" ? x : undefined);
  const kind = KINDS.find((k) => k === o.kind) ?? "software";
  const version = typeof o.version === "number" ? String(o.version) : str(o.version);
  return {
    id: o.id,
    name: o.name,
    spdx: str(o.spdx) ?? null,
    scancode: str(o.scancode),
    kind,
    version,
    aliases: Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === "string") : [],
  };
}

/** Gathers the reference texts and the catalogue. `sharedDir` defaults to ../shared/licenses next to the repository. */
export function loadBuildInputs(opts: { sharedDir: string; rulesDir: string }): BuildInputs & { catalogueVia: string } {
  const require = createRequire(import.meta.url);
  const spdx = require("spdx-license-list/full") as Record<string, SpdxFullEntry>;
  const spdxVersion = (require("spdx-license-list/package.json") as { version: string }).version;
  const spdxSource = `spdx-license-list@${spdxVersion}`;
  const texts: ReferenceText[] = [];
  for (const id of Object.keys(spdx).sort()) {
    const e = spdx[id]!;
    texts.push({ id, spdx: id, hub: null, name: e.name, url: e.url || null, source: spdxSource, text: e.licenseText, origin: "spdx" });
  }
  const manifest = JSON.parse(readFileSync(path.join(opts.sharedDir, "manifest.json"), "utf8")) as SharedManifestEntry[];
  for (const m of [...manifest].sort((a, b) => compare(a.hub_id, b.hub_id))) {
    texts.push({
      id: m.hub_id,
      spdx: m.spdx,
      hub: m.hub_id,
      name: m.hub_id,
      url: null,
      source: `${m.source.repo}/${m.source.path}@${m.source.commit}`,
      text: readFileSync(path.join(opts.sharedDir, m.file), "utf8"),
      origin: "shared",
    });
  }
  const catalogue = loadCatalogue(opts.rulesDir);
  return {
    texts,
    catalogue: catalogue.entries,
    sources: [spdxSource, "shared/licenses/manifest.json", "rules/licenses/*.yaml"],
    catalogueVia: catalogue.via + (catalogue.problem ? ` (knowledge base did not load: ${catalogue.problem})` : ""),
  };
}

/** Code-unit order: deterministic whatever the locale (unlike localeCompare). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const sha = (algo: "sha256", s: string) => createHash(algo).update(s, "utf8").digest("hex");

interface Prepared {
  ref: ReferenceText;
  tokens: string[];
  hashes: Uint32Array;
  text: string;
  sha256: string;
}

interface Group {
  members: Prepared[];
  canonical: Prepared;
  entry: CatalogueEntry | null;
  /** Texts of deprecated ids merged into this group: fingerprinted as extra variants. */
  merged: Prepared[];
}


/** Sorts a group's members so the preferred canonical id comes first. */
function rankMembers(members: Prepared[], joined: (p: Prepared) => CatalogueEntry | null): Prepared[] {
  const score = (p: Prepared): [number, number, number, number, string] => [
    joined(p) ? 0 : 1,
    p.ref.origin === "shared" ? 0 : 1,
    p.ref.spdx && DEPRECATED_SPDX_IDS.has(p.ref.spdx) ? 1 : 0,
    p.ref.id.length,
    p.ref.id,
  ];
  return [...members].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) {
      const x = sa[i]!;
      const y = sb[i]!;
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}

function trimmedTexts(text: string): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const normalisedText = text.replace(/\r\n?/g, "\n");
  for (const trim of TRIMS) {
    let last: RegExpExecArray | null = null;
    trim.at.lastIndex = 0;
    for (let m = trim.at.exec(normalisedText); m; m = trim.at.exec(normalisedText)) last = m;
    if (!last || last.index < normalisedText.length / 2) continue;
    const cut = trim.keep ? last.index + last[0].length : last.index;
    out.push({ name: trim.name, text: normalisedText.slice(0, cut) });
  }
  return out;
}

function bottomK(values: Iterable<number>, k: number): number[] {
  return [...values].sort((a, b) => a - b).slice(0, k);
}

function intersectionSize(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const v of small) if (large.has(v)) n++;
  return n;
}

/** Version of a license: the catalogue's, else the last version-like part of its id. */
function versionOf(id: string, entry: CatalogueEntry | null): string | null {
  if (entry?.version) return entry.version;
  const m = /(\d+(?:\.\d+)*[a-z]?)(?!.*\d)/i.exec(id);
  return m?.[1] ?? null;
}

/**
 * Threshold for the dice matcher. Short texts need more: with few distinct words, an unrelated short
 * notice can share most of them.
 */
function thresholdFor(uniqueWords: number): number {
  if (uniqueWords < 40) return 95;
  if (uniqueWords < 100) return 92;
  return 90;
}

export function buildFingerprints(inputs: BuildInputs): FingerprintFile {
  const catalogue = [...inputs.catalogue].sort((a, b) => compare(a.id, b.id));
  const byId = new Map(catalogue.map((e) => [e.id.toLowerCase(), e]));
  const bySpdx = new Map<string, CatalogueEntry>();
  for (const e of catalogue) if (e.spdx && !bySpdx.has(e.spdx.toLowerCase())) bySpdx.set(e.spdx.toLowerCase(), e);
  const byAlias = new Map<string, CatalogueEntry>();
  for (const e of catalogue) for (const a of e.aliases) if (!byAlias.has(a.toLowerCase())) byAlias.set(a.toLowerCase(), e);

  /** The catalogue entry of a reference text: shared texts by Hub id, SPDX texts by the entry's spdx, then its aliases. */
  const joined = (p: Prepared): CatalogueEntry | null => {
    if (p.ref.hub) return byId.get(p.ref.hub.toLowerCase()) ?? null;
    const id = p.ref.id.toLowerCase();
    return bySpdx.get(id) ?? byAlias.get(id) ?? null;
  };

  // 1. Normalise and group identical normalised texts.
  const groupsByHash = new Map<string, Prepared[]>();
  for (const ref of inputs.texts) {
    const n = normalise(ref.text);
    const p: Prepared = { ref, tokens: n.tokens, hashes: n.hashes, text: n.text, sha256: sha("sha256", n.text) };
    const g = groupsByHash.get(p.sha256);
    if (g) g.push(p);
    else groupsByHash.set(p.sha256, [p]);
  }
  const groups: Group[] = [];
  const claimed = new Map<string, Group>();
  for (const members of groupsByHash.values()) {
    const ranked = rankMembers(members, joined);
    const canonical = ranked[0]!;
    groups.push({ members: ranked, canonical, entry: null, merged: [] });
  }
  // A deprecated id whose text differs from a current id's in a few words only (GPL-2.0+ lacks one
  // placeholder line of GPL-2.0-only) joins that group, so the two never compete; its text stays an
  // exact variant of the group.
  const isDeprecated = (g: Group) => g.canonical.ref.spdx !== null && DEPRECATED_SPDX_IDS.has(g.canonical.ref.spdx);
  const wordSets = new Map(groups.map((g) => [g, new Set(g.canonical.tokens)]));
  for (const g of groups.filter(isDeprecated)) {
    const mine = wordSets.get(g)!;
    let best: Group | null = null;
    let bestDice = 0;
    for (const c of groups) {
      if (c === g || isDeprecated(c)) continue;
      const theirs = wordSets.get(c)!;
      let common = 0;
      for (const w of mine) if (theirs.has(w)) common++;
      const dice = (2 * common) / (mine.size + theirs.size);
      if (dice > bestDice) {
        bestDice = dice;
        best = c;
      }
    }
    const lengthRatio = best ? g.canonical.tokens.length / best.canonical.tokens.length : 0;
    if (!best || bestDice < DEPRECATED_MERGE_DICE || lengthRatio < 0.98 || lengthRatio > 1.02) continue;
    best.members.push(...g.members);
    best.merged.push(g.canonical);
    groups.splice(groups.indexOf(g), 1);
  }
  // A catalogue entry goes to one group: the one whose member is named by the entry's spdx (or Hub id)
  // itself, else the best-ranked group whose member is one of its aliases.
  const candidatesFor = new Map<string, { group: Group; strength: number }[]>();
  for (const g of groups) {
    for (const m of g.members) {
      const e = joined(m);
      if (!e) continue;
      const strength = m.ref.hub ? 0 : e.spdx?.toLowerCase() === m.ref.id.toLowerCase() ? 1 : 2;
      const list = candidatesFor.get(e.id) ?? [];
      list.push({ group: g, strength });
      candidatesFor.set(e.id, list);
    }
  }
  for (const [id, list] of candidatesFor) {
    list.sort((a, b) => a.strength - b.strength || compare(a.group.canonical.ref.id, b.group.canonical.ref.id));
    const best = list[0]!;
    if (best.group.entry) continue;
    best.group.entry = byId.get(id) ?? null;
    claimed.set(id, best.group);
  }

  // 2. Variants (full + trims) and the shared vocabulary, ordered by document frequency.
  const built = groups.map((g) => {
    const variants: { name: string; tokens: string[]; hashes: Uint32Array; sha256: string }[] = [
      { name: "full", tokens: g.canonical.tokens, hashes: g.canonical.hashes, sha256: g.canonical.sha256 },
    ];
    for (const m of g.merged) variants.push({ name: `text-of-${m.ref.id}`, tokens: m.tokens, hashes: m.hashes, sha256: m.sha256 });
    for (const t of trimmedTexts(g.canonical.ref.text)) {
      const n = normalise(t.text);
      const dropped = 1 - n.tokens.length / g.canonical.tokens.length;
      if (dropped < 0.02 || n.tokens.length < 0.4 * g.canonical.tokens.length) continue;
      const sha256 = sha("sha256", n.text);
      if (variants.some((v) => v.sha256 === sha256)) continue;
      variants.push({ name: t.name, tokens: n.tokens, hashes: n.hashes, sha256 });
    }
    return { group: g, variants };
  });
  const df = new Map<string, number>();
  for (const b of built) for (const w of new Set(b.group.canonical.tokens)) df.set(w, (df.get(w) ?? 0) + 1);
  const vocabulary = [...df.keys()].sort((a, b) => df.get(b)! - df.get(a)! || compare(a, b));
  const vocabId = new Map(vocabulary.map((w, i) => [w, i]));

  const licenses: { stored: StoredLicense; wordSets: Set<number>[]; allBigrams: Set<number>; coreBigrams: Set<number> }[] = [];
  /** Per variant: the word ids its slot in the overlap index holds, and its bigram sample. */
  const slotData = new Map<StoredVariant, SlotData>();
  const seenKeys = new Set<string>();
  for (const b of built) {
    const g = b.group;
    const c = g.canonical;
    const entry = g.entry;
    const hub = entry?.id ?? c.ref.hub ?? null;
    let key = hub ?? c.ref.id;
    if (seenKeys.has(key)) key = c.ref.id;
    seenKeys.add(key);
    const variants: StoredVariant[] = [];
    let fullIds = new Set<number>();
    let fullBigrams = new Set<number>();
    const wordSets: Set<number>[] = [];
    const variantBigrams: Set<number>[] = [];
    for (const v of b.variants) {
      const ids = new Set(v.tokens.map((t) => vocabId.get(t)).filter((x): x is number => x !== undefined));
      const bigrams = bigramSet(v.hashes);
      const sample = bottomK(bigrams, BIGRAM_SAMPLE);
      wordSets.push(ids);
      variantBigrams.push(bigrams);
      if (v.name === "full") {
        fullIds = ids;
        fullBigrams = bigrams;
        const stored: StoredVariant = { name: v.name, sha256: v.sha256, wordCount: v.tokens.length, uniqueWords: ids.size, bigramCount: bigrams.size };
        variants.push(stored);
        slotData.set(stored, { words: [...ids], sample, chunks: chunkTokens(v.hashes, v.tokens) });
      } else {
        const drop = [...fullIds].filter((id) => !ids.has(id));
        const stored: StoredVariant = {
          name: v.name,
          sha256: v.sha256,
          wordCount: v.tokens.length,
          // Words of the full text it has (a merged deprecated text may have a few words the full lacks).
          uniqueWords: fullIds.size - drop.length,
          bigramCount: bigrams.size,
        };
        variants.push(stored);
        slotData.set(stored, { words: drop, sample, chunks: chunkTokens(v.hashes, v.tokens) });
      }
    }
    const spdx = entry?.spdx && g.members.some((m) => m.ref.spdx?.toLowerCase() === entry.spdx?.toLowerCase()) ? entry.spdx : c.ref.spdx;
    const aliasSet = new Set<string>();
    for (const m of g.members) if (m.ref.id !== key && m.ref.id !== spdx) aliasSet.add(m.ref.id);
    for (const a of entry?.aliases ?? []) if (a !== key && a !== spdx) aliasSet.add(a);
    if (hub && key !== hub) aliasSet.add(hub);
    const aliases = [...aliasSet].sort();
    const spdxNames = g.members.filter((m) => m.ref.origin === "spdx").map((m) => m.ref.name);
    const name = entry?.name ?? (c.ref.origin === "spdx" ? c.ref.name : (spdxNames[0] ?? c.ref.name));
    const names = [name, ...spdxNames, key, ...(spdx ? [spdx] : []), ...aliases];
    const urls = [...new Set(g.members.map((m) => m.ref.url).filter((u): u is string => !!u).map(canonicalUrl))].sort();
    const sources = [...new Set(g.members.map((m) => m.ref.source))].sort();
    const stored: StoredLicense = {
      key,
      spdx,
      hub,
      scancode: entry?.scancode ?? null,
      name,
      kind: entry?.kind ?? (c.ref.origin === "shared" ? "model" : null),
      version: versionOf(key, entry),
      aliases,
      deprecated: !hub && c.ref.spdx !== null && DEPRECATED_SPDX_IDS.has(c.ref.spdx),
      names,
      urls,
      source: sources.join(" "),
      threshold: thresholdFor(fullIds.size),
      variants,
      near: [],
      // Looked for further down than in an input: a re-wrapped copy brings later lines up.
      ...(modifiedTitle(c.ref.text, 30) ? { titleModified: true as const } : {}),
    };
    const coreBigrams = new Set([...fullBigrams].filter((h) => variantBigrams.every((b) => b.has(h))));
    licenses.push({ stored, wordSets, allBigrams: fullBigrams, coreBigrams });
  }

  // 3. Near duplicates and their distinguishing bigrams: licenses whose texts (any variant of one
  // against any variant of the other) have a word-set Dice of NEAR_DICE or more. The distinguishing
  // bigrams of A against B are those in every variant of A and nowhere in B.
  const minRatio = NEAR_DICE / (2 - NEAR_DICE);
  /** Whether two licenses are near duplicates: a variant pair with Dice ≥ NEAR_DICE, or one text (of 10+ distinct words) inside the other. */
  const isNear = (a: Set<number>[], b: Set<number>[]) => {
    for (const x of a) {
      for (const y of b) {
        const [small, large] = x.size <= y.size ? [x, y] : [y, x];
        if (small.size < NEAR_CONTAINED_MIN_WORDS && small.size < minRatio * large.size) continue;
        const common = intersectionSize(x, y);
        if ((2 * common) / (x.size + y.size) >= NEAR_DICE) return true;
        if (small.size >= NEAR_CONTAINED_MIN_WORDS && common >= NEAR_CONTAINED * small.size) return true;
      }
    }
    return false;
  };
  for (let i = 0; i < licenses.length; i++) {
    const a = licenses[i]!;
    for (let j = i + 1; j < licenses.length; j++) {
      const b = licenses[j]!;
      if (!isNear(a.wordSets, b.wordSets)) continue;
      const own = (p: typeof a, q: typeof a): StoredNear => {
        const diff = [...p.coreBigrams].filter((h) => !q.allBigrams.has(h));
        return [q.stored.key, diff.length, encodeSorted(bottomK(diff, NEAR_SAMPLE))];
      };
      a.stored.near.push(own(a, b));
      b.stored.near.push(own(b, a));
    }
  }
  for (const l of licenses) l.stored.near.sort((p, q) => compare(p[0], q[0]));

  // 4. Catalogue entries without a text: still resolvable by declared id and by name.
  for (const e of catalogue) {
    if (claimed.has(e.id) || e.kind === "placeholder" || seenKeys.has(e.id)) continue;
    seenKeys.add(e.id);
    licenses.push({
      stored: {
        key: e.id,
        spdx: e.spdx,
        hub: e.id,
        scancode: e.scancode ?? null,
        name: e.name,
        kind: e.kind,
        version: versionOf(e.id, e),
        aliases: [...new Set(e.aliases)].sort(),
        deprecated: false,
        names: [e.name, e.id, ...(e.spdx ? [e.spdx] : []), ...e.aliases],
        urls: [],
        source: null,
        threshold: null,
        variants: [],
        near: [],
      },
      wordSets: [],
      allBigrams: new Set(),
      coreBigrams: new Set(),
    });
  }

  // 5. Name keys: a key claimed by two licenses names neither.
  const keyOwners = new Map<string, Set<string>>();
  const keysOf = new Map<string, string[]>();
  for (const l of licenses) {
    const keys = [...new Set(l.stored.names.map(nameKey))].filter((k) => k !== "" && !/^[\d.]+$/.test(k)).sort();
    keysOf.set(l.stored.key, keys);
    for (const k of keys) {
      const owners = keyOwners.get(k) ?? new Set<string>();
      owners.add(l.stored.key);
      keyOwners.set(k, owners);
    }
  }
  for (const l of licenses) l.stored.names = (keysOf.get(l.stored.key) ?? []).filter((k) => keyOwners.get(k)!.size === 1);

  const out = licenses.map((l) => l.stored).sort((a, b) => compare(a.key, b.key));
  const slots = out.flatMap((l) => l.variants).map((v) => slotData.get(v)!);
  return {
    format: "model-provenance-fingerprints/1",
    normalisation: NORMALISATION_STEPS.map((s) => s.name),
    sources: inputs.sources,
    bigramSample: BIGRAM_SAMPLE,
    vocabulary: vocabulary.join(" "),
    index: overlapIndex(vocabulary, slots),
    licenses: out,
  };
}

/** What the index stores of one variant: its words (see StoredIndex), bigram sample and chunk digests. */
interface SlotData {
  words: number[];
  sample: number[];
  chunks: Chunks;
}

/**
 * The run-time index, as base64 little-endian typed arrays that load without per-element work (see
 * StoredIndex). Variants are numbered (slots) in file order: licenses by key, variants in order.
 */
function overlapIndex(vocabulary: readonly string[], slots: readonly SlotData[]): StoredIndex {
  const order = vocabulary.map((w, id) => ({ h: fnv1a(w), id })).sort((a, b) => a.h - b.h || a.id - b.id);
  for (let i = 1; i < order.length; i++) {
    if (order[i]!.h === order[i - 1]!.h) throw new Error(`vocabulary hash collision: ${vocabulary[order[i]!.id]} / ${vocabulary[order[i - 1]!.id]}`);
  }
  const masks = new Uint32Array(slots.length * MASK_WORDS);
  const rare = Math.max(0, vocabulary.length - FREQUENT_WORDS);
  const lists: number[][] = Array.from({ length: rare }, () => []);
  slots.forEach((s, slot) => {
    for (const id of s.words) {
      if (id < FREQUENT_WORDS) masks[slot * MASK_WORDS + (id >>> 5)]! |= 1 << (id & 31);
      else lists[id - FREQUENT_WORDS]!.push(slot);
    }
  });
  const postingStart = new Uint32Array(rare + 1);
  lists.forEach((l, r) => (postingStart[r + 1] = postingStart[r]! + l.length));
  const postings = Uint16Array.from(lists.flat());
  const sampleStart = new Uint32Array(slots.length + 1);
  slots.forEach((s, slot) => (sampleStart[slot + 1] = sampleStart[slot]! + s.sample.length));
  const samples = Uint32Array.from(slots.flatMap((s) => s.sample));
  const chunkStart = new Uint32Array(slots.length + 1);
  slots.forEach((s, slot) => (chunkStart[slot + 1] = chunkStart[slot]! + s.chunks.digests.length));
  return {
    vocabularyHashes: base64(Uint32Array.from(order.map((o) => o.h))),
    vocabularyIds: base64(Uint16Array.from(order.map((o) => o.id))),
    masks: base64(masks),
    postingStart: base64(postingStart),
    postings: base64(postings),
    sampleStart: base64(sampleStart),
    samples: base64(samples),
    chunkStart: base64(chunkStart),
    chunks: base64(Uint32Array.from(slots.flatMap((s) => [...s.chunks.digests]))),
    chunkOps: base64(Uint32Array.from(slots.flatMap((s) => [...s.chunks.ops]))),
    chunkInfo: Buffer.from(Uint8Array.from(slots.flatMap((s) => [...s.chunks.info]))).toString("base64"),
  };
}

/** Little-endian bytes of a typed array, in base64. */
function base64(a: Uint16Array | Uint32Array): string {
  const bytes = Buffer.alloc(a.length * a.BYTES_PER_ELEMENT);
  a.forEach((v, i) => (a.BYTES_PER_ELEMENT === 2 ? bytes.writeUInt16LE(v, 2 * i) : bytes.writeUInt32LE(v, 4 * i)));
  return bytes.toString("base64");
}

/** Deterministic, compact JSON: one header field per line, then one license per line. */
export function serialiseFingerprints(file: FingerprintFile): string {
  const { licenses, index, ...header } = file;
  const lines = Object.entries(header).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  const indexLines = Object.entries(index).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  return `{${lines.join(",\n")},\n"index":{\n${indexLines.join(",\n")}\n},\n"licenses":[\n${licenses.map((l) => JSON.stringify(l)).join(",\n")}\n]}\n`;
}
