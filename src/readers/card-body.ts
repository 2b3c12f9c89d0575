// The facts a card's body gives about data and lineage: its document model read for mentions,
// of which only training relations become training sources and only lineage relations bases.
import path from "node:path/posix";
import type { CardFacts } from "../facts/types.js";
import { readDocument, type CardDocument } from "./document.js";
import { findMentions, LINEAGE, TRAINING, type Mention, type MentionNames, type Relation } from "./mentions.js";

/** How a prose relation reads as the Hub's `base_model_relation`. */
const HUB_RELATION: Partial<Record<Relation, string>> = {
  "fine-tuned-from": "finetune",
  "merged-from": "merge",
  "quantized-from": "quantized",
  "adapter-of": "adapter",
};

/** Reads the body into `facts`: training sources (proseDatasets), bases (proseBaseModels) and their relation. */
export function readCardBody(file: string, text: string, bodyStart: number, names: MentionNames, facts: CardFacts): CardDocument {
  const doc = readDocument(text, bodyStart);
  const mentions = findMentions(doc, names, selfNames(file, doc));
  const loc = (offset: number) => ({ file, ...doc.position(offset) });
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.kind === "model" || !TRAINING.has(m.relation)) continue;
    const key = m.id ?? m.ref.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const value = { ref: m.ref, id: m.id, relation: m.relation, ...(m.kind === "share" ? { kind: "share" as const } : {}), ...(m.name ? { name: m.name } : {}), ...(m.terms ? { terms: m.terms } : {}), ...(m.host ? { host: m.host } : {}) };
    facts.proseDatasets.push({ value, location: loc(m.start) });
  }
  const components = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "model" || !m.id || !isShippedComponent(m) || components.has(m.id)) continue;
    components.add(m.id);
    facts.proseComponents.push({ value: m.id, location: loc(m.start) });
  }
  const bases = mentions.filter((m) => m.kind === "model" && LINEAGE.has(m.relation));
  const named = new Set<string>();
  for (const m of strongestFirst(bases)) {
    if (named.has(m.ref.toLowerCase())) continue;
    named.add(m.ref.toLowerCase());
    facts.proseBaseModels.push({ value: m.ref, location: loc(m.start) });
    facts.proseBaseRelation ??= HUB_RELATION[m.relation];
  }
  return doc;
}

const COMPONENT = /\b(text[- ]encoders?|vae|autoencoder|image encoder|vision encoder|audio encoder)\b/i;
/** Wordings that say the weights reuse the component as it was trained elsewhere. */
const REUSED = /\b(pre-?trained|frozen|freezes?|fixed|kept fixed|off-the-shelf|ships?|shipped|reuses?|borrowed)\b/i;

/**
 * A known model named as a component the weights ship or freeze ("conditions on a fixed pretrained
 * OpenCLIP ViT-H/14 text encoder"), not one trained from scratch after its design, nor a tokenizer.
 */
function isShippedComponent(m: Mention): boolean {
  if (m.relation === "tokenizer" || m.relation === "compared-with" || m.relation === "inspired-by" || LINEAGE.has(m.relation)) return false;
  const s = m.sentence.text;
  return COMPONENT.test(s) && REUSED.test(s);
}

/**
 * Lineage in order of strength: a Hub URL or id the card writes out, then a known model's name;
 * a name the card gives only after a URL of the same lineage sentence adds nothing.
 */
function strongestFirst(bases: Mention[]): Mention[] {
  const written = bases.filter((b) => b.ref.includes("/") || !b.id);
  return written.length > 0 ? written : bases;
}

/** Names the card's model goes by (its folder, its first heading): never its own base. */
function selfNames(file: string, doc: CardDocument): string[] {
  const dir = path.basename(path.dirname(file));
  const names = [dir, dir.split("__").pop() ?? dir];
  const title = doc.sections.find((s) => s.level === 1)?.heading;
  if (title) names.push(title);
  return names.filter((n) => n !== "" && n !== ".");
}
