// How much of what real cards name as data the knowledge base knows: every dataset the card
// reader finds named (`datasets:` metadata and prose), counted as mentions, not distinct ids, with
// the share that resolves, split by tier and by where the mention was, and the most frequent names
// that do not resolve. The headline counts NAMED mentions only: metadata ids, names in the prose,
// and own data named by id (an AutoTrain upload, a local path), which no catalogue can resolve but
// which do name something. Two kinds of source name nothing a catalogue could look up and are
// counted on their own lines, outside the headline: shares (data the card describes without a
// name: "Books 7%", "a large corpus of parallel text", files on Dropbox) and placeholders ("None",
// "custom dataset", the `imagefolder` loader).
// Usage: npm run measure:coverage -- [CORPUS_DIR] [--curated-only] [--top N] [--json]
//   CORPUS_DIR holds cards/<org>__<model>/README.md; default: ../shared/corpus/hf-cards-dev.tar.gz
//   unpacked to a temporary folder. Without a corpus it says so and exits 0.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../src/kb/load.js";
import { loadKnowledgeBaseFromJson, type CompiledKnowledgeBase, type KnowledgeBase } from "../src/kb/knowledge-base.js";
import { COMPILED_PATH } from "../src/kb/compiled.js";
import { ownData } from "../src/kb/own-data.js";
import { nameIndex } from "../src/pipeline.js";
import { readModelCard } from "../src/readers/model-card.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const DEFAULT_TARBALL = path.resolve(REPO, "../shared/corpus/hf-cards-dev.tar.gz");

export interface Coverage {
  cards: number;
  /** Links to files in a dataset repository (images shown in the card), not counted as mentions. */
  fileLinks: number;
  /** Named mentions: the headline's denominator. */
  mentions: number;
  resolved: number;
  /** Data the card describes without a name (kind "share"), and how many of them state terms. */
  shares: { mentions: number; withTerms: number; onFileHosts: number };
  /** Names that name nothing: "None dataset", "custom dataset", the loaders of local files. */
  placeholders: number;
  byTier: Record<"curated" | "imported", number>;
  /** Resolved mentions whose entry records a use restriction or a license other than `unknown`/`other` (the rest are known by name only). */
  withTerms: number;
  /**
   * Unresolved named mentions that are no public dataset (AutoTrain uploads, local paths): the
   * publisher's own data named by id, which no catalogue can know. Still counted as unresolved.
   */
  ownData: number;
  byPlace: Record<"metadata" | "prose", { mentions: number; resolved: number }>;
  unresolved: [ref: string, count: number][];
}

/** Counts mentions over `cards` (file → text) with `kb`. */
export function measure(cards: Iterable<[string, string]>, kb: KnowledgeBase): Coverage {
  const names = nameIndex(kb);
  const c: Coverage = {
    cards: 0, fileLinks: 0, mentions: 0, resolved: 0, shares: { mentions: 0, withTerms: 0, onFileHosts: 0 }, placeholders: 0,
    byTier: { curated: 0, imported: 0 }, withTerms: 0, ownData: 0, byPlace: { metadata: { mentions: 0, resolved: 0 }, prose: { mentions: 0, resolved: 0 } }, unresolved: [],
  };
  const misses = new Map<string, number>();
  const count = (ref: string, place: "metadata" | "prose", id?: string, name?: string) => {
    const entry = (id ? kb.datasets.get(id) : undefined) ?? (name ? kb.dataset(name) : undefined) ?? kb.dataset(ref);
    if (!entry && namesNothing(ref)) {
      c.placeholders++;
      return;
    }
    c.mentions++;
    c.byPlace[place].mentions++;
    if (!entry) {
      misses.set(ref, (misses.get(ref) ?? 0) + 1);
      if (ownData(ref)) c.ownData++;
      return;
    }
    c.resolved++;
    // `unknown` and `other` name no terms by themselves.
    if (entry.useRestriction !== "unknown" || (entry.license && entry.license !== "unknown" && entry.license !== "other")) c.withTerms++;
    c.byPlace[place].resolved++;
    c.byTier[entry.tier ?? "curated"]++;
  };
  for (const [file, text] of cards) {
    c.cards++;
    const card = readModelCard(file, text, names);
    const lines = text.split("\n");
    for (const d of card.datasets) count(d.value, "metadata");
    for (const d of card.proseDatasets) {
      // A file served from a dataset repository (an image in the card) is a link, not a mention of data.
      if (isFileLink(lines[d.location.line - 1] ?? "", d.value.ref)) c.fileLinks++;
      else if (d.value.kind === "share") {
        c.shares.mentions++;
        if (d.value.terms) c.shares.withTerms++;
        if (d.value.host) c.shares.onFileHosts++;
      } else count(d.value.ref, "prose", d.value.id, d.value.name);
    }
  }
  c.unresolved = [...misses].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return c;
}

/** A placeholder ("None dataset", "custom dataset") or a loader of local files (`imagefolder`): no dataset is named. */
function namesNothing(ref: string): boolean {
  const own = ownData(ref);
  return own?.kind === "placeholder" || (own?.kind === "local-files" && !/[./\\]/.test(ref));
}

function isFileLink(line: string, ref: string): boolean {
  const at = line.indexOf(`datasets/${ref}/`);
  return at >= 0 && /^\/(resolve|raw|blob)\//.test(line.slice(at + `datasets/${ref}`.length));
}

function* corpusCards(dir: string): Generator<[string, string]> {
  const root = path.join(dir, "cards");
  for (const folder of readdirSync(root).sort()) {
    const file = path.join(root, folder, "README.md");
    if (existsSync(file)) yield [`${folder}/README.md`, readFileSync(file, "utf8")];
  }
}

/** The knowledge base without its imported tier: what the catalogue covered before it. */
function curatedOnly(): KnowledgeBase {
  const data = JSON.parse(readFileSync(COMPILED_PATH, "utf8")) as CompiledKnowledgeBase;
  return loadKnowledgeBaseFromJson({ ...data, datasets: data.datasets.filter((d) => d.tier !== "imported"), imported: undefined, datasetIndex: undefined, legacyIndex: undefined, nameFlags: undefined });
}

function pct(n: number, of: number): string {
  return of === 0 ? "n/a" : `${((100 * n) / of).toFixed(1)}%`;
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "curated-only": { type: "boolean" }, top: { type: "string", default: "50" }, json: { type: "boolean" } } });
  let dir = positionals[0];
  let temp: string | undefined;
  if (!dir) {
    if (!existsSync(DEFAULT_TARBALL)) {
      console.log(`measure:coverage: no corpus given and ${DEFAULT_TARBALL} not found (a fresh clone has no ../shared); nothing measured.`);
      return;
    }
    temp = mkdtempSync(path.join(os.tmpdir(), "coverage-"));
    execFileSync("tar", ["-xzf", DEFAULT_TARBALL, "-C", temp]);
    dir = readdirSync(temp).map((d) => path.join(temp!, d)).find((d) => existsSync(path.join(d, "cards"))) ?? temp;
  }
  if (!existsSync(path.join(dir, "cards"))) {
    console.log(`measure:coverage: ${dir} has no cards/ folder; nothing measured.`);
    return;
  }
  try {
    const kb = values["curated-only"] ? curatedOnly() : loadKnowledgeBase();
    const c = measure(corpusCards(dir), kb);
    if (values.json) {
      console.log(JSON.stringify(c, null, 2));
      return;
    }
    const top = Number(values.top) || 50;
    console.log(`corpus: ${dir} (${c.cards} cards)${values["curated-only"] ? "; knowledge base: curated tier only" : ""}`);
    console.log(`links to files in dataset repositories (not mentions of data): ${c.fileLinks}`);
    console.log(`named dataset mentions (metadata ids, names in the prose, own data named by id): ${c.mentions}; resolved: ${c.resolved} (${pct(c.resolved, c.mentions)})`);
    console.log(`  with terms recorded (a use restriction, or a license other than unknown/other): ${c.withTerms} (${pct(c.withTerms, c.mentions)}); known by name only: ${c.resolved - c.withTerms}`);
    console.log(`  by tier: curated ${c.byTier.curated} (${pct(c.byTier.curated, c.mentions)}), imported ${c.byTier.imported} (${pct(c.byTier.imported, c.mentions)})`);
    for (const place of ["metadata", "prose"] as const) {
      const p = c.byPlace[place];
      console.log(`  ${place}: ${p.resolved} of ${p.mentions} (${pct(p.resolved, p.mentions)})`);
    }
    console.log(`unresolved: ${c.mentions - c.resolved}, of which own data named by id (AutoTrain uploads, local paths), which no catalogue can know: ${c.ownData}`);
    console.log(`  named mentions of public datasets (all but own data): ${c.mentions - c.ownData}; resolved: ${pct(c.resolved, c.mentions - c.ownData)}`);
    console.log("not in the headline, since they name nothing a catalogue could resolve:");
    console.log(`  shares (data described without a name, kept as sources with any terms the card states): ${c.shares.mentions}; with terms stated: ${c.shares.withTerms}; files on a file host: ${c.shares.onFileHosts}`);
    console.log(`  placeholders ("None dataset", "custom dataset", loaders of local files such as imagefolder): ${c.placeholders}`);
    console.log(`\n${Math.min(top, c.unresolved.length)} most frequent unresolved of ${c.unresolved.length} distinct:`);
    for (const [ref, n] of c.unresolved.slice(0, top)) console.log(`${String(n).padStart(5)}  ${ref}`);
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("measure-coverage.ts")) main();
