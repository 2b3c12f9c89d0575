// Loads rules/ into an indexed, read-only knowledge base. Every entry is validated by zod and
// cross-references (dataset → license, model → dataset, ...) must resolve.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseYaml } from "../readers/yaml.js";
import { zodProblems, type ValidationProblem } from "../readers/validate.js";
import {
  DatasetEntrySchema,
  LegalBasisSchema,
  LicenseEntrySchema,
  ModelEntrySchema,
  type DatasetEntry,
  type LegalBasisEntry,
  type LicenseEntry,
  type ModelEntry,
} from "./schema.js";
import type { z } from "zod";

export const DEFAULT_RULES_DIR = fileURLToPath(new URL("../../rules", import.meta.url));

export class KnowledgeBaseError extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super(problems.map((p) => `${p.location.file}:${p.location.line}: ${p.path ? p.path + ": " : ""}${p.message}`).join("\n"));
  }
}

/** Lower-cases and strips punctuation so "LAION-2B-en", "laion2B en" and "laion_2b_en" meet. */
export function aliasKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9.+]+/g, "");
}

export interface RuleFile {
  /** Path of the YAML file relative to the rules directory, for evidence links. */
  file: string;
}

export class KnowledgeBase {
  readonly licenses = new Map<string, LicenseEntry & RuleFile>();
  readonly legalBases = new Map<string, LegalBasisEntry & RuleFile>();
  readonly datasets = new Map<string, DatasetEntry & RuleFile>();
  readonly models = new Map<string, ModelEntry & RuleFile>();
  private readonly licenseIndex = new Map<string, string>();
  private readonly datasetIndex = new Map<string, string>();
  private readonly modelIndex = new Map<string, string>();

  license(ref: string): (LicenseEntry & RuleFile) | undefined {
    const id = this.licenseIndex.get(ref.toLowerCase()) ?? this.licenseIndex.get(aliasKey(ref));
    return id ? this.licenses.get(id) : undefined;
  }

  legalBasis(id: string): (LegalBasisEntry & RuleFile) | undefined {
    return this.legalBases.get(id);
  }

  /** Finds a dataset by id, Hub id (any case), alias, or a URL naming its Hub id or home page. */
  dataset(ref: string): (DatasetEntry & RuleFile) | undefined {
    const id = this.datasetIndex.get(ref.toLowerCase()) ?? this.datasetIndex.get(aliasKey(ref));
    return id ? this.datasets.get(id) : undefined;
  }

  model(ref: string): (ModelEntry & RuleFile) | undefined {
    const id = this.modelIndex.get(ref.toLowerCase()) ?? this.modelIndex.get(aliasKey(ref));
    return id ? this.models.get(id) : undefined;
  }

  /** Names and aliases of all datasets, for spotting mentions in a card's prose. */
  datasetNames(): { name: string; id: string }[] {
    const out: { name: string; id: string }[] = [];
    for (const d of this.datasets.values()) {
      for (const name of [d.name, ...d.aliases, ...d.hubIds]) out.push({ name, id: d.id });
    }
    return out;
  }

  index(): void {
    const put = (index: Map<string, string>, key: string, id: string) => {
      for (const k of [key.toLowerCase(), aliasKey(key)]) if (k && !index.has(k)) index.set(k, id);
    };
    for (const l of this.licenses.values()) {
      put(this.licenseIndex, l.id, l.id);
      if (l.spdx) put(this.licenseIndex, l.spdx, l.id);
      if (l.scancode) put(this.licenseIndex, l.scancode, l.id);
      for (const a of l.aliases) put(this.licenseIndex, a, l.id);
    }
    for (const d of this.datasets.values()) {
      put(this.datasetIndex, d.id, d.id);
      for (const h of d.hubIds) put(this.datasetIndex, h, d.id);
      for (const a of [d.name, ...d.aliases]) put(this.datasetIndex, a, d.id);
    }
    for (const m of this.models.values()) {
      put(this.modelIndex, m.id, m.id);
      for (const h of m.hubIds) put(this.modelIndex, h, m.id);
      for (const a of [m.name, ...m.aliases]) put(this.modelIndex, a, m.id);
    }
  }
}

function loadKind<S extends z.ZodType>(
  dir: string,
  kind: string,
  schema: S,
  problems: ValidationProblem[],
): (z.infer<S> & RuleFile)[] {
  const folder = path.join(dir, kind);
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith(".yaml")).sort();
  } catch {
    return [];
  }
  const out: (z.infer<S> & RuleFile)[] = [];
  for (const name of names) {
    const file = `${kind}/${name}`;
    const parsed = parseYaml(readFileSync(path.join(folder, name), "utf8"));
    if (parsed.problems.length > 0) {
      for (const p of parsed.problems) problems.push({ location: { file, line: p.line, column: p.column }, path: "", message: p.message });
      continue;
    }
    const result = schema.safeParse(parsed.value);
    if (!result.success) {
      problems.push(...zodProblems(result.error, parsed, file));
      continue;
    }
    const entry = result.data as z.infer<S> & { id: string };
    if (name !== `${entry.id}.yaml`) {
      problems.push({ location: { file, ...parsed.locate(["id"]) }, path: "id", message: `file name must be ${entry.id}.yaml` });
    }
    out.push({ ...entry, file });
  }
  return out;
}

export function loadKnowledgeBase(dir: string = DEFAULT_RULES_DIR): KnowledgeBase {
  const problems: ValidationProblem[] = [];
  const kb = new KnowledgeBase();
  for (const e of loadKind(dir, "licenses", LicenseEntrySchema, problems)) kb.licenses.set(e.id, e);
  for (const e of loadKind(dir, "legal-bases", LegalBasisSchema, problems)) kb.legalBases.set(e.id, e);
  for (const e of loadKind(dir, "datasets", DatasetEntrySchema, problems)) kb.datasets.set(e.id, e);
  for (const e of loadKind(dir, "models", ModelEntrySchema, problems)) kb.models.set(e.id, e);
  kb.index();

  const missing = (file: string, field: string, what: string, ref: string) =>
    problems.push({ location: { file, line: 1, column: 1 }, path: field, message: `unknown ${what} '${ref}'` });
  for (const d of kb.datasets.values()) {
    if (d.license && !kb.license(d.license)) missing(d.file, "license", "license", d.license);
    for (const l of d.content.itemLicenses) if (!kb.license(l)) missing(d.file, "content.itemLicenses", "license", l);
    for (const b of [d.legalBasis, ...d.alternativeBases]) if (b && !kb.legalBasis(b)) missing(d.file, "legalBasis", "legal basis", b);
    for (const s of d.derivedFrom) if (!kb.datasets.has(s)) missing(d.file, "derivedFrom", "dataset", s);
  }
  for (const m of kb.models.values()) {
    if (!kb.license(m.license)) missing(m.file, "license", "license", m.license);
    for (const s of m.datasets) if (!kb.datasets.has(s)) missing(m.file, "datasets", "dataset", s);
    for (const b of m.baseModels) if (!kb.models.has(b.id)) missing(m.file, "baseModels", "model", b.id);
  }
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return kb;
}

/** A validated knowledge base as plain JSON data: what the Action's bundle carries instead of rules/. */
export interface CompiledKnowledgeBase {
  licenses: (LicenseEntry & RuleFile)[];
  legalBases: (LegalBasisEntry & RuleFile)[];
  datasets: (DatasetEntry & RuleFile)[];
  models: (ModelEntry & RuleFile)[];
}

/** Entries of a loaded (hence validated) knowledge base, for serialising at build time. */
export function compileKnowledgeBase(kb: KnowledgeBase): CompiledKnowledgeBase {
  return {
    licenses: [...kb.licenses.values()],
    legalBases: [...kb.legalBases.values()],
    datasets: [...kb.datasets.values()],
    models: [...kb.models.values()],
  };
}

/** Rebuilds a knowledge base from compileKnowledgeBase's output; it was validated when compiled. */
export function loadKnowledgeBaseFromJson(data: CompiledKnowledgeBase): KnowledgeBase {
  const kb = new KnowledgeBase();
  for (const e of data.licenses) kb.licenses.set(e.id, e);
  for (const e of data.legalBases) kb.legalBases.set(e.id, e);
  for (const e of data.datasets) kb.datasets.set(e.id, e);
  for (const e of data.models) kb.models.set(e.id, e);
  kb.index();
  return kb;
}
