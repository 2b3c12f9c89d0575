// Builds rules/licenses/fingerprints.json from the reference texts: every SPDX license text (npm
// `spdx-license-list`), the model licenses SPDX lacks (../shared/licenses), joined to the license
// catalogue (rules/licenses/*.yaml) for Hub ids, ScanCode keys, kinds and names. Everything the
// matchers need is computed here, so identification at run time only normalises its input and compares.
// Used by scripts/build-fingerprints.ts and by the test that keeps the committed file fresh.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parse as parseYamlText } from "yaml";
import { loadKnowledgeBase } from "../kb/load.js";
import { chunkTokens, type Chunks } from "./chunks.js";
import { encodeSorted } from "./codec.js";
import { canonicalUrl, FREQUENT_WORDS, MASK_WORDS } from "./fingerprints.js";
import { nameKey } from "./names.js";
import { scancodeTexts } from "./sources/scancode.js";
import { spdxTemplateForms } from "./sources/spdx-xml.js";
import { prepareForm } from "./sources/template.js";
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
  /** Shared model licenses come first in the tie-break for a group's canonical id, then SPDX, then ScanCode. */
  origin: "spdx" | "shared" | "scancode";
  /** ScanCode's `LicenseRef-scancode-` id of the text (ScanCode texts). */
  scancode?: string | undefined;
  /** Other forms of the same license fingerprinted as variants (an SPDX template without its optional parts), with variable parts marked (template.ts). */
  forms?: { name: string; text: string }[] | undefined;
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

/** Every SPDX license text (npm spdx-license-list), with the forms of its SPDX template where it has one. */
function spdxTexts(templates: ReadonlyMap<string, { name: string; text: string }[]>): { texts: ReferenceText[]; source: string } {
  const require = createRequire(import.meta.url);
  const spdx = require("spdx-license-list/full") as Record<string, SpdxFullEntry>;
  const version = (require("spdx-license-list/package.json") as { version: string }).version;
  const source = `spdx-license-list@${version}`;
  const texts = Object.keys(spdx)
    .sort()
    .map((id): ReferenceText => {
      const e = spdx[id]!;
      return { id, spdx: id, hub: null, name: e.name, url: e.url || null, source, text: e.licenseText, origin: "spdx", forms: templates.get(id) };
    });
  return { texts, source };
}

/** The model licenses SPDX lacks, one per Hub id (../shared/licenses/manifest.json). */
function sharedTexts(sharedDir: string): ReferenceText[] {
  const manifest = JSON.parse(readFileSync(path.join(sharedDir, "manifest.json"), "utf8")) as SharedManifestEntry[];
  return [...manifest]
    .sort((a, b) => compare(a.hub_id, b.hub_id))
    .map((m) => ({
      id: m.hub_id,
      spdx: m.spdx,
      hub: m.hub_id,
      name: m.hub_id,
      url: null,
      source: `${m.source.repo}/${m.source.path}@${m.source.commit}`,
      text: readFileSync(path.join(sharedDir, m.file), "utf8"),
      origin: "shared" as const,
    }));
}

/** Gathers the reference texts and the catalogue. `sharedDir` defaults to ../shared/licenses next to the repository. */
export function loadBuildInputs(opts: { sharedDir: string; rulesDir: string }): BuildInputs & { catalogueVia: string } {
  const xml = path.join(opts.sharedDir, "spdx-license-list-XML.tar.gz");
  const spdx = spdxTexts(existsSync(xml) ? spdxTemplateForms(xml) : new Map());
  const scancode = scancodeTexts(path.join(opts.sharedDir, "scancode"));
  const texts = [...spdx.texts, ...sharedTexts(opts.sharedDir), ...scancode];
  const catalogue = loadCatalogue(opts.rulesDir);
  return {
    texts,
    catalogue: catalogue.entries,
    sources: [spdx.source, ...(existsSync(xml) ? ["shared/licenses/spdx-license-list-XML.tar.gz"] : []), "shared/licenses/manifest.json", ...(scancode.length > 0 ? ["shared/licenses/scancode/manifest.json"] : []), "rules/licenses/*.yaml"],
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
  /** Tokens standing for what each copy fills in (an SPDX template's `<alt>`/`<var>` holder): 1 where variable. */
  variable?: Uint8Array | undefined;
}

interface Group {
  members: Prepared[];
  canonical: Prepared;
  entry: CatalogueEntry | null;
  /** Texts of deprecated ids and other sources' copies merged into this group: fingerprinted as extra variants. */
  merged: Prepared[];
}

/** Sorts a group's members so the preferred canonical id comes first. */
function rankMembers(members: Prepared[], joined: (p: Prepared) => CatalogueEntry | null): Prepared[] {
  const origin = { shared: 0, spdx: 1, scancode: 2 } as const;
  const score = (p: Prepared): [number, number, number, number, string] => [
    joined(p) ? 0 : 1,
    origin[p.ref.origin],
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

/** Looks up catalogue entries by id, SPDX id, ScanCode id and alias. */
interface CatalogueJoin {
  byId: Map<string, CatalogueEntry>;
  /** The catalogue entry of a reference text. */
  joined: (p: Prepared) => CatalogueEntry | null;
}

function catalogueJoin(catalogue: readonly CatalogueEntry[]): CatalogueJoin {
  const byId = new Map(catalogue.map((e) => [e.id.toLowerCase(), e]));
  const first = (pairs: [string | null | undefined, CatalogueEntry][]) => {
    const m = new Map<string, CatalogueEntry>();
    for (const [k, e] of pairs) if (k && !m.has(k.toLowerCase())) m.set(k.toLowerCase(), e);
    return m;
  };
  const bySpdx = first(catalogue.map((e) => [e.spdx, e]));
  const byScancode = first(catalogue.map((e) => [e.scancode, e]));
  const byAlias = first(catalogue.flatMap((e) => e.aliases.map((a): [string, CatalogueEntry] => [a, e])));
  // Shared texts by Hub id; SPDX texts by the entry's spdx, then its aliases; ScanCode texts by the
  // entry's ScanCode id, its aliases, then the SPDX id LicenseDB gives.
  const joined = (p: Prepared): CatalogueEntry | null => {
    if (p.ref.hub) return byId.get(p.ref.hub.toLowerCase()) ?? null;
    const id = p.ref.id.toLowerCase();
    if (p.ref.origin === "scancode") return byScancode.get(id) ?? byAlias.get(id) ?? (p.ref.spdx ? (bySpdx.get(p.ref.spdx.toLowerCase()) ?? null) : null);
    return bySpdx.get(id) ?? byAlias.get(id) ?? null;
  };
  return { byId, joined };
}

function prepare(ref: ReferenceText): Prepared {
  const n = normalise(ref.text);
  return { ref, tokens: n.tokens, hashes: n.hashes, text: n.text, sha256: sha("sha256", n.text) };
}

/** Reference texts grouped by identical normalised text, each group's preferred member first. */
function groupTexts(texts: readonly ReferenceText[], joined: CatalogueJoin["joined"]): Group[] {
  const byHash = new Map<string, Prepared[]>();
  for (const ref of texts) {
    const p = prepare(ref);
    const g = byHash.get(p.sha256);
    if (g) g.push(p);
    else byHash.set(p.sha256, [p]);
  }
  return [...byHash.values()].map((members) => {
    const ranked = rankMembers(members, joined);
    return { members: ranked, canonical: ranked[0]!, entry: null, merged: [] };
  });
}

function wordDice(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/** `from` joins `into`: its text stays an exact variant of `into`, and the two never compete. */
function mergeGroup(groups: Group[], from: Group, into: Group): void {
  into.members.push(...from.members);
  into.merged.push(from.canonical);
  groups.splice(groups.indexOf(from), 1);
}

/**
 * A deprecated id whose text differs from a current id's in a few words only (GPL-2.0+ lacks one
 * placeholder line of GPL-2.0-only) joins that group.
 */
function mergeDeprecated(groups: Group[]): void {
  const isDeprecated = (g: Group) => g.canonical.ref.spdx !== null && DEPRECATED_SPDX_IDS.has(g.canonical.ref.spdx);
  const wordSets = new Map(groups.map((g) => [g, new Set(g.canonical.tokens)]));
  for (const g of groups.filter(isDeprecated)) {
    let best: Group | null = null;
    let bestDice = 0;
    for (const c of groups) {
      if (c === g || isDeprecated(c)) continue;
      const dice = wordDice(wordSets.get(g)!, wordSets.get(c)!);
      if (dice > bestDice) [best, bestDice] = [c, dice];
    }
    const lengthRatio = best ? g.canonical.tokens.length / best.canonical.tokens.length : 0;
    if (!best || bestDice < DEPRECATED_MERGE_DICE || lengthRatio < 0.98 || lengthRatio > 1.02) continue;
    mergeGroup(groups, g, best);
  }
}

/** How firmly a member names an entry (lower is firmer): its Hub id, its SPDX id, an alias; a ScanCode text last, its own ScanCode id first. */
function strengthOf(m: Prepared, e: CatalogueEntry): number {
  if (m.ref.hub) return 0;
  if (m.ref.origin === "scancode") return e.scancode?.toLowerCase() === m.ref.id.toLowerCase() ? 3 : 4;
  return e.spdx?.toLowerCase() === m.ref.id.toLowerCase() ? 1 : 2;
}

/**
 * A catalogue entry goes to one group: the one whose member is named by the entry's spdx (or Hub id)
 * itself, else the best-ranked group whose member is one of its aliases. Returns the groups by entry id.
 */
function assignEntries(groups: readonly Group[], join: CatalogueJoin): Map<string, Group> {
  const candidatesFor = new Map<string, { group: Group; strength: number }[]>();
  for (const g of groups) {
    for (const m of g.members) {
      const e = join.joined(m);
      if (!e) continue;
      const strength = strengthOf(m, e);
      const list = candidatesFor.get(e.id) ?? [];
      list.push({ group: g, strength });
      candidatesFor.set(e.id, list);
    }
  }
  const claimed = new Map<string, Group>();
  for (const [id, list] of candidatesFor) {
    list.sort((a, b) => a.strength - b.strength || compare(a.group.canonical.ref.id, b.group.canonical.ref.id));
    const best = list[0]!;
    if (best.group.entry) continue;
    best.group.entry = join.byId.get(id) ?? null;
    claimed.set(id, best.group);
  }
  return claimed;
}

/**
 * A ScanCode text of a license the catalogue or the SPDX list already has (Llama 2, CDLA-Permissive-2.0)
 * is one more variant of that license, not a second license: map, never duplicate.
 */
function mergeScancodeCopies(groups: Group[], claimed: ReadonlyMap<string, Group>, join: CatalogueJoin): void {
  const bySpdxId = new Map<string, Group>();
  for (const g of groups) for (const m of g.members) if (m.ref.origin === "spdx") bySpdxId.set(m.ref.id.toLowerCase(), g);
  for (const g of groups.filter((x) => x.members.every((m) => m.ref.origin === "scancode"))) {
    const entry = join.joined(g.canonical);
    const owner = entry ? claimed.get(entry.id) : undefined;
    const target = owner && owner !== g ? owner : g.canonical.ref.spdx ? bySpdxId.get(g.canonical.ref.spdx.toLowerCase()) : undefined;
    if (target && target !== g) mergeGroup(groups, g, target);
  }
}

interface BuiltVariant {
  name: string;
  tokens: string[];
  hashes: Uint32Array;
  sha256: string;
  variable?: Uint8Array | undefined;
}

/**
 * An SPDX template form (sources/spdx-xml.ts) as a variant. The same words as a variant already there
 * only mark that variant's variable parts; a template is kept for its variable parts, a text without
 * the optional parts when they are 2% of the words or more (fewer, and the verifier reads the gap as editorial).
 */
function addForm(out: BuiltVariant[], form: { name: string; text: string }, fullWords: number): void {
  const p = prepareForm(form.text);
  const sha256 = sha("sha256", p.tokens.join(" "));
  const same = out.find((o) => o.sha256 === sha256);
  if (same) {
    same.variable ??= p.variable;
    return;
  }
  if (form.name === "template" && !p.variable) return;
  if (form.name === "without-optional" && 1 - p.tokens.length / fullWords < 0.02) return;
  out.push({ name: form.name, tokens: p.tokens, hashes: p.hashes, sha256, variable: p.variable });
}

/** A group's variants: the full text, the merged texts, the canonical text's other forms (SPDX templates), the trims. */
function variantsOf(g: Group): BuiltVariant[] {
  const c = g.canonical;
  const out: BuiltVariant[] = [{ name: "full", tokens: c.tokens, hashes: c.hashes, sha256: c.sha256 }];
  const add = (v: BuiltVariant) => {
    if (!out.some((o) => o.sha256 === v.sha256)) out.push(v);
  };
  for (const m of g.merged) add({ name: `text-of-${m.ref.id}`, tokens: m.tokens, hashes: m.hashes, sha256: m.sha256 });
  for (const f of c.ref.forms ?? []) addForm(out, f, c.tokens.length);
  for (const t of trimmedTexts(c.ref.text)) {
    const n = normalise(t.text);
    const dropped = 1 - n.tokens.length / c.tokens.length;
    if (dropped < 0.02 || n.tokens.length < 0.4 * c.tokens.length) continue;
    add({ name: t.name, tokens: n.tokens, hashes: n.hashes, sha256: sha("sha256", n.text) });
  }
  return out;
}

/** Words ordered by the number of licenses using them (most first), then by code unit order. */
function vocabularyOf(built: readonly { group: Group }[]): string[] {
  const df = new Map<string, number>();
  for (const b of built) for (const w of new Set(b.group.canonical.tokens)) df.set(w, (df.get(w) ?? 0) + 1);
  return [...df.keys()].sort((a, b) => df.get(b)! - df.get(a)! || compare(a, b));
}

interface LicenseBuild {
  stored: StoredLicense;
  wordSets: Set<number>[];
  allBigrams: Set<number>;
  coreBigrams: Set<number>;
}

/** Stores one license's variants: the full text's words, and for the others the full's words they lack. */
function storeVariants(variants: readonly BuiltVariant[], vocabId: ReadonlyMap<string, number>, slotData: Map<StoredVariant, SlotData>) {
  const stored: StoredVariant[] = [];
  const wordSets: Set<number>[] = [];
  const bigramSets: Set<number>[] = [];
  let fullIds = new Set<number>();
  for (const v of variants) {
    const ids = new Set(v.tokens.map((t) => vocabId.get(t)).filter((x): x is number => x !== undefined));
    const bigrams = bigramSet(v.hashes);
    const full = v.name === "full";
    if (full) fullIds = ids;
    const drop = full ? [] : [...fullIds].filter((id) => !ids.has(id));
    // A non-full variant counts the words of the full text it has (a merged text may have words the full lacks).
    const s: StoredVariant = { name: v.name, sha256: v.sha256, wordCount: v.tokens.length, uniqueWords: full ? ids.size : fullIds.size - drop.length, bigramCount: bigrams.size };
    stored.push(s);
    slotData.set(s, { words: full ? [...ids] : drop, sample: bottomK(bigrams, BIGRAM_SAMPLE), chunks: chunkTokens(v.hashes, v.tokens, v.variable) });
    wordSets.push(ids);
    bigramSets.push(bigrams);
  }
  const allBigrams = bigramSets[0] ?? new Set<number>();
  const coreBigrams = new Set([...allBigrams].filter((h) => bigramSets.every((b) => b.has(h))));
  return { stored, wordSets, allBigrams, coreBigrams, fullIds };
}

/** The license record of a group, its key unique among `seenKeys`. */
function storeLicense(g: Group, variants: ReturnType<typeof storeVariants>, seenKeys: Set<string>): LicenseBuild {
  const c = g.canonical;
  const entry = g.entry;
  const hub = entry?.id ?? c.ref.hub ?? null;
  let key = hub ?? c.ref.id;
  if (seenKeys.has(key)) key = c.ref.id;
  seenKeys.add(key);
  const spdx = entry?.spdx && g.members.some((m) => m.ref.spdx?.toLowerCase() === entry.spdx?.toLowerCase()) ? entry.spdx : c.ref.spdx;
  const aliasSet = new Set<string>();
  for (const m of g.members) if (m.ref.id !== key && m.ref.id !== spdx) aliasSet.add(m.ref.id);
  for (const a of entry?.aliases ?? []) if (a !== key && a !== spdx) aliasSet.add(a);
  if (hub && key !== hub) aliasSet.add(hub);
  const aliases = [...aliasSet].sort();
  const spdxNames = g.members.filter((m) => m.ref.origin === "spdx").map((m) => m.ref.name);
  const name = entry?.name ?? (c.ref.origin === "shared" ? (spdxNames[0] ?? c.ref.name) : c.ref.name);
  const scancode = entry?.scancode ?? g.members.find((m) => m.ref.scancode)?.ref.scancode ?? null;
  const stored: StoredLicense = {
    key,
    spdx,
    hub,
    scancode,
    name,
    kind: entry?.kind ?? (c.ref.origin === "shared" ? "model" : null),
    version: versionOf(key, entry),
    aliases,
    deprecated: !hub && c.ref.spdx !== null && DEPRECATED_SPDX_IDS.has(c.ref.spdx),
    names: [name, ...spdxNames, key, ...(spdx ? [spdx] : []), ...aliases],
    urls: [...new Set(g.members.map((m) => m.ref.url).filter((u): u is string => !!u).map(canonicalUrl))].sort(),
    source: [...new Set(g.members.map((m) => m.ref.source))].sort().join(" "),
    threshold: thresholdFor(variants.fullIds.size),
    variants: variants.stored,
    near: [],
    // Looked for further down than in an input: a re-wrapped copy brings later lines up.
    ...(modifiedTitle(c.ref.text, 30) ? { titleModified: true as const } : {}),
  };
  return { stored, wordSets: variants.wordSets, allBigrams: variants.allBigrams, coreBigrams: variants.coreBigrams };
}

/**
 * Near duplicates and their distinguishing bigrams: licenses whose texts (any variant of one against
 * any variant of the other) have a word-set Dice of NEAR_DICE or more, or one text (of 10+ distinct
 * words) inside the other. The distinguishing bigrams of A against B are those in every variant of A
 * and nowhere in B.
 */
function markNearDuplicates(licenses: readonly LicenseBuild[]): void {
  const minRatio = NEAR_DICE / (2 - NEAR_DICE);
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
  const own = (p: LicenseBuild, q: LicenseBuild): StoredNear => {
    const diff = [...p.coreBigrams].filter((h) => !q.allBigrams.has(h));
    return [q.stored.key, diff.length, encodeSorted(bottomK(diff, NEAR_SAMPLE))];
  };
  for (let i = 0; i < licenses.length; i++) {
    const a = licenses[i]!;
    for (let j = i + 1; j < licenses.length; j++) {
      const b = licenses[j]!;
      if (!isNear(a.wordSets, b.wordSets)) continue;
      a.stored.near.push(own(a, b));
      b.stored.near.push(own(b, a));
    }
  }
  for (const l of licenses) l.stored.near.sort((p, q) => compare(p[0], q[0]));
}

/** Catalogue entries without a text: still resolvable by declared id and by name. */
function catalogueOnly(catalogue: readonly CatalogueEntry[], claimed: ReadonlyMap<string, Group>, seenKeys: Set<string>): StoredLicense[] {
  const out: StoredLicense[] = [];
  for (const e of catalogue) {
    if (claimed.has(e.id) || e.kind === "placeholder" || seenKeys.has(e.id)) continue;
    seenKeys.add(e.id);
    out.push({
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
    });
  }
  return out;
}

/** Replaces each license's names by their name keys; a key claimed by two licenses names neither. */
function uniqueNameKeys(licenses: readonly StoredLicense[]): void {
  const keyOwners = new Map<string, Set<string>>();
  const keysOf = new Map<string, string[]>();
  for (const l of licenses) {
    const keys = [...new Set(l.names.map(nameKey))].filter((k) => k !== "" && !/^[\d.]+$/.test(k)).sort();
    keysOf.set(l.key, keys);
    for (const k of keys) {
      const owners = keyOwners.get(k) ?? new Set<string>();
      owners.add(l.key);
      keyOwners.set(k, owners);
    }
  }
  for (const l of licenses) l.names = (keysOf.get(l.key) ?? []).filter((k) => keyOwners.get(k)!.size === 1);
}

export function buildFingerprints(inputs: BuildInputs): FingerprintFile {
  const catalogue = [...inputs.catalogue].sort((a, b) => compare(a.id, b.id));
  const join = catalogueJoin(catalogue);
  const groups = groupTexts(inputs.texts, join.joined);
  mergeDeprecated(groups);
  const claimed = assignEntries(groups, join);
  mergeScancodeCopies(groups, claimed, join);
  const vocabulary = vocabularyOf(groups.map((group) => ({ group })));
  const vocabId = new Map(vocabulary.map((w, i) => [w, i]));
  const slotData = new Map<StoredVariant, SlotData>();
  const seenKeys = new Set<string>();
  const licenses = groups.map((g) => storeLicense(g, storeVariants(variantsOf(g), vocabId, slotData), seenKeys));
  markNearDuplicates(licenses);
  const out = [...licenses.map((l) => l.stored), ...catalogueOnly(catalogue, claimed, seenKeys)];
  uniqueNameKeys(out);
  out.sort((a, b) => compare(a.key, b.key));
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
