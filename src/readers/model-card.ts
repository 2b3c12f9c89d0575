// Reads a model card: Hugging Face YAML front matter (optional) and the prose below it.
import type { Location } from "../domain.js";
import type { CardFacts, LicenseStatement, Located } from "../facts/types.js";
import { splitFrontMatter } from "./front-matter.js";
import { candidatesIn } from "./name-candidates.js";
import { decodeText, positionAt } from "./text.js";
import { parseYaml, type ParsedYaml } from "./yaml.js";

/** Names the card's prose is searched for; built from rules/ by the caller. */
export interface NameIndex {
  datasets: { name: string; id: string }[];
  licenses: { name: string; id: string }[];
  models: { name: string; id: string }[];
  /** Home pages of datasets (normalised by urlKey), for dataset URLs in the prose. */
  datasetUrls?: { url: string; id: string }[];
}

/** A URL without scheme, `www.`, query, fragment or trailing slash, lower-cased: how links are compared. */
export function urlKey(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/[?#].*$/, "").replace(/\/+$/, "");
}

const BASE_MODEL_RELATIONS = ["adapter", "merge", "quantized", "finetune"];
const TRAINING_HEADING = /train|data ?set|data sources|pre-?training|corpus|fine-?tun/i;
const NOT_TRAINING_HEADING = /eval|benchmark|result|citation|bibtex|limitation|bias|how to|usage|example|metric/i;
const LICENSE_HEADING = /licen[cs]e|terms of use/i;
const EVALUATION_SENTENCE = /\b(FID|CLIP score|scores?|evaluat\w*|benchmark\w*|zero-shot|accuracy|outperform\w*|state-of-the-art|test set|validation set|BLEU|WER|perplexity)\b/i;

/** The sentence around `at` (bounded by . ! ? or a blank line). */
function sentenceAt(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 400), at);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n\n"), before.lastIndexOf("! "), before.lastIndexOf("? "));
  const after = text.slice(at, at + 400);
  const end = after.search(/[.!?](\s|$)|\n\n/);
  return before.slice(start + 1) + (end >= 0 ? after.slice(0, end) : after);
}

export function readModelCard(file: string, content: string | Uint8Array, names: NameIndex): CardFacts {
  const facts: CardFacts = {
    file,
    frontMatter: false,
    datasets: [],
    baseModels: [],
    proseDatasets: [],
    proseLicenses: [],
    proseBaseModels: [],
    proseComponents: [],
    mentionsUseRestrictions: false,
    hasAttributionSection: false,
    body: "",
    problems: [],
  };
  const decoded = decodeText(content);
  if (!decoded.ok) {
    facts.problems.push({ messageId: "unreadable", message: decoded.reason, location: { file, line: 1, column: 1 } });
    return facts;
  }
  const text = decoded.text;
  const { yaml, openLine, bodyStart } = splitFrontMatter(text, file, facts.problems);
  if (yaml !== undefined) {
    facts.frontMatter = true;
    readMetadata(file, parseYaml(yaml, openLine, { hub: true }), facts);
  }
  facts.body = text;
  readProse(file, text, bodyStart, names, facts);
  return facts;
}

function readMetadata(file: string, parsed: ParsedYaml, facts: CardFacts): void {
  // The first YAML error is the one to fix; those after it are mostly its consequences.
  const [first, ...more] = parsed.problems;
  if (first) {
    const after = more.length > 0 ? ` (${more.length} more after it)` : "";
    facts.problems.push({ messageId: "yaml", message: `invalid YAML in front matter: ${first.message}${after}`, location: { file, line: first.line, column: first.column } });
  }
  const meta = parsed.value;
  if (meta === undefined || meta === null) return;
  if (typeof meta !== "object" || Array.isArray(meta)) {
    facts.problems.push({ messageId: "type", message: "front matter must be a mapping of keys to values", location: { file, ...parsed.locate([]) } });
    return;
  }
  const record = meta as Record<string, unknown>;
  facts.hubMetadata = Object.keys(record).some((k) => HUB_MODEL_KEYS.has(k));
  const at = (key: string, index?: number): Location => ({ file, ...parsed.locate(index === undefined ? [key] : [key, index]) });
  const typeProblem = (key: string, expected: string) =>
    facts.problems.push({ messageId: "type", message: `'${key}' must be ${expected}, got ${describe(record[key])}`, location: at(key) });

  const str = (key: string): Located<string> | undefined => {
    const v = record[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === "string" && v.trim() !== "") return { value: v.trim(), location: at(key) };
    // A model card carries one license; a list (allowed in dataset cards) is read as its first entry.
    if (key === "license" && Array.isArray(v) && typeof v[0] === "string") return { value: v[0], location: at(key, 0) };
    typeProblem(key, "a non-empty string");
    return undefined;
  };
  const list = (key: string): Located<string>[] => {
    const v = record[key];
    if (v === undefined || v === null) return [];
    if (typeof v === "string") return [{ value: v.trim(), location: at(key) }];
    if (Array.isArray(v)) {
      const out: Located<string>[] = [];
      v.forEach((item, i) => {
        if (typeof item === "string" && item.trim() !== "") out.push({ value: item.trim(), location: at(key, i) });
        // The Trainer writes `datasets: [null]` when it was given no dataset name: nothing named.
        else if (item === null) return;
        else facts.problems.push({ messageId: "type", message: `'${key}[${i}]' must be a string, got ${describe(item)}`, location: at(key, i) });
      });
      return out;
    }
    typeProblem(key, "a string or a list of strings");
    return [];
  };

  facts.license = str("license");
  facts.licenseName = str("license_name");
  facts.licenseLink = str("license_link");
  facts.datasets = list("datasets");
  facts.baseModels = list("base_model");
  facts.baseModelRelation = str("base_model_relation");
  if (facts.baseModelRelation && !BASE_MODEL_RELATIONS.includes(facts.baseModelRelation.value)) {
    facts.problems.push({
      messageId: "unknown-value",
      message: `'base_model_relation' must be one of ${BASE_MODEL_RELATIONS.join(", ")}, got '${facts.baseModelRelation.value}'`,
      location: facts.baseModelRelation.location,
    });
  }
}

/** Keys of the Hub's model card metadata (huggingface.co/docs/hub/model-cards#model-card-metadata). */
const HUB_MODEL_KEYS = new Set([
  "license", "license_name", "license_link", "base_model", "base_model_relation", "datasets", "library_name", "pipeline_tag",
  "tags", "model-index", "language", "languages", "metrics", "widget", "inference", "co2_eq_emissions", "thumbnail",
  "new_version", "extra_gated_prompt", "extra_gated_fields", "quantized_by", "model_creator", "model_name", "model_type",
]);

/** The metadata's statements: `license:` (unless `other`, which names none) and `license_name`. */
export function metadataStatements(facts: CardFacts): LicenseStatement[] {
  const out: LicenseStatement[] = [];
  const { license, licenseName } = facts;
  if (license && license.value.toLowerCase() !== "other") out.push({ subject: "weights", negated: false, license: license.value, text: `license: ${license.value}`, via: "metadata", location: license.location });
  if (licenseName) out.push({ subject: "weights", negated: false, license: licenseName.value, text: `license_name: ${licenseName.value}`, via: "license_name", location: licenseName.location });
  return out;
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "a mapping" : `${typeof v} ${JSON.stringify(v)}`;
}

interface Section {
  title: string;
  start: number;
  end: number;
}

function sections(text: string, bodyStart: number): Section[] {
  const heading = /^(#{1,6})[ \t]+(.+?)[ \t#]*$|^\*\*([^*\n]{2,60})\*\*[ \t]*:?[ \t]*$/gm;
  heading.lastIndex = bodyStart;
  const found: { title: string; start: number }[] = [{ title: "", start: bodyStart }];
  // `# stage 1` inside a fenced code block is a comment, not a heading.
  const fences = [...text.matchAll(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm)].map((f) => [f.index!, f.index! + f[0].length] as const);
  const inFence = (at: number) => fences.some(([a, b]) => at > a && at < b);
  for (let m = heading.exec(text); m; m = heading.exec(text)) {
    if (!inFence(m.index)) found.push({ title: (m[2] ?? m[3] ?? "").trim(), start: m.index });
  }
  return found.map((s, i) => ({ ...s, end: found[i + 1]?.start ?? text.length }));
}

function readProse(file: string, text: string, bodyStart: number, names: NameIndex, facts: CardFacts): void {
  const all = sections(text, bodyStart);
  const training = all.filter((s) => TRAINING_HEADING.test(s.title) && !NOT_TRAINING_HEADING.test(s.title));
  // Without a training section, any non-evaluation prose may name the data, except sentences that
  // report results ("a zero-shot FID of 6.66 on the COCO dataset").
  const dataScope = training.length > 0 ? training : all.filter((s) => !NOT_TRAINING_HEADING.test(s.title));
  const reportsResults = (at: number) => training.length === 0 && EVALUATION_SENTENCE.test(sentenceAt(text, at));
  const loc = (offset: number): Location => ({ file, ...positionAt(text, offset) });
  const seen = new Set<string>();
  const addDataset = (ref: string, id: string | undefined, offset: number) => {
    const key = id ?? ref.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    facts.proseDatasets.push({ value: { ref, id }, location: loc(offset) });
  };

  // Collect every hit with its span, then keep only those not inside a longer hit
  // ("The Stack v2" must not also count as "The Stack").
  const hits: { ref: string; id?: string | undefined; start: number; end: number }[] = [];
  for (const s of dataScope) {
    const chunk = text.slice(s.start, s.end);
    for (const m of chunk.matchAll(/huggingface\.co\/datasets\/([\w.-]+\/[\w.-]+|[\w.-]+)/g)) {
      const ref = m[1]!.replace(/\.$/, "");
      const start = s.start + m.index!;
      hits.push({ ref, id: names.datasets.find((d) => d.name.toLowerCase() === ref.toLowerCase())?.id, start, end: start + m[0].length });
    }
    for (const m of chunk.matchAll(/https?:\/\/[^\s)>\]"'`]+/g)) {
      const key = urlKey(m[0].replace(/[.,;:]+$/, ""));
      // A page shared by several datasets (LAION-5B's also describes LAION-2B-en) names none of them.
      const known = names.datasetUrls?.filter((u) => u.url === key) ?? [];
      if (known.length === 1) hits.push({ ref: m[0], id: known[0]!.id, start: s.start + m.index!, end: s.start + m.index! + m[0].length });
    }
    for (const { name, id } of candidatesIn(chunk, names.datasets)) {
      const found = findName(chunk, name);
      // Keep the words as the card writes them, for the evidence.
      if (found) hits.push({ ref: chunk.slice(found.index, found.index + found.length), id, start: s.start + found.index, end: s.start + found.index + found.length });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const h of hits.filter((x) => !reportsResults(x.start))) {
    if (hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start)) continue;
    addDataset(h.ref, h.id, h.start);
  }

  for (const s of all.filter((x) => LICENSE_HEADING.test(x.title))) {
    const chunk = text.slice(s.start, s.end);
    for (const { name, id } of candidatesIn(chunk, names.licenses)) {
      const found = findName(chunk, name);
      if (found && !facts.proseLicenses.some((l) => l.value.id === id)) {
        facts.proseLicenses.push({ value: { text: name, id }, location: loc(s.start + found.index) });
      }
    }
  }
  // Names that contain another (CC BY-NC-SA 4.0 contains CC BY 4.0... by prefix) : keep the longest.
  facts.proseLicenses = facts.proseLicenses.filter(
    (l) => !facts.proseLicenses.some((o) => o !== l && o.value.text.length > l.value.text.length && o.value.text.toLowerCase().includes(l.value.text.toLowerCase())),
  );

  const body = text.slice(bodyStart);
  for (const m of body.matchAll(/(?:fine-?tuned|trained|based|built|derived|quantized|merged)\s+(?:from|on top of|on|upon)\s+\[?`?([\w.-]+\/[\w.-]+)`?/gi)) {
    const ref = m[1]!.replace(/\.$/, "");
    if (/^datasets?\//i.test(ref) || facts.proseBaseModels.some((b) => b.value === ref)) continue;
    if (names.datasets.some((d) => d.name.toLowerCase() === ref.toLowerCase())) continue;
    facts.proseBaseModels.push({ value: ref, location: loc(bodyStart + m.index! + m[0].indexOf(m[1]!)) });
  }
  // A pretrained component (text encoder, VAE) is named on the line that says it is one.
  for (const line of body.matchAll(/^.*(?:text[- ]encoder|\bvae\b|autoencoder|image encoder|tokenizer).*$/gim)) {
    for (const { name, id } of candidatesIn(line[0], names.models)) {
      const found = findName(line[0], name);
      if (!found || facts.proseComponents.some((c) => c.value === id)) continue;
      const offset = found.index;
      if (/(trained|train) (?:from scratch|ourselves)/i.test(line[0]) && !/pretrained|pre-trained|frozen|fixed/i.test(line[0])) continue;
      facts.proseComponents.push({ value: id, location: loc(bodyStart + line.index! + offset) });
    }
  }
  facts.mentionsUseRestrictions = /use[- ]based restrictions|use restrictions|attachment a|acceptable use policy|prohibited use/i.test(body);
  facts.hasAttributionSection = all.some((s) => /attribution|acknowledg|credits?|citation|datasets? used/i.test(s.title));
}

/** Compiled name patterns, memoised: the same few hundred names are searched in every card. */
const namePatterns = new Map<string, RegExp>();

function namePattern(name: string): RegExp {
  let re = namePatterns.get(name);
  if (!re) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[-_ ]/g, "[-_ ]?");
    // Short all-caps names (C4, WIT, SAM) match case-sensitively to avoid hits inside prose.
    const flags = name.length <= 4 && name === name.toUpperCase() ? "" : "i";
    re = new RegExp(`(?<![\\w/-])${escaped}(?![\\w-]|\\.\\w)`, flags);
    namePatterns.set(name, re);
  }
  return re;
}

/**
 * The pieces of `name` between separators (`-`, `_`, space), as namePattern needs them verbatim
 * (up to ASCII case), when all are ASCII; undefined otherwise (then there is no cheap test).
 */
const namePieces = new Map<string, string[] | undefined>();

function piecesOf(name: string): string[] | undefined {
  if (!namePieces.has(name)) {
    const caseless = name.length <= 4 && name === name.toUpperCase() ? name : name.toLowerCase();
    namePieces.set(name, /^[\x20-\x7e]*$/.test(name) ? caseless.split(/[-_ ]/).filter(Boolean) : undefined);
  }
  return namePieces.get(name);
}

/** The last text searched and its lower-case form: hundreds of names are looked up in each. */
let lastText = "";
let lastLower = "";

/** Where `name` stands in `text` as a whole word (case-insensitive), or undefined. */
export function findName(text: string, name: string): { index: number; length: number } | undefined {
  if (name.length < 2) return undefined;
  // A match contains every ASCII piece of the name as it is, up to ASCII case (in a case-insensitive
  // pattern without the u flag, an ASCII letter only matches itself in either case). Most names
  // are in no card, and a substring test rules them out before any regular expression runs.
  const pieces = piecesOf(name);
  if (pieces) {
    const caseSensitive = name.length <= 4 && name === name.toUpperCase();
    if (!caseSensitive && text !== lastText) {
      lastText = text;
      lastLower = text.toLowerCase();
    }
    const haystack = caseSensitive ? text : lastLower;
    if (!pieces.every((p) => haystack.includes(p))) return undefined;
  }
  const m = namePattern(name).exec(text);
  return m ? { index: m.index, length: m[0].length } : undefined;
}
