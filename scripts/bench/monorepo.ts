// A deterministic monorepo of N models for benchmarks and for the tests that compare optimised and
// plain paths. Its shapes follow public Hub repositories (see scripts/bench/IMITATES.md):
// Trainer-generated fine-tune cards with model-index, LLM fine-tunes with a training-data section,
// GGUF quantisations, diffusion LoRAs, from-scratch bases with `datasets:`, and GitHub-style READMEs
// without front matter. About 72% of the models ship a license file, most of them the same Apache-2.0
// text. Lineage runs between models of the tree (by Hub id or path), to rules/models bases, and to
// Hub repositories nobody knows (served by the benchmark's fake Hub for `check --hub`).
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const spdx = createRequire(import.meta.url)("spdx-license-list/full") as Record<string, { licenseText: string }>;

export interface RepoFile {
  path: string;
  content: string;
}

export interface Monorepo {
  files: RepoFile[];
  models: number;
  licenseFiles: number;
  datasetCards: number;
  /** Hub repositories the cards name that neither the tree nor rules/ knows: id → files, for a fake Hub. */
  hub: { model: Record<string, Record<string, string>>; dataset: Record<string, Record<string, string>> };
}

/** mulberry32: small, fast and the same on every platform. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Refs as real cards write them: Hub ids of bases rules/models knows, datasets rules/datasets knows
// (by Hub id and by the names prose uses), and datasets it does not.
const KNOWN_BASES = {
  text: ["meta-llama/Llama-2-7b-hf", "meta-llama/Llama-3.1-8B", "mistralai/Mistral-7B-v0.1", "Qwen/Qwen2.5-7B", "google/gemma-2b", "EleutherAI/gpt-j-6b", "openai-community/gpt2", "tiiuae/falcon-7b", "microsoft/phi-2", "google-bert/bert-base-uncased", "google-t5/t5-base", "bigcode/starcoderbase"],
  image: ["runwayml/stable-diffusion-v1-5", "CompVis/stable-diffusion-v1-4", "stabilityai/stable-diffusion-xl-base-1.0", "stabilityai/stable-diffusion-2-1", "black-forest-labs/FLUX.1-dev"],
};
const KNOWN_DATASET_IDS = ["laion/laion2B-en", "allenai/c4", "HuggingFaceFW/fineweb", "HuggingFaceFW/fineweb-edu", "bigcode/the-stack", "EleutherAI/pile", "togethercomputer/RedPajama-Data-1T", "Spawning/PD12M", "wikimedia/wikipedia", "Skylion007/openwebtext", "mozilla-foundation/common_voice_11_0", "openslr/librispeech_asr", "ILSVRC/imagenet-1k", "laion/laion-coco", "cerebras/SlimPajama-627B"];
const KNOWN_DATASET_PROSE = ["LAION-2B (en)", "laion-aesthetics v2 5+", "The Pile", "C4", "Common Crawl", "FineWeb", "RedPajama", "Wikipedia", "BookCorpus", "OpenWebText", "ImageNet-1k", "MS COCO", "LibriSpeech", "Common Voice", "The Stack", "SlimPajama", "Conceptual Captions", "COYO-700M", "PD12M", "YFCC100M"];
const UNKNOWN_DATASETS = ["imdb", "glue", "squad", "cnn_dailymail", "emotion", "conll2003", "samsum", "xsum", "tatsu-lab/alpaca", "Open-Orca/OpenOrca", "yelp_review_full", "ag_news", "financial_phrasebank", "go_emotions", "wmt16"];
const TASKS = ["text-classification", "summarization", "translation", "token-classification", "question-answering", "text-generation", "automatic-speech-recognition", "image-classification"];
const WORDS = "data model training evaluation results weights checkpoint language corpus tokens steps learning rate batch precision recall accuracy benchmark prompt images captions fine-tuned base released research commercial downstream safety bias limitations users".split(" ");

/** License files as repositories ship them: [file name, text]. */
type LicenseFile = [name: string, text: string];

function licenseTexts(org: string, year: number): Record<"apache" | "apacheNotice" | "mit" | "bsd" | "ccByNc" | "ccBy", LicenseFile> {
  const text = (id: string) => spdx[id]!.licenseText;
  return {
    apache: ["LICENSE", text("Apache-2.0")],
    apacheNotice: [
      "LICENSE",
      `Copyright ${year} ${org}\n\nLicensed under the Apache License, Version 2.0 (the "License");\nyou may not use this file except in compliance with the License.\nYou may obtain a copy of the License at\n\n    http://www.apache.org/licenses/LICENSE-2.0\n\nUnless required by applicable law or agreed to in writing, software\ndistributed under the License is distributed on an "AS IS" BASIS,\nWITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\nSee the License for the specific language governing permissions and\nlimitations under the License.\n`,
    ],
    mit: ["LICENSE", text("MIT").replace("<year>", String(year)).replace("<copyright holders>", org)],
    bsd: ["LICENSE.txt", text("BSD-3-Clause").replace("<year>", String(year)).replace("<owner>", org)],
    ccByNc: ["LICENSE.md", text("CC-BY-NC-4.0")],
    ccBy: ["LICENSE.md", text("CC-BY-4.0")],
  };
}

type Kind = "base" | "trainer" | "llm" | "quantized" | "lora" | "github";
const KIND_SHARES: [Kind, number][] = [["base", 0.06], ["trainer", 0.5], ["llm", 0.12], ["quantized", 0.14], ["lora", 0.12], ["github", 0.06]];

interface Model {
  dir: string;
  id: string;
  kind: Kind;
  modality: "text" | "image";
}

export function generateMonorepo(count: number, seed = 14): Monorepo {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const chance = (p: number) => random() < p;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const orgs = Array.from({ length: 60 }, (_, i) => `${pick(["north", "blue", "open", "deep", "tiny", "lumen", "quartz", "delta"])}${pick(["wind", "leaf", "forge", "labs", "works", "mind"])}-${i}`);
  const repo: Monorepo = { files: [], models: 0, licenseFiles: 0, datasetCards: 0, hub: { model: {}, dataset: {} } };
  const add = (p: string, content: string) => repo.files.push({ path: p, content });

  // Dataset cards kept in the tree (data/ folders), named by some bases.
  const treeDatasets = Array.from({ length: 25 }, (_, i) => `corpus-${pick(["web", "chat", "code", "photo", "speech"])}-${i}`);
  for (const name of treeDatasets) {
    add(`datasets/${name}/README.md`, `---\nlicense: ${pick(["cc-by-4.0", "cc-by-nc-4.0", "odc-by", "apache-2.0"])}\nsource_datasets:\n- ${pick(KNOWN_DATASET_IDS)}\n---\n\n# ${name}\n\nCollected by the team. ${words(40)}.\n`);
    repo.datasetCards++;
  }
  // Hub repositories only the Hub knows: bases (some naming a rules/models base or a dataset) and datasets.
  const hubBases = Array.from({ length: 120 }, (_, i) => `${pick(["hub", "community", "indie"])}-org-${i % 17}/${pick(["chat", "coder", "vision", "speech"])}-base-${i}`);
  for (const id of hubBases) {
    const meta = [`license: ${pick(["apache-2.0", "mit", "cc-by-nc-4.0", "llama2"])}`];
    if (chance(0.5)) meta.push(`base_model: ${pick(KNOWN_BASES.text)}`);
    if (chance(0.6)) meta.push(`datasets:\n- ${pick([...KNOWN_DATASET_IDS, "hub-data/curated-mix"])}`);
    repo.hub.model[id] = { "README.md": `---\n${meta.join("\n")}\n---\n\n# ${id.split("/")[1]}\n\n${words(60)}.\n` };
  }
  for (const id of UNKNOWN_DATASETS) repo.hub.dataset[id] = { "README.md": `---\nlicense: ${pick(["cc-by-4.0", "apache-2.0", "other", "cc-by-nc-sa-4.0"])}\n---\n\n# ${id}\n\n${words(30)}.\n` };
  repo.hub.dataset["hub-data/curated-mix"] = { "README.md": `---\nlicense: cc-by-4.0\nsource_datasets:\n- allenai/c4\n---\n\n# curated-mix\n\n${words(30)}.\n` };

  const models: Model[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kindAt(random());
    const org = pick(orgs);
    const modality = kind === "lora" ? "image" : kind === "base" || kind === "github" ? pick(["text", "text", "image"] as const) : "text";
    const family = modality === "image" ? pick(["sd15", "sdxl", "flux", "diffusion"]) : pick(["bert", "distilbert", "roberta", "t5", "llama", "mistral", "qwen", "gpt2", "phi"]);
    const name = `${family}-${kind === "quantized" ? "gguf" : kind === "lora" ? "lora" : pick(["base", "finetuned", "instruct", "chat", "small"])}-${i.toString().padStart(5, "0")}`;
    const model: Model = { dir: `models/${org}/${name}`, id: `${org}/${name}`, kind, modality };
    const parent = parentRef(model, models, random, hubBases);
    const { card, license } = cardOf(model, parent, { pick, chance, words, random, treeDatasets });
    add(`${model.dir}/README.md`, card);
    add(`${model.dir}/config.json`, JSON.stringify({ architectures: [`${family}Model`], hidden_size: 768 + (i % 4) * 256 }, null, 2) + "\n");
    repo.models++;
    for (const [file, text] of licenseFilesOf(license, org, 2020 + (i % 5), random)) {
      add(`${model.dir}/${file}`, text);
      repo.licenseFiles++;
    }
    models.push(model);
  }
  add(".gitattributes", "*.safetensors filter=lfs diff=lfs merge=lfs -text\n*.gguf filter=lfs diff=lfs merge=lfs -text\n");
  return repo;
}

function kindAt(r: number): Kind {
  let acc = 0;
  for (const [kind, share] of KIND_SHARES) if (r < (acc += share)) return kind;
  return "trainer";
}

/** The base a derivative names: an earlier model of the tree (by Hub id or path), a rules/models base, or a Hub-only one. */
function parentRef(model: Model, earlier: readonly Model[], random: () => number, hubBases: readonly string[]): string | undefined {
  if (model.kind === "base" || model.kind === "github") return undefined;
  const r = random();
  const sameModality = earlier.filter((m) => m.modality === model.modality && m.kind !== "quantized");
  if (r < 0.45 && sameModality.length > 0) {
    // Mostly recent models, so chains several levels deep form as in real fine-tune families.
    const m = sameModality[Math.max(0, sameModality.length - 1 - Math.floor(random() * Math.min(50, sameModality.length)))]!;
    return random() < 0.85 ? m.id : `./${m.dir}`;
  }
  if (r < 0.85) {
    const pool = KNOWN_BASES[model.modality];
    return pool[Math.floor(random() * pool.length)];
  }
  return model.modality === "text" ? hubBases[Math.floor(random() * hubBases.length)] : KNOWN_BASES.image[0];
}

interface Draw {
  pick: <T>(xs: readonly T[]) => T;
  chance: (p: number) => boolean;
  words: (n: number) => string;
  random: () => number;
  treeDatasets: readonly string[];
}

/** The card and the license the model's files claim (which may disagree with its license file, as in real repos). */
function cardOf(m: Model, parent: string | undefined, d: Draw): { card: string; license: string } {
  const name = m.id.split("/")[1]!;
  switch (m.kind) {
    case "base": {
      const license = d.pick(["apache-2.0", "apache-2.0", "mit", "cc-by-nc-4.0", "creativeml-openrail-m", "openrail"]);
      const datasets = Array.from({ length: 1 + Math.floor(d.random() * 3) }, () => (d.chance(0.2) ? d.pick(d.treeDatasets) : d.pick(KNOWN_DATASET_IDS)));
      const meta = `license: ${license}\nlanguage:\n- en\ntags:\n- ${m.modality === "image" ? "text-to-image" : "text-generation"}\ndatasets:\n${[...new Set(datasets)].map((x) => `- ${x}`).join("\n")}\npipeline_tag: ${m.modality === "image" ? "text-to-image" : "text-generation"}\nlibrary_name: ${m.modality === "image" ? "diffusers" : "transformers"}`;
      const body = `# ${name}\n\n${name} is trained from scratch. ${d.words(50)}.\n\n## Training data\n\nThe model was trained on ${d.pick(KNOWN_DATASET_PROSE)} and ${d.pick(KNOWN_DATASET_PROSE)}, filtered for quality. ${d.words(40)}.\n\n## Limitations\n\n${d.words(60)}.\n`;
      return { card: `---\n${meta}\n---\n\n${body}`, license };
    }
    case "trainer": {
      const license = d.pick(["apache-2.0", "apache-2.0", "apache-2.0", "mit", "cc-by-nc-4.0"]);
      const dataset = d.chance(0.7) ? d.pick(UNKNOWN_DATASETS) : d.pick(KNOWN_DATASET_IDS);
      const metrics = ["accuracy", "f1", "loss", "rouge1", "bleu"].slice(0, 1 + Math.floor(d.random() * 4));
      const results = d.chance(0.3)
        ? "  results: []"
        : `  results:\n  - task:\n      name: ${d.pick(TASKS)}\n      type: ${d.pick(TASKS)}\n    dataset:\n      name: ${dataset}\n      type: ${dataset}\n      split: test\n    metrics:\n${metrics.map((x) => `    - name: ${x}\n      type: ${x}\n      value: ${(d.random()).toFixed(4)}`).join("\n")}`;
      const meta = `license: ${license}\n${parent ? `base_model: ${parent}\n` : ""}tags:\n- generated_from_trainer\ndatasets:\n- ${dataset}\nmetrics:\n${metrics.map((x) => `- ${x}`).join("\n")}\nmodel-index:\n- name: ${name}\n${results}`;
      const rows = Array.from({ length: 2 + Math.floor(d.random() * (d.chance(0.03) ? 300 : 12)) }, (_, e) => `| ${(d.random() * 2).toFixed(4)} | ${e + 1}.0 | ${(e + 1) * 500} | ${(d.random() * 2).toFixed(4)} |`);
      const body = `<!-- This model card has been generated automatically according to the information the Trainer had access to. You\nshould probably proofread and complete it, then remove this comment. -->\n\n# ${name}\n\nThis model is a fine-tuned version of [${parent}](https://huggingface.co/${parent}) on the ${dataset} dataset.\nIt achieves the following results on the evaluation set:\n- Loss: ${d.random().toFixed(4)}\n\n## Model description\n\nMore information needed\n\n## Intended uses & limitations\n\nMore information needed\n\n## Training and evaluation data\n\nMore information needed\n\n## Training procedure\n\n### Training hyperparameters\n\nThe following hyperparameters were used during training:\n- learning_rate: 2e-05\n- train_batch_size: ${d.pick([8, 16, 32])}\n- seed: 42\n- optimizer: Adam with betas=(0.9,0.999) and epsilon=1e-08\n- num_epochs: ${d.pick([1, 3, 5])}\n\n### Training results\n\n| Training Loss | Epoch | Step | Validation Loss |\n|:-------------:|:-----:|:----:|:---------------:|\n${rows.join("\n")}\n\n### Framework versions\n\n- Transformers 4.${30 + Math.floor(d.random() * 15)}.0\n- Pytorch 2.1.0+cu121\n- Datasets 2.14.5\n- Tokenizers 0.15.0\n`;
      return { card: `---\n${meta}\n---\n\n${body}`, license };
    }
    case "llm": {
      const license = d.pick(["apache-2.0", "llama2", "llama3.1", "mit", "cc-by-nc-4.0", "other"]);
      const data = [d.pick(UNKNOWN_DATASETS), d.pick(KNOWN_DATASET_IDS)];
      const meta = `license: ${license}\n${license === "other" ? "license_name: acme-model-license\nlicense_link: LICENSE\n" : ""}base_model: ${parent}\nlanguage:\n- en\n- de\npipeline_tag: text-generation\ntags:\n- chat\n- conversational\ndatasets:\n${data.map((x) => `- ${x}`).join("\n")}\nwidget:\n- messages:\n  - role: user\n    content: ${d.words(8)}`;
      const body = `# ${name}\n\n${name} is an instruction-tuned version of ${parent}. ${d.words(40)}.\n\n## Training Data\n\nWe fine-tuned on a mix of ${data.join(" and ")}, plus ${d.pick(KNOWN_DATASET_PROSE)} for continued pretraining. ${d.words(50)}.\n\n## Usage\n\n\`\`\`python\nfrom transformers import AutoModelForCausalLM\nmodel = AutoModelForCausalLM.from_pretrained("${m.id}")\n\`\`\`\n\n## License\n\nThis model is released under the ${license} license. ${d.words(20)}.\n\n## Evaluation\n\n| Benchmark | Score |\n|---|---|\n| MMLU | ${(40 + d.random() * 30).toFixed(1)} |\n| GSM8K | ${(20 + d.random() * 50).toFixed(1)} |\n`;
      return { card: `---\n${meta}\n---\n\n${body}`, license };
    }
    case "quantized": {
      const license = d.pick(["apache-2.0", "llama2", "mit", "other"]);
      const quants = ["Q2_K", "Q4_K_M", "Q5_K_M", "Q8_0"].map((q) => `| [${m.id.split("/")[1]}.${q}.gguf](https://huggingface.co/${m.id}/blob/main/${q}.gguf) | ${q} | ${(2 + d.random() * 6).toFixed(1)} GB |`);
      const meta = `license: ${license}\nbase_model: ${parent}\nbase_model_relation: quantized\ntags:\n- gguf\n- quantized\nquantized_by: ${m.id.split("/")[0]}`;
      return { card: `---\n${meta}\n---\n\n# ${name}\n\nGGUF quantisations of [${parent}](https://huggingface.co/${parent}).\n\n| File | Quant | Size |\n|---|---|---|\n${quants.join("\n")}\n`, license };
    }
    case "lora": {
      const license = d.pick(["creativeml-openrail-m", "creativeml-openrail-m", "openrail++", "mit", "apache-2.0"]);
      const trigger = `${d.pick(["ink", "pixel", "watercolor", "noir"])} style`;
      const meta = `license: ${license}\nbase_model: ${parent}\ninstance_prompt: ${trigger}\ntags:\n- text-to-image\n- stable-diffusion\n- lora\n- diffusers\nwidget:\n- text: a lighthouse at dusk, ${trigger}\n  output:\n    url: images/example.png`;
      const body = `# ${name}\n\n<Gallery />\n\n## Model description\n\nA LoRA trained on ${d.pick(["120", "300", "45"])} ${d.pick(["photos", "drawings", "renders"])} for ${trigger}. ${d.words(20)}.\n\n## Trigger words\n\nYou should use \`${trigger}\` to trigger the image generation.\n\n## Download model\n\nWeights for this model are available in Safetensors format.\n`;
      return { card: `---\n${meta}\n---\n\n${body}`, license };
    }
    case "github": {
      const license = d.pick(["MIT", "Apache-2.0", "CC BY-NC 4.0"]);
      const body = `# ${name}\n\n[![Paper](https://img.shields.io/badge/arXiv-2401.0000-b31b1b.svg)](https://arxiv.org)\n\nOfficial implementation of ${name}. ${d.words(40)}.\n\n## Installation\n\n\`\`\`bash\npip install -r requirements.txt\n\`\`\`\n\n## Training\n\nWe train on ${d.pick(KNOWN_DATASET_PROSE)}${d.chance(0.5) ? ` and ${d.pick(KNOWN_DATASET_PROSE)}` : ""}. ${d.words(60)}.\n\n## License\n\nThis project is licensed under the ${license} license.\n`;
      return { card: body, license: license.toLowerCase().replace(/ /g, "-") };
    }
  }
}

/** 0, 1 or (rarely) 2 license files, mostly the Apache-2.0 text copied unchanged. */
function licenseFilesOf(cardLicense: string, org: string, year: number, random: () => number): LicenseFile[] {
  if (random() >= 0.7) return [];
  const t = licenseTexts(org, year);
  const r = random();
  const main =
    cardLicense.startsWith("cc-by-nc") && r < 0.6 ? t.ccByNc
    : cardLicense === "mit" && r < 0.7 ? t.mit
    : r < 0.8 ? t.apache
    : r < 0.86 ? t.apacheNotice
    : r < 0.93 ? t.mit
    : r < 0.97 ? t.bsd
    : t.ccBy;
  // A repository with code under one license and weights under another ships both.
  return random() < 0.02 ? [main, ["MODEL_LICENSE", t.ccByNc[1]]] : [main];
}

/** Writes the monorepo under `root` (which should be empty). */
export function writeMonorepo(root: string, repo: Monorepo): void {
  const made = new Set<string>();
  for (const f of repo.files) {
    const dir = path.join(root, path.dirname(f.path));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path.join(root, f.path), f.content);
  }
}
