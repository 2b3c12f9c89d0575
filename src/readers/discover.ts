// Classifies paths of a tree: model cards, license files, dataset cards. Works on paths only,
// so the same code serves a workspace on disk and a PR's files fetched through the API.
import path from "node:path/posix";
import { localeOrder } from "../order.js";

export type FileRole = "model-card" | "license" | "dataset-card";

const MODEL_CARD = /^(readme|model[-_]?card|[a-z0-9._-]+_model_card)\.md$/i;
const LICENSE = /^((model[-_])?licen[cs]e|copying)([-_.].*)?$|\.license$/i;
/** Cards under a data folder describe data, not a model (e.g. a code repo's data/README.md). */
const DATASET_CARD_DIR = /(^|\/)(datasets?|data)(\/|$)/i;
/** Folders that never hold a model of the repo's own. */
const IGNORED_DIR = /(^|\/)(node_modules|\.git|dist|\.github|__pycache__|\.venv|venv)(\/|$)/;

/** Role of one path, or undefined when the tool does not read it. */
export function classify(file: string): FileRole | undefined {
  const p = toPosix(file);
  if (IGNORED_DIR.test(p)) return undefined;
  const base = path.basename(p);
  if (LICENSE.test(base)) return "license";
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
  for (const raw of paths) {
    const p = toPosix(raw);
    const role = classify(p);
    if (role === "model-card") {
      const dir = path.dirname(p);
      cardsByDir.set(dir, [...(cardsByDir.get(dir) ?? []), p]);
    } else if (role === "license") licenses.push(p);
    else if (role === "dataset-card") datasetCards.push(p);
  }
  const models = new Map<string, ModelFolder>();
  for (const [dir, cards] of cardsByDir) models.set(dir, { dir, card: preferredCard(cards), licenses: [] });
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
