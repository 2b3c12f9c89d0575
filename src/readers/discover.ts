// Classifies paths of a tree: model cards, license files, dataset cards. Works on paths only,
// so the same code serves a workspace on disk and a PR's files fetched through the API.
import path from "node:path/posix";
import type { CardFacts } from "../facts/types.js";
import { localeOrder } from "../order.js";

export type FileRole = "model-card" | "license" | "dataset-card";

const MODEL_CARD = /^(readme|model[-_]?card|[a-z0-9._-]+_model_card)\.md$/i;
/**
 * A license file by name: LICENSE, LICENCE or COPYING with a prefix or suffix naming what it covers
 * (MODEL_LICENSE, WEIGHT_DIFF_LICENSE, LICENSE-MODEL, LICENSE.Apache-2.0, COPYING.LESSER, DATA_LICENSE)
 * or a REUSE `*.license` file, but never source code or data (`utils/license_check.py`,
 * `license.json`): its content decides the rest (see looksLikeLicenseText).
 */
const LICENSE = /^(?:[a-z0-9]+[-_.])*(?:licen[cs]es?|copying)(?:[-_.][a-z0-9][\w.-]*)?$|\.license$/i;
const NOT_TEXT = /\.(?:py|pyc|ipynb|js|mjs|cjs|ts|tsx|jsx|json|jsonl|ya?ml|toml|cfg|ini|sh|bash|ps1|bat|c|cc|cpp|h|hpp|java|kt|go|rs|rb|pl|php|swift|scala|r|lua|css|scss|xml|csv|tsv|lock|png|jpe?g|gif|svg|pdf|zip|gz|tar|whl|bin|safetensors|pt|pth|onnx|gguf|h5)$/i;
/** A license file about data (DATA_LICENSE, LICENSE-DATA): the terms of data shipped with the model, never the weights'. */
const DATA_LICENSE = /^(?:data(?:set)?s?[-_. ]?licen[cs]e|licen[cs]e[-_. ]?data(?:set)?s?)(?:\.\w+)?$/i;

/** True when a license file's name says it covers data, not the model. */
export function isDataLicense(file: string): boolean {
  return DATA_LICENSE.test(path.basename(toPosix(file)));
}

/** True for text that reads as a license or a notice of one: any other file named like one is not read as a license. */
export function looksLikeLicenseText(text: string): boolean {
  return /licen[cs]|copyright|permission|warrant|all rights reserved|terms (of|and) (use|conditions)|public domain|\bgrant/i.test(text.slice(0, 8192));
}
/** Cards under a data folder describe data, not a model (e.g. a code repo's data/README.md). */
const DATASET_CARD_DIR = /(^|\/)(datasets?|data)(\/|$)/i;
/** Folders that never hold a model of the repo's own. */
const IGNORED_DIR = /(^|\/)(node_modules|\.git|dist|\.github|__pycache__|\.venv|venv)(\/|$)/;

/**
 * Weights and model configs: a README beside them is a model card. Listed, never read. (Hub
 * layouts: Transformers, Diffusers, PEFT adapters, GGUF/GGML, ONNX, Keras, TF, Flax, NeMo, sklearn.)
 */
const MODEL_FILE =
  /^(?:config|model_index|adapter_config|generation_config|params)\.json$|\.(?:safetensors|gguf|ggml|bin|pt|pth|ckpt|onnx|h5|msgpack|tflite|mlmodel|pb|keras|nemo|joblib|llamafile)$|\.(?:safetensors|bin)\.index\.json$/i;

/** A weights or model config file: listed so a card beside it is known to be a model card. */
export function isModelFile(file: string): boolean {
  const p = toPosix(file);
  return !IGNORED_DIR.test(p) && MODEL_FILE.test(path.basename(p));
}

/** Files a walk lists besides those the tool reads: model files (never read) and .gitignore. */
export function isContextFile(file: string): boolean {
  return isModelFile(file) || path.basename(file) === ".gitignore";
}

/** Role of one path, or undefined when the tool does not read it. */
export function classify(file: string): FileRole | undefined {
  const p = toPosix(file);
  if (IGNORED_DIR.test(p)) return undefined;
  const base = path.basename(p);
  if (LICENSE.test(base) && !NOT_TEXT.test(base)) return "license";
  if (MODEL_CARD.test(base)) return DATASET_CARD_DIR.test(path.dirname(p)) ? "dataset-card" : "model-card";
  return undefined;
}

export function toPosix(p: string): string {
  return p.split("\\").join("/").replace(/^\.\//, "");
}

export interface ModelFolder {
  /** Folder relative to the root ("." for the root). */
  dir: string;
  card?: string | undefined;
  licenses: string[];
  /** True when weights or a model config sit in the folder or in a subfolder without a card of its own. */
  besideModelFiles?: boolean;
}

export interface Discovered {
  models: ModelFolder[];
  datasetCards: string[];
}

/**
 * Groups files into models: a folder with a card is one model, and license files belong to the
 * nearest enclosing model folder. A tree with license files but no card is one model at its root.
 */
export function discover(paths: readonly string[]): Discovered {
  const cardsByDir = new Map<string, string[]>();
  const licenses: string[] = [];
  const datasetCards: string[] = [];
  const modelFileDirs = new Set<string>();
  for (const raw of paths) {
    const p = toPosix(raw);
    if (isModelFile(p)) modelFileDirs.add(path.dirname(p));
    const role = classify(p);
    if (role === "model-card") {
      const dir = path.dirname(p);
      cardsByDir.set(dir, [...(cardsByDir.get(dir) ?? []), p]);
    } else if (role === "license") licenses.push(p);
    else if (role === "dataset-card") datasetCards.push(p);
  }
  const models = new Map<string, ModelFolder>();
  for (const [dir, cards] of cardsByDir) models.set(dir, { dir, card: preferredCard(cards), licenses: [] });
  for (const dir of modelFileDirs) {
    // The folder's own card, else its parent's (Diffusers keep configs in text_encoder/, unet/ ...).
    const owner = models.get(dir) ?? (cardsByDir.has(dir) ? undefined : models.get(path.dirname(dir)));
    if (owner) owner.besideModelFiles = true;
  }
  for (const lic of licenses.sort()) {
    const owner = nearestModel(path.dirname(lic), models);
    if (owner) owner.licenses.push(lic);
    else {
      const root = models.get(".") ?? { dir: ".", licenses: [] };
      root.licenses.push(lic);
      models.set(".", root);
    }
  }
  return {
    models: [...models.values()].sort((a, b) => localeOrder(a.dir, b.dir)),
    datasetCards: datasetCards.sort(),
  };
}

/** README.md is the Hub's card; a dedicated model-card file wins over a README that may be about code. */
function preferredCard(cards: string[]): string {
  const rank = (c: string) => (/readme\.md$/i.test(c) ? 1 : 0);
  return [...cards].sort((a, b) => rank(a) - rank(b) || localeOrder(a, b))[0]!;
}

function nearestModel(dir: string, models: Map<string, ModelFolder>): ModelFolder | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const m = models.get(d);
    if (m) return m;
    if (d === "." || d === "/" || d === "") return undefined;
  }
}

/** A heading of the Hub's model card template or of cards written without it. "Usage" alone is any README's. */
const MODEL_SECTION =
  /^\s{0,3}#{1,6}[ \t]+.*\b(?:model (?:details|description|card|summary|architecture|sources?|overview|type)|intended uses?|out-of-scope|training|fine-?tun\w*|evaluation|limitations|bias\w*|risks|how to (?:use|get started)|uses|datasets?|pre-?training|base model)\b/i;
/** A project's documentation folder. */
const DOCS_DIR = /(^|\/)(docs?|documentation|wiki)(\/|$)/i;

/** True when the body has a heading of a model card's sections (outside code fences). */
function cardShaped(body: string): boolean {
  let fence: string | undefined;
  for (const line of body.split("\n")) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) fence = fence === undefined ? marker : undefined;
    else if (fence === undefined && MODEL_SECTION.test(line)) return true;
  }
  return false;
}

/**
 * Why a card file is not a model card, or undefined when it is one: Hub model metadata, weights or
 * a model config beside it, or a dedicated card file name make one. Otherwise a README must have
 * model-card sections, and the repository's own README or a docs/ page must also be the tree's
 * only card (a model's GitHub repository describing it in its README).
 */
export function notAModelCard(card: CardFacts, folder: ModelFolder, otherCards: boolean, bodyStart: number): string | undefined {
  if (folder.besideModelFiles || card.hubMetadata || card.problems.length > 0 || !/(^|\/)readme\.md$/i.test(card.file)) return undefined;
  const shaped = cardShaped(card.body.slice(bodyStart));
  const project = folder.dir === "." ? "the repository's README" : DOCS_DIR.test(folder.dir) ? "documentation" : undefined;
  if (!project) return shaped ? undefined : "not a model card: no Hub model metadata, no weights or model config beside it, no model-card sections";
  if (shaped && !otherCards) return undefined;
  return `${project}, not a model card: no Hub model metadata and no weights or model config beside it${shaped ? "; the tree's model cards are elsewhere" : ""}`;
}
