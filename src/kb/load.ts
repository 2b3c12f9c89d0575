// Two ways to a knowledge base. At build time, loadRules() reads rules/ (YAML entries and the
// imported JSON catalogues), validates every entry with zod and checks that cross-references
// resolve; scripts/build-kb.ts writes the result to rules/compiled/knowledge-base.json. At run
// time, loadKnowledgeBase() reads that artefact: one JSON.parse, no YAML, no re-validation.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseYaml } from "../readers/yaml.js";
import { zodProblems, type ValidationProblem } from "../readers/validate.js";
import { DatasetEntrySchema, LegalBasisSchema, LicenseEntrySchema, ModelEntrySchema, ProviderSchema } from "./schema.js";
import { loadCompiledKnowledgeBase } from "./compiled.js";
import { KnowledgeBase, KnowledgeBaseError, type RuleFile } from "./knowledge-base.js";
import type { z } from "zod";

export { loadCompiledKnowledgeBase } from "./compiled.js";
export { aliasKey, compileKnowledgeBase, KnowledgeBase, KnowledgeBaseError, loadKnowledgeBaseFromJson } from "./knowledge-base.js";
export type { CompiledKnowledgeBase, DatasetMatch, DatasetName, DatasetRecord, RuleFile } from "./knowledge-base.js";

export const DEFAULT_RULES_DIR = fileURLToPath(new URL("../../rules", import.meta.url));
/** The compiled artefact, relative to the rules directory. */
export const COMPILED_FILE = "compiled/knowledge-base.json";
/** Imported catalogues: `<kind>/imported/<source>.json`, written by scripts/import-*.ts. */
export const IMPORTED_DIR = "imported";

/**
 * The knowledge base the CLI and the Action run on. Without `dir`, the compiled artefact beside
 * this module's rules/ (validated when it was built; a test checks it equals a fresh compile).
 * With `dir`, that rules directory read and validated from source (as loadRules).
 */
export function loadKnowledgeBase(dir?: string): KnowledgeBase {
  return dir === undefined ? loadCompiledKnowledgeBase() : loadRules(dir);
}

function yamlEntries<S extends z.ZodType>(dir: string, kind: string, schema: S, problems: ValidationProblem[]): (z.infer<S> & RuleFile)[] {
  const folder = path.join(dir, kind);
  const out: (z.infer<S> & RuleFile)[] = [];
  for (const name of filesIn(folder, ".yaml")) {
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

/** An imported catalogue: `{ "source": {...}, "entries": [ one entry per line ] }`. */
function importedEntries<S extends z.ZodType>(dir: string, kind: string, schema: S, problems: ValidationProblem[]): (z.infer<S> & RuleFile)[] {
  const folder = path.join(dir, kind, IMPORTED_DIR);
  const out: (z.infer<S> & RuleFile)[] = [];
  for (const name of filesIn(folder, ".json")) {
    const file = `${kind}/${IMPORTED_DIR}/${name}`;
    const text = readFileSync(path.join(folder, name), "utf8");
    let data: { entries?: unknown };
    try {
      data = JSON.parse(text) as { entries?: unknown };
    } catch (e) {
      problems.push({ location: { file, line: 1, column: 1 }, path: "", message: (e as Error).message });
      continue;
    }
    if (!Array.isArray(data.entries)) {
      problems.push({ location: { file, line: 1, column: 1 }, path: "entries", message: "expected an `entries` array" });
      continue;
    }
    const firstLine = text.split("\n").findIndex((l) => l.trimStart().startsWith("{") && l.includes('"id"')) + 1;
    data.entries.forEach((raw, i) => {
      const result = schema.safeParse(raw);
      const line = Math.max(1, firstLine) + i;
      if (!result.success) {
        for (const issue of result.error.issues) problems.push({ location: { file, line, column: 1 }, path: `entries[${i}].${issue.path.join(".")}`, message: issue.message });
        return;
      }
      const entry = result.data as { tier?: string };
      if (entry.tier !== "imported") problems.push({ location: { file, line, column: 1 }, path: `entries[${i}].tier`, message: "imported entries carry tier: imported" });
      out.push(Object.assign({}, result.data as object, { file }) as z.infer<S> & RuleFile);
    });
  }
  return out;
}

function filesIn(folder: string, ext: string): string[] {
  try {
    return readdirSync(folder).filter((n) => n.endsWith(ext)).sort();
  } catch {
    return [];
  }
}

/** rules/ read from source and validated: entries, then every cross-reference. */
export function loadRules(dir: string = DEFAULT_RULES_DIR): KnowledgeBase {
  const problems: ValidationProblem[] = [];
  const kb = new KnowledgeBase();
  const put = <T extends { id: string } & RuleFile>(map: { get(id: string): T | undefined; set(id: string, e: T): unknown }, entries: T[]) => {
    for (const e of entries) {
      const existing = map.get(e.id);
      if (existing) problems.push({ location: { file: e.file, line: 1, column: 1 }, path: "id", message: `id '${e.id}' is also used by ${existing.file}` });
      else map.set(e.id, e);
    }
  };
  put(kb.licenses, yamlEntries(dir, "licenses", LicenseEntrySchema, problems));
  put(kb.legalBases, yamlEntries(dir, "legal-bases", LegalBasisSchema, problems));
  put(kb.providers, yamlEntries(dir, "providers", ProviderSchema, problems));
  put(kb.datasets, yamlEntries(dir, "datasets", DatasetEntrySchema, problems));
  put(kb.datasets, importedEntries(dir, "datasets", DatasetEntrySchema, problems));
  put(kb.models, yamlEntries(dir, "models", ModelEntrySchema, problems));
  put(kb.models, importedEntries(dir, "models", ModelEntrySchema, problems));
  kb.index();
  checkReferences(kb, problems);
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return kb;
}

function checkReferences(kb: KnowledgeBase, problems: ValidationProblem[]): void {
  const missing = (file: string, field: string, what: string, ref: string) =>
    problems.push({ location: { file, line: 1, column: 1 }, path: field, message: `unknown ${what} '${ref}'` });
  for (const d of kb.datasets.values()) {
    if (d.license && !kb.license(d.license)) missing(d.file, "license", "license", d.license);
    for (const l of d.content.itemLicenses) if (!kb.license(l)) missing(d.file, "content.itemLicenses", "license", l);
    for (const b of [d.legalBasis, ...d.alternativeBases]) if (b && !kb.legalBasis(b)) missing(d.file, "legalBasis", "legal basis", b);
    for (const s of d.derivedFrom) if (!kb.datasets.has(s)) missing(d.file, "derivedFrom", "dataset", s);
    for (const g of d.modelGenerated) if (g.provider && !kb.provider(g.provider)) missing(d.file, "modelGenerated", "provider", g.provider);
    if (d.tier === "imported" && d.sources.length === 0) missing(d.file, "sources", "source", d.id);
  }
  for (const m of kb.models.values()) {
    if (!kb.license(m.license)) missing(m.file, "license", "license", m.license);
    for (const s of m.datasets) if (!kb.datasets.has(s)) missing(m.file, "datasets", "dataset", s);
    for (const b of m.baseModels) if (!kb.models.has(b.id)) missing(m.file, "baseModels", "model", b.id);
  }
}
