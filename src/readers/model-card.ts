// Reads a model card: Hugging Face YAML front matter (optional) and the prose below it.
import type { Location } from "../domain.js";
import type { CardFacts, LicenseStatement, Located } from "../facts/types.js";
import { splitFrontMatter } from "./front-matter.js";
import { decodeText, positionAt } from "./text.js";
import { readCardBody } from "./card-body.js";
import { bodyStatements } from "./license-statements.js";
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

export function readModelCard(file: string, content: string | Uint8Array, names: NameIndex): CardFacts {
  const facts: CardFacts = {
    file,
    frontMatter: false,
    datasets: [],
    baseModels: [],
    proseDatasets: [],
    proseBaseModels: [],
    proseComponents: [],
    mentionsUseRestrictions: false,
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
  facts.datasets = list("datasets").flatMap(splitIds);
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

/**
 * `datasets: [dcep europarl jrc-acquis]`: several ids in one value, separated by spaces (23 corpus
 * cards of one publisher). Split when every word is id-shaped and one has an id's `-`, `_` or
 * digit, so that a name of words ("legal entity recognition", "Common Voice") stays one.
 */
function splitIds(d: Located<string>): Located<string>[] {
  const words = d.value.split(/\s+/);
  if (words.length < 3 || !words.every((w) => /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/.test(w)) || !words.some((w) => /[-_\d]/.test(w))) return [d];
  return words.map((value) => ({ value, location: d.location }));
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

function readProse(file: string, text: string, bodyStart: number, names: NameIndex, facts: CardFacts): void {
  const loc = (offset: number): Location => ({ file, ...positionAt(text, offset) });
  const doc = readCardBody(file, text, bodyStart, names, facts);
  facts.licenseStatements = [...metadataStatements(facts), ...bodyStatements(doc.blocks, names, loc)];
  const body = text.slice(bodyStart);
  facts.mentionsUseRestrictions = /use[- ]based restrictions|use restrictions|attachment a|acceptable use policy|prohibited use/i.test(body);
}

