// The knowledge base as the checks see it: entries indexed by id, Hub id and alias. It is built
// from rules/ by load.ts (validating every entry), or, in the Action's bundle, from the entries
// load.ts validated at build time. This module holds no schema, so the bundle needs no zod schema
// of the knowledge base at all.
import type { ValidationProblem } from "../readers/validate.js";
import type { DatasetEntry, LegalBasisEntry, LicenseEntry, ModelEntry } from "./schema.js";

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
