// How the tool reads real cards: runs the analysis over ../shared/corpus (5,000 Hub model cards) and
// prints what the card reader gets right or wrong at scale — speed, the share of cards with each
// finding, dataset ids that are really URL paths or images, undisclosed training data on cards whose
// training section names sources, bases found, and the front-matter and license figures.
// Usage: npm run measure:corpus -- [CORPUS_DIR] [--json]
//   CORPUS_DIR holds cards/<org>__<model>/README.md; default /tmp/corpus/hf-cards-dev, else
//   ../shared/corpus/hf-cards-dev.tar.gz unpacked to a temporary folder. Without a corpus it says so and exits 0.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../src/kb/load.js";
import { analyze, type InputFile } from "../src/pipeline.js";
import { decodeText } from "../src/readers/text.js";
import type { ModelReport } from "../src/report.js";
import { frontMatterOf, licenseSectionNamesLicense, trainingSectionNamesSources, usesFineTunedTemplate } from "./measure-corpus-card.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const DEFAULT_DIR = "/tmp/corpus/hf-cards-dev";
const DEFAULT_TARBALL = path.resolve(REPO, "../shared/corpus/hf-cards-dev.tar.gz");

/** A dataset id that is a path into a repository, a Hub page or an image, not a dataset. */
const NOT_A_DATASET_ID = /\/(resolve|blob|raw|tree|viewer|discussions|commit)(\/|$)|\.(png|jpe?g|gif|svg|webp|mp4|pdf)$|documentation-images|shields\.io|badge/i;

export interface CorpusFigures {
  cards: number;
  seconds: number;
  findings: Record<string, number>;
  urlLikeDatasetIds: string[];
  trainingSectionCards: number;
  trainingSectionUndisclosed: number;
  /** Those cards, to read for what the reader missed. */
  trainingSectionUndisclosedCards: string[];
  bases: number;
  templateCards: number;
  templateWithBase: number;
  /** Cards whose front matter PyYAML reads (the Hub's parser), and those of them with card-malformed. */
  pyyamlAccepted: number;
  malformedOnAccepted: number;
  /** Cards whose metadata or License section names a license, and those of them with license-missing. */
  namesLicense: number;
  licenseMissingOnNamed: number;
  pyyaml: boolean;
}

function readCorpus(dir: string): InputFile[] {
  const root = path.join(dir, "cards");
  const files: InputFile[] = [];
  for (const folder of readdirSync(root).sort()) {
    const file = path.join(root, folder, "README.md");
    if (existsSync(file)) files.push({ path: `${folder}/README.md`, content: readFileSync(file) });
  }
  return files;
}

/** Which cards' front matter PyYAML accepts, as the Hub reads it (huggingface_hub's metadata_load). */
function pyyamlVerdicts(dir: string): Map<string, boolean> | undefined {
  const program = [
    "import os, re, sys, json, yaml",
    "root = os.path.join(sys.argv[1], 'cards')",
    "pat = re.compile(r'^(\\s*---[\\r\\n]+)([\\S\\s]*?)([\\r\\n]+---(\\r\\n|\\n|$))')",
    "out = {}",
    "for f in sorted(os.listdir(root)):",
    "    p = os.path.join(root, f, 'README.md')",
    "    if not os.path.exists(p): continue",
    "    m = pat.search(open(p, encoding='utf-8', errors='replace').read())",
    "    if not m: continue",
    "    try:",
    "        v = yaml.safe_load(m.group(2)); out[f + '/README.md'] = isinstance(v, dict) or v is None",
    "    except Exception: out[f + '/README.md'] = False",
    "print(json.dumps(out))",
  ].join("\n");
  try {
    const json = execFileSync("python3", ["-c", program, dir], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
    return new Map(Object.entries(JSON.parse(json) as Record<string, boolean>));
  } catch {
    return undefined;
  }
}

export function measure(dir: string): CorpusFigures {
  const files = readCorpus(dir);
  const kb = loadKnowledgeBase();
  const started = performance.now();
  const report = analyze({ files, kb, today: "2026-01-01" });
  const seconds = (performance.now() - started) / 1000;
  const pyyaml = pyyamlVerdicts(dir);
  const byCard = new Map(report.models.filter((m) => m.card).map((m) => [m.card!.file, m] as const));
  const f: CorpusFigures = {
    cards: files.length, seconds, findings: {}, urlLikeDatasetIds: [], trainingSectionCards: 0, trainingSectionUndisclosed: 0, trainingSectionUndisclosedCards: [], bases: 0,
    templateCards: 0, templateWithBase: 0, pyyamlAccepted: 0, malformedOnAccepted: 0, namesLicense: 0, licenseMissingOnNamed: 0, pyyaml: pyyaml !== undefined,
  };
  for (const file of files) {
    const model = byCard.get(file.path);
    const decoded = decodeText(file.content);
    if (!model || !decoded.ok) continue;
    tally(f, model, decoded.text, pyyaml?.get(file.path));
  }
  return f;
}

function tally(f: CorpusFigures, model: ModelReport, text: string, pyyamlOk: boolean | undefined): void {
  const checks = new Set(model.findings.map((x) => x.checkId));
  for (const c of checks) f.findings[c] = (f.findings[c] ?? 0) + 1;
  for (const s of model.trainingSources) if (s.via !== "base-model" && NOT_A_DATASET_ID.test(s.ref)) f.urlLikeDatasetIds.push(`${model.path}: ${s.ref}`);
  const direct = model.baseModels.filter((b) => b.relation !== "component");
  f.bases += direct.length;
  if (usesFineTunedTemplate(text)) {
    f.templateCards++;
    if (direct.length > 0) f.templateWithBase++;
  }
  if (trainingSectionNamesSources(text)) {
    f.trainingSectionCards++;
    if (checks.has("training-data-undisclosed")) {
      f.trainingSectionUndisclosed++;
      f.trainingSectionUndisclosedCards.push(model.path);
    }
  }
  if (pyyamlOk) {
    f.pyyamlAccepted++;
    if (checks.has("card-malformed")) f.malformedOnAccepted++;
  }
  const meta = frontMatterOf(text);
  if ((typeof meta.license === "string" && meta.license.trim() !== "") || licenseSectionNamesLicense(text)) {
    f.namesLicense++;
    if (checks.has("license-missing")) f.licenseMissingOnNamed++;
  }
}

function pct(n: number, of: number): string {
  return of === 0 ? "n/a" : `${((100 * n) / of).toFixed(1)}%`;
}

function print(f: CorpusFigures, dir: string): void {
  console.log(`corpus: ${dir} (${f.cards} cards)`);
  console.log(`cards per second: ${(f.cards / f.seconds).toFixed(0)} (${f.seconds.toFixed(2)} s for read + analysis in one process)`);
  console.log("share of cards with each finding:");
  for (const [id, n] of Object.entries(f.findings).sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(28)} ${String(n).padStart(5)}  ${pct(n, f.cards)}`);
  console.log(`dataset ids that look like URL paths or images: ${f.urlLikeDatasetIds.length} (must be 0)`);
  for (const id of f.urlLikeDatasetIds.slice(0, 10)) console.log(`  ${id}`);
  console.log(`cards whose Training-data-class section names sources: ${f.trainingSectionCards}; with training-data-undisclosed: ${f.trainingSectionUndisclosed} (${pct(f.trainingSectionUndisclosed, f.trainingSectionCards)}, must be under 10%)`);
  for (const card of f.trainingSectionUndisclosedCards.slice(0, 25)) console.log(`  ${card}`);
  console.log(`bases found per 1,000 cards: ${((1000 * f.bases) / Math.max(1, f.cards)).toFixed(0)}`);
  console.log(`cards using the fine-tuned-version template: ${f.templateCards}; with a base: ${f.templateWithBase} (${pct(f.templateWithBase, f.templateCards)}, must be at least 95%)`);
  if (f.pyyaml) console.log(`front matter PyYAML accepts: ${f.pyyamlAccepted} cards; with card-malformed: ${f.malformedOnAccepted} (must be 0)`);
  else console.log("front matter PyYAML accepts: not measured (python3 with PyYAML not found)");
  console.log(`cards whose metadata or License section names a license: ${f.namesLicense}; with license-missing: ${f.licenseMissingOnNamed} (must be 0)`);
}

function corpusDir(given: string | undefined): { dir?: string; temp?: string } {
  if (given) return { dir: given };
  if (existsSync(path.join(DEFAULT_DIR, "cards"))) return { dir: DEFAULT_DIR };
  if (!existsSync(DEFAULT_TARBALL)) return {};
  const temp = mkdtempSync(path.join(os.tmpdir(), "measure-corpus-"));
  execFileSync("tar", ["-xzf", DEFAULT_TARBALL, "-C", temp]);
  return { dir: readdirSync(temp).map((d) => path.join(temp, d)).find((d) => existsSync(path.join(d, "cards"))) ?? temp, temp };
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: "boolean" } } });
  const { dir, temp } = corpusDir(positionals[0]);
  if (!dir || !existsSync(path.join(dir, "cards"))) {
    console.log(`measure:corpus: no corpus (${positionals[0] ?? `${DEFAULT_DIR} or ${DEFAULT_TARBALL}`} not found; a fresh clone has no ../shared); nothing measured.`);
    return;
  }
  try {
    const f = measure(dir);
    if (values.json) console.log(JSON.stringify(f, null, 2));
    else print(f, dir);
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
