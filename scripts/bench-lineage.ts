// Speed of lineage resolution: a synthetic tree of 10 base models (each with disclosed datasets) and
// 1,000 derivatives, each deriving from a base or from an earlier derivative, so chains form; some
// run deeper than LINEAGE_LIMITS.maxDepth and must be cut and reported, some are merges of several
// parents. The whole of analyze() is timed (reading cards, resolving lineage, running every check,
// building the report), over several runs after one warm-up; the median and the peak RSS are printed.
//
// Usage: npm run bench:lineage -- [--derivatives N] [--runs N] [--budget-ms N]
// Exits 1 when the median exceeds the budget (default 1000 ms), so it can gate a manual check.
import { seeded } from "../src/identify/corpus.js";
import { loadKnowledgeBase } from "../src/kb/load.js";
import { analyze, type InputFile } from "../src/pipeline.js";
import { LINEAGE_LIMITS, resolveModel, type Tree } from "../src/facts/resolve.js";
import type { ModelFacts } from "../src/facts/types.js";
import { defaultPolicy } from "../src/policy/schema.js";
import { readDatasetCard } from "../src/readers/dataset-card.js";
import { readModelCard, type NameIndex } from "../src/readers/model-card.js";

const argValue = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
};
const DERIVATIVES = argValue("--derivatives", 1000);
const RUNS = argValue("--runs", 7);
const BUDGET_MS = argValue("--budget-ms", 1000);
const BASES = 10;


const BASE_DATA: { license: string; datasets: string[] }[] = [
  { license: "creativeml-openrail-m", datasets: ["laion/laion2B-en"] },
  { license: "apache-2.0", datasets: ["Spawning/PD12M"] },
  { license: "cc-by-nc-4.0", datasets: ["Spawning/PD12M", "laion/laion-coco"] },
  { license: "mit", datasets: ["HuggingFaceFW/fineweb"] },
  { license: "apache-2.0", datasets: ["allenai/c4", "wikipedia"] },
  { license: "openrail++", datasets: ["laion/laion2B-en", "laion/laion-high-resolution"] },
  { license: "cc0-1.0", datasets: ["Spawning/PD12M"] },
  { license: "bigcode-openrail-m", datasets: ["bigcode/the-stack"] },
  { license: "llama3.1", datasets: [] },
  { license: "apache-2.0", datasets: ["togethercomputer/RedPajama-Data-1T"] },
];
const LICENSES = ["apache-2.0", "mit", "creativeml-openrail-m", "cc-by-nc-4.0", "openrail++", "llama3.1"];
const RELATIONS = ["finetune", "adapter", "quantized"];

export function syntheticTree(derivatives = DERIVATIVES, seed = 42): InputFile[] {
  const random = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const files: InputFile[] = [];
  for (let b = 0; b < BASES; b++) {
    const { license, datasets } = BASE_DATA[b]!;
    const meta = [`license: ${license}`, ...(datasets.length > 0 ? ["datasets:", ...datasets.map((d) => `  - ${d}`)] : [])];
    const body = `# Base ${b}\n\nA base model trained from scratch.\n\n## Training data\n\n${datasets.length > 0 ? `Trained on ${datasets.join(" and ")}.` : "Not disclosed."}\n`;
    files.push({ path: `bases/base-${b}/README.md`, content: `---\n${meta.join("\n")}\n---\n\n${body}` });
  }
  // A reference to a base is written as a Hub id (matched to the folder by name) or a relative path.
  const baseRef = (b: number) => (random() < 0.5 ? `acme/base-${b}` : `./bases/base-${b}`);
  const derivRef = (d: number) => `./derived/d${String(d).padStart(4, "0")}`;
  for (let i = 0; i < derivatives; i++) {
    const r = random();
    let parents: string[];
    let relation: string;
    if (i === 0 || r < 0.15) parents = [baseRef(Math.floor(random() * BASES))];
    // Long runs: the previous derivative, so some chains pass LINEAGE_LIMITS.maxDepth.
    else if (r < 0.6) parents = [derivRef(i - 1)];
    else parents = [derivRef(Math.floor(random() * i))];
    if (i > 2 && random() < 0.1) {
      relation = "merge";
      const n = 2 + Math.floor(random() * 3);
      while (parents.length < n) parents.push(random() < 0.3 ? baseRef(Math.floor(random() * BASES)) : derivRef(Math.floor(random() * i)));
      parents = [...new Set(parents)];
    } else relation = pick(RELATIONS);
    const own = random() < 0.3 ? ["datasets:", `  - ${pick(["Spawning/PD12M", "laion/laion-coco", "HuggingFaceFW/fineweb-edu", "acme/inhouse"])}`] : [];
    const meta = [
      `license: ${pick(LICENSES)}`,
      parents.length === 1 ? `base_model: ${parents[0]}` : `base_model:\n${parents.map((p) => `  - ${p}`).join("\n")}`,
      `base_model_relation: ${relation}`,
      ...own,
    ];
    const body = `# Derivative ${i}\n\nA ${relation} of ${parents.join(", ")}.\n\n## Training\n\nFine-tuned for ${Math.floor(random() * 10_000)} steps.\n`;
    files.push({ path: `derived/d${String(i).padStart(4, "0")}/README.md`, content: `---\n${meta.join("\n")}\n---\n\n${body}` });
  }
  files.push({ path: "datasets/inhouse/README.md", content: "---\nlicense: cc0-1.0\n---\n\n# In-house photos\n" });
  return files;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Lineage resolution alone: cards read once, then resolveModel() for every model on a fresh Tree. */
function resolveOnly(files: InputFile[], kb: ReturnType<typeof loadKnowledgeBase>): () => number {
  const names: NameIndex = {
    datasets: kb.datasetNames(),
    licenses: [],
    models: [...kb.models.values()].flatMap((m) => [m.name, ...m.aliases].filter((n) => n.length >= 4).map((name) => ({ name, id: m.id }))),
  };
  const models: ModelFacts[] = files
    .filter((f) => !f.path.startsWith("datasets/"))
    .map((f) => {
      const dir = f.path.slice(0, f.path.lastIndexOf("/"));
      return { dir, name: dir, card: readModelCard(f.path, f.content, names), licenseFiles: [] };
    });
  const datasetCards = files.filter((f) => f.path.startsWith("datasets/")).map((f) => readDatasetCard(f.path, f.content));
  const policy = defaultPolicy();
  return () => {
    const tree: Tree = { models, datasetCards, policyFile: ".github/model-provenance.yml" };
    const t0 = performance.now();
    for (const m of models) resolveModel(m, tree, kb, policy);
    return performance.now() - t0;
  };
}

function main(): void {
  const kb = loadKnowledgeBase();
  const files = syntheticTree();
  const run = () => analyze({ files, kb, today: "2026-11-28", failOn: "never" });
  let peak = process.memoryUsage().rss;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const warm = run(); // warm-up: JIT, memoised name patterns
  sample();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
    sample();
  }
  const resolve = resolveOnly(files, kb);
  resolve();
  const resolveTimes = Array.from({ length: RUNS }, () => resolve());
  const bounded = warm.models.filter((m) => m.findings.some((f) => f.checkId === "lineage-incomplete" && /deeper than/.test(f.message))).length;
  const deepest = Math.max(...warm.models.map((m) => m.baseModels.length));
  const med = median(times);
  console.log(`lineage benchmark: ${BASES} bases + ${DERIVATIVES} derivatives (${files.length} files), ${RUNS} runs after 1 warm-up`);
  console.log(`  analyze() median ${med.toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}), budget ${BUDGET_MS} ms`);
  console.log(`  lineage resolution alone (resolveModel over all ${warm.models.length} models, cards pre-read): median ${median(resolveTimes).toFixed(1)} ms`);
  console.log(`  peak RSS ${(peak / 1024 / 1024).toFixed(0)} MiB; heap used now ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MiB`);
  console.log(`  ${warm.models.length} models, verdict ${warm.verdict}; ${bounded} cut at maxDepth ${LINEAGE_LIMITS.maxDepth}; most bases on one model: ${deepest}`);
  if (med > BUDGET_MS) {
    console.log(`  SLOW: median above the ${BUDGET_MS} ms budget`);
    process.exitCode = 1;
  }
}

const invoked = process.argv[1] ?? "";
if (invoked.endsWith("bench-lineage.ts") || invoked.endsWith("bench-lineage.js")) main();
